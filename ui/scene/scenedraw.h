// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <QString>
#include <initializer_list>

class QPainter;

namespace interleave {

// Drawing helpers the family pictures share: boxes with a caption, tickets, envelopes, text that fits.
class SceneDraw {
public:
    static QFont font(qreal px, bool bold = false);
    // Text shortened at the end to fit `r`.
    static void text(QPainter& p, const QRectF& r, const QString& text, const QColor& color,
        Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    // The first of `choices` (longest first) that fits on the caption line of box() in `r`; else the last.
    static QString caption(const QRectF& r, qreal labelPx, std::initializer_list<QString> choices);
    // A rounded panel with a caption in its top-left corner; returns the rectangle under the caption.
    static QRectF box(QPainter& p, const QRectF& r, const QString& caption, qreal labelPx, const QColor& fill,
        const QColor& border, const QColor& ink, Qt::PenStyle style = Qt::SolidLine);
    // A ticket: a card with notches halfway down both sides.
    static void ticket(QPainter& p, const QRectF& r, const QColor& fill, const QColor& border, qreal width,
        Qt::PenStyle style = Qt::SolidLine);
    // A closed envelope: a message in flight.
    static void envelope(QPainter& p, const QRectF& r, const QColor& fill, const QColor& border);
    // A relay baton, lying across `r`.
    static void baton(QPainter& p, const QRectF& r, const QColor& color);
    // A clock face showing `fraction` of a turn gone (a timer).
    static void clock(QPainter& p, QPointF centre, qreal radius, qreal fraction, const QColor& color);
};

} // namespace interleave
