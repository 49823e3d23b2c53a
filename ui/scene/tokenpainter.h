// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>

class QPainter;

namespace interleave {

struct SceneFrame;

// Paints the actors: tokens, faded marks for holds kept while waiting elsewhere, join links, who
// woke whom, and a deadlock's cycle in red.
class TokenPainter {
    Q_DECLARE_TR_FUNCTIONS(TokenPainter)
public:
    static void paint(QPainter& p, const SceneFrame& f);
    // "T1" for Thread-1, "P0" for philosopher-0, "M" for MainThread: what fits inside a token.
    static QString shortName(const QString& name);

private:
    static void paintToken(QPainter& p, const SceneFrame& f, int actor, QPointF c, qreal opacity);
    static void paintHoldMarks(QPainter& p, const SceneFrame& f);
    static void paintLinks(QPainter& p, const SceneFrame& f);
    static void paintWakes(QPainter& p, const SceneFrame& f);
    static void paintDeadlock(QPainter& p, const SceneFrame& f);
};

} // namespace interleave
