// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenelayout.h"

#include <QCoreApplication>

class QPainter;

namespace interleave {

struct SceneFrame;

// The picture of an executor (SceneFamily::Pool): the callers on the left; the pool with its work
// queue feeding worker slots, each worker beside the ticket it works on; below, every future as a
// ticket that fills in with its value, its exception or "cancelled". A caller blocked in result()
// stands at the ticket it waits for. Under a GIL, its holder carries a baton.
class PoolScene {
    Q_DECLARE_TR_FUNCTIONS(PoolScene)
public:
    static SceneLayout frame(const SceneIndex& index, QSizeF size);
    static void place(SceneLayout& l, const SceneSnapshot& s);
    static void paint(QPainter& p, const SceneFrame& f); // under the tokens
    static void paintOver(QPainter& p, const SceneFrame& f); // over them: the baton

    // The resource of the GIL, or -1: a lock named "GIL".
    static int gilOf(const Trace& trace);

private:
    static bool tryFit(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force);
};

} // namespace interleave
