// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace interleave {

struct SceneFrame;
class SceneLayout;

// Paints the actors: tokens, faded marks for holds kept while waiting elsewhere, join links, who
// woke whom, and a deadlock's cycle in red.
class TokenPainter {
    Q_DECLARE_TR_FUNCTIONS(TokenPainter)
public:
    static void paint(QPainter& p, const SceneFrame& f);
    // "T1" for Thread-1, "P0" for philosopher-0, "M" for MainThread: what fits inside a token.
    static QString shortName(const QString& name);
    // An actor's name under its token at `centre`, on line `nameRow` of the layout's, at most `width` wide
    // (0: the layout's pitch times its name rows); returns where.
    static QRectF paintName(QPainter& p, const SceneLayout& l, QPointF centre, int nameRow, const QString& name,
        const QColor& color, qreal width = 0);

private:
    // Adds where it and its name are drawn to `taken` (not for a crowd's nameless dots).
    static void paintToken(
        QPainter& p, const SceneFrame& f, int actor, QPointF c, qreal opacity, std::vector<QRectF>& taken);
    static void paintHoldMarks(QPainter& p, const SceneFrame& f);
    // Arrows with a word on them. A word that would cover one already written is left out (the arrow stays):
    // `taken` holds where the words are.
    static void paintLinks(QPainter& p, const SceneFrame& f, std::vector<QRectF>& taken);
    static void paintWakes(QPainter& p, const SceneFrame& f, std::vector<QRectF>& taken);
    static void paintDeadlock(QPainter& p, const SceneFrame& f);
};

} // namespace interleave
