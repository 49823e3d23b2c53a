// SPDX-License-Identifier: MIT
#include "scene/scenedraw.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace interleave {

QFont SceneDraw::font(qreal px, bool bold)
{
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

void SceneDraw::text(QPainter& p, const QRectF& r, const QString& text, const QColor& color, Qt::Alignment align)
{
    if (r.width() <= 2 || r.height() <= 1)
        return;
    p.setPen(color);
    const QFontMetricsF fm(p.font());
    p.drawText(r, int(align), fm.elidedText(text, Qt::ElideRight, r.width()));
}

QString SceneDraw::caption(const QRectF& r, qreal labelPx, std::initializer_list<QString> choices)
{
    const QFontMetricsF fm(font(labelPx, true));
    const qreal room = r.width() - 2 * std::max(5.0, labelPx * 0.5);
    for (const QString& c : choices) {
        if (fm.horizontalAdvance(c) <= room)
            return c;
    }
    return choices.size() > 0 ? *(choices.end() - 1) : QString();
}

QRectF SceneDraw::box(QPainter& p, const QRectF& r, const QString& caption, qreal labelPx, const QColor& fill,
    const QColor& border, const QColor& ink, Qt::PenStyle style)
{
    p.setPen(QPen(border, 1.2, style));
    p.setBrush(fill);
    const qreal round = std::min(8.0, labelPx * 0.7);
    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), round, round);
    const qreal pad = std::max(5.0, labelPx * 0.5);
    const QRectF cap(r.left() + pad, r.top() + 2, r.width() - 2 * pad, labelPx * 1.6);
    p.setFont(font(labelPx, true));
    text(p, cap, caption, ink);
    return QRectF(r.left(), cap.bottom(), r.width(), r.bottom() - cap.bottom());
}

void SceneDraw::ticket(
    QPainter& p, const QRectF& r, const QColor& fill, const QColor& border, qreal width, Qt::PenStyle style)
{
    const qreal notch = std::min(r.height() * 0.16, 6.0);
    const qreal round = std::min(r.height() * 0.15, 5.0);
    QPainterPath path;
    path.addRoundedRect(r, round, round);
    QPainterPath cuts;
    cuts.addEllipse(QPointF(r.left(), r.center().y()), notch, notch);
    cuts.addEllipse(QPointF(r.right(), r.center().y()), notch, notch);
    path = path.subtracted(cuts);
    p.setPen(QPen(border, width, style));
    p.setBrush(fill);
    p.drawPath(path);
}

void SceneDraw::envelope(QPainter& p, const QRectF& r, const QColor& fill, const QColor& border)
{
    p.setPen(QPen(border, 1.2));
    p.setBrush(fill);
    p.drawRect(r);
    p.drawLine(r.topLeft(), QPointF(r.center().x(), r.top() + r.height() * 0.55));
    p.drawLine(r.topRight(), QPointF(r.center().x(), r.top() + r.height() * 0.55));
}

void SceneDraw::baton(QPainter& p, const QRectF& r, const QColor& color)
{
    const qreal h = std::min(r.height(), r.width() * 0.3);
    const QRectF bar(r.left(), r.center().y() - h / 2, r.width(), h);
    p.setPen(QPen(color.darker(140), 1));
    p.setBrush(color);
    p.drawRoundedRect(bar, h / 2, h / 2);
    // Bands, so it reads as a baton and not a pill.
    p.setPen(QPen(color.darker(170), std::max(1.0, h * 0.18)));
    for (qreal k : { 0.3, 0.7 })
        p.drawLine(QPointF(bar.left() + bar.width() * k, bar.top() + 1),
            QPointF(bar.left() + bar.width() * k, bar.bottom() - 1));
}

void SceneDraw::clock(QPainter& p, QPointF c, qreal radius, qreal fraction, const QColor& color)
{
    p.setPen(QPen(color, std::max(1.2, radius * 0.12)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, radius, radius);
    const qreal a = 2 * std::numbers::pi * std::clamp(fraction, 0.0, 1.0) - std::numbers::pi / 2;
    p.drawLine(c, c + QPointF(std::cos(a), std::sin(a)) * radius * 0.8);
    p.drawLine(c, c + QPointF(0, -radius * 0.55));
}

} // namespace interleave
