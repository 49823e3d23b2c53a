// SPDX-License-Identifier: MIT
#pragma once

#include "trace/types.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace interleave {

// Small vector drawings of the scene, scaled to any size (crisp in images and on screen).
class SceneGlyphs {
public:
    static void padlock(QPainter& p, const QRectF& box, bool closed, const QColor& color);
    // A flag on a pole: up and waving when raised, down and limp when lowered.
    static void flag(QPainter& p, const QRectF& box, bool raised, const QColor& flag, const QColor& pole);
    static void bell(QPainter& p, const QRectF& box, const QColor& color);
    // The state's shape, so that tokens read without colour: a triangle for running, bars for blocked...
    static void stateMark(QPainter& p, QPointF centre, qreal size, State s, const QColor& color);
    // A curved arrow from `from` to `to`, bent sideways by `bend` (a fraction of its length);
    // returns the point `labelAt` of the way along, for a label.
    static QPointF arrow(QPainter& p, QPointF from, QPointF to, qreal bend, const QColor& color, qreal width,
        Qt::PenStyle style = Qt::SolidLine, qreal headSize = 8, qreal labelAt = 0.5);
    // The point `at` of the way along the curve arrow() draws for the same ends and bend.
    static QPointF pointOnArrow(QPointF from, QPointF to, qreal bend, qreal at);
    // Moves `a` towards `b` by `by` (to start an arrow at a token's rim rather than its centre).
    static QPointF towards(QPointF a, QPointF b, qreal by);
};

} // namespace interleave
