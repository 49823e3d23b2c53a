// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenelayout.h"

#include <QCoreApplication>
#include <QRectF>

#include <vector>

class QPainter;

namespace interleave {

struct SceneFrame;

// The picture of socket sessions (SceneFamily::Sequence): a sequence diagram. A lane per client and
// server thread or task (clients on the left, the server's side on the right), time running down
// from the top to the playhead; each connection a line between its two lanes where it was made; each
// message an arrow from its sender's lane at its sending to its receiver's at its arrival, and while
// it is still on its way an arrow that ends, with an envelope, at the playhead.
class SequenceScene {
    Q_DECLARE_TR_FUNCTIONS(SequenceScene)
public:
    struct Arrow {
        int message = -1; // index into SceneIndex::messages()
        QPointF from;
        QPointF to; // the arrival, or where the message is at the playhead while in flight
        bool inFlight = false;
    };

    static SceneLayout frame(const SceneIndex& index, QSizeF size);
    static void place(SceneLayout& l, const SceneSnapshot& s);
    static void paint(QPainter& p, const SceneFrame& f); // under the tokens
    static void paintOver(QPainter& p, const SceneFrame& f); // over them
    // The messages sent at or before t, in sending order.
    static std::vector<Arrow> arrows(const SceneIndex& index, const SceneLayout& l, qint64 t);
    // The height of time t in the diagram.
    static qreal yOf(const SceneIndex& index, const SceneLayout& l, qint64 t);

    // A connection drawn at t: a line from the lane of the end that connected (or accepted) to the other's,
    // or a dot when there is no other lane; a line's label, the connection's name, when it fits among the
    // others (`label` is then not empty).
    struct Connection {
        QPointF at;
        QPointF other; // == at: a dot
        bool close = false; // a cross where an end closed
        int resource = -1;
        QRectF label;
    };
    static std::vector<Connection> connections(const SceneIndex& index, const SceneLayout& l, qint64 t);

    // A crowd (more than 10 clients whose lanes would be too narrow to name) shows a few clients and their
    // server-side lanes in full and one elision lane per side for the rest: a Lane box with actor -1 whose
    // members are the hidden actors. Its words ("… 195 more clients"), and how many messages to or from
    // its hidden actors are on their way at t.
    static QString elisionText(const Trace& trace, const SceneBox& lane);
    static int hiddenInFlight(const SceneIndex& index, const SceneBox& lane, qint64 t);

private:
    static bool tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force);
    // The lanes of `order` (actors; -1 clients' and -2 the server's elision lane).
    static bool fitLanes(
        SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force, const std::vector<int>& order);
    static void paintElision(QPainter& p, const SceneFrame& f, const SceneBox& b);
    static QStringList elisionLines(const Trace& trace, const SceneBox& lane);
};

} // namespace interleave
