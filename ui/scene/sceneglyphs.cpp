// SPDX-License-Identifier: MIT
#include "scene/sceneglyphs.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace interleave {

void SceneGlyphs::padlock(QPainter& p, const QRectF& box, bool closed, const QColor& color)
{
    const qreal s = std::min(box.width(), box.height());
    const QRectF sq(box.center().x() - s / 2, box.center().y() - s / 2, s, s);
    const QRectF body(sq.left() + s * 0.12, sq.top() + s * 0.45, s * 0.76, s * 0.55);
    // The shackle: a closed one sits in the body; an open one is lifted and swung to the side.
    const qreal sw = s * 0.5;
    const qreal lift = closed ? 0 : s * 0.16;
    const QRectF arc(sq.center().x() - sw / 2 + (closed ? 0 : s * 0.14), sq.top() + s * 0.05 - lift, sw, s * 0.8);
    p.save();
    p.setPen(QPen(color, std::max(1.5, s * 0.11), Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(arc.left(), body.top() - lift * 0.2);
    shackle.lineTo(arc.left(), arc.top() + sw / 2);
    shackle.arcTo(QRectF(arc.left(), arc.top(), sw, sw), 180, -180);
    shackle.lineTo(arc.right(), closed ? body.top() : body.top() - lift);
    p.drawPath(shackle);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(body, s * 0.08, s * 0.08);
    p.restore();
}

void SceneGlyphs::flag(QPainter& p, const QRectF& box, bool raised, const QColor& flagColor, const QColor& pole)
{
    p.save();
    const qreal x = box.left() + box.width() * 0.25;
    const qreal w = std::max(1.5, box.width() * 0.07);
    p.setPen(QPen(pole, w, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(x, box.bottom()), QPointF(x, box.top()));
    p.setBrush(pole);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(x, box.top()), w * 1.2, w * 1.2);
    const qreal fw = box.width() * 0.7;
    const qreal fh = std::min(box.height() * 0.32, fw * 0.75);
    QPainterPath cloth;
    if (raised) {
        const qreal top = box.top() + w;
        cloth.moveTo(x, top);
        cloth.cubicTo(x + fw * 0.35, top - fh * 0.15, x + fw * 0.65, top + fh * 0.15, x + fw, top);
        cloth.lineTo(x + fw, top + fh);
        cloth.cubicTo(x + fw * 0.65, top + fh * 1.15, x + fw * 0.35, top + fh * 0.85, x, top + fh);
        cloth.closeSubpath();
    } else {
        // Lowered: hanging limp at the foot of the pole.
        const qreal top = box.bottom() - fh * 1.6;
        cloth.moveTo(x, top);
        cloth.lineTo(x + fw * 0.35, top + fh * 0.2);
        cloth.lineTo(x + fw * 0.3, top + fh * 1.4);
        cloth.lineTo(x, top + fh * 1.2);
        cloth.closeSubpath();
    }
    p.setBrush(flagColor);
    p.drawPath(cloth);
    p.restore();
}

void SceneGlyphs::bell(QPainter& p, const QRectF& box, const QColor& color)
{
    const qreal s = std::min(box.width(), box.height());
    const QPointF c = box.center();
    QPainterPath bellPath;
    bellPath.moveTo(c.x() - s * 0.4, c.y() + s * 0.25);
    bellPath.cubicTo(c.x() - s * 0.3, c.y() + s * 0.1, c.x() - s * 0.32, c.y() - s * 0.4, c.x(), c.y() - s * 0.4);
    bellPath.cubicTo(
        c.x() + s * 0.32, c.y() - s * 0.4, c.x() + s * 0.3, c.y() + s * 0.1, c.x() + s * 0.4, c.y() + s * 0.25);
    bellPath.closeSubpath();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(bellPath);
    p.drawEllipse(QPointF(c.x(), c.y() + s * 0.33), s * 0.09, s * 0.09);
    p.drawEllipse(QPointF(c.x(), c.y() - s * 0.43), s * 0.06, s * 0.06);
    p.restore();
}

void SceneGlyphs::stateMark(QPainter& p, QPointF c, qreal size, State s, const QColor& color)
{
    const qreal h = size / 2;
    p.save();
    p.setPen(QPen(color, std::max(1.2, size * 0.16), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(color);
    switch (s) {
    case State::Running: {
        const QPointF tri[3] = { { c.x() - h * 0.6, c.y() - h * 0.8 }, { c.x() + h * 0.8, c.y() },
            { c.x() - h * 0.6, c.y() + h * 0.8 } };
        p.drawPolygon(tri, 3);
        break;
    }
    case State::Runnable: {
        p.setBrush(Qt::NoBrush);
        const QPointF tri[3] = { { c.x() - h * 0.5, c.y() - h * 0.7 }, { c.x() + h * 0.7, c.y() },
            { c.x() - h * 0.5, c.y() + h * 0.7 } };
        p.drawPolygon(tri, 3);
        break;
    }
    case State::Blocked: // a stop square: it cannot go on until the holder lets go
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(c.x() - h * 0.7, c.y() - h * 0.7, h * 1.4, h * 1.4));
        break;
    case State::Waiting: { // an hourglass: it waits for a signal
        const QPointF glass[4] = { { c.x() - h * 0.7, c.y() - h * 0.8 }, { c.x() + h * 0.7, c.y() - h * 0.8 },
            { c.x() - h * 0.7, c.y() + h * 0.8 }, { c.x() + h * 0.7, c.y() + h * 0.8 } };
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(glass, 4);
        break;
    }
    case State::Sleeping: { // a "z"
        p.setBrush(Qt::NoBrush);
        const QPointF z[4] = { { c.x() - h * 0.6, c.y() - h * 0.6 }, { c.x() + h * 0.6, c.y() - h * 0.6 },
            { c.x() - h * 0.6, c.y() + h * 0.6 }, { c.x() + h * 0.6, c.y() + h * 0.6 } };
        p.drawPolyline(z, 4);
        break;
    }
    case State::Io:
        p.drawLine(QPointF(c.x(), c.y() - h * 0.8), QPointF(c.x(), c.y() + h * 0.8));
        p.drawLine(QPointF(c.x() - h * 0.5, c.y() - h * 0.3), QPointF(c.x(), c.y() - h * 0.8));
        p.drawLine(QPointF(c.x() + h * 0.5, c.y() + h * 0.3), QPointF(c.x(), c.y() + h * 0.8));
        break;
    case State::Suspended:
        p.setPen(Qt::NoPen);
        for (int i = -1; i <= 1; ++i)
            p.drawEllipse(QPointF(c.x() + i * h * 0.6, c.y()), h * 0.2, h * 0.2);
        break;
    case State::Done:
        p.drawLine(QPointF(c.x() - h * 0.7, c.y()), QPointF(c.x() - h * 0.15, c.y() + h * 0.6));
        p.drawLine(QPointF(c.x() - h * 0.15, c.y() + h * 0.6), QPointF(c.x() + h * 0.75, c.y() - h * 0.6));
        break;
    case State::Cancelled:
        p.drawLine(QPointF(c.x() - h * 0.6, c.y() - h * 0.6), QPointF(c.x() + h * 0.6, c.y() + h * 0.6));
        p.drawLine(QPointF(c.x() - h * 0.6, c.y() + h * 0.6), QPointF(c.x() + h * 0.6, c.y() - h * 0.6));
        break;
    case State::Failed:
        p.drawLine(QPointF(c.x(), c.y() - h * 0.8), QPointF(c.x(), c.y() + h * 0.25));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(c.x(), c.y() + h * 0.7), h * 0.15, h * 0.15);
        break;
    }
    p.restore();
}

namespace {

// The control point of a quadratic curve from `from` to `to` bent sideways by `bend` of its length.
QPointF arrowControl(QPointF from, QPointF to, qreal bend)
{
    const QPointF d = to - from;
    const qreal len = std::hypot(d.x(), d.y());
    const QPointF normal(-d.y() / len, d.x() / len);
    return (from + to) / 2 + normal * (bend * len);
}

} // namespace

QPointF SceneGlyphs::arrow(QPainter& p, QPointF from, QPointF to, qreal bend, const QColor& color, qreal width,
    Qt::PenStyle style, qreal headSize, qreal labelAt)
{
    const QPointF d = to - from;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 1)
        return from;
    const QPointF ctrl = arrowControl(from, to, bend);
    QPainterPath path(from);
    path.quadTo(ctrl, to);
    p.save();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    // The head points along the curve's last tangent.
    const QPointF tangent = to - ctrl;
    const qreal tl = std::hypot(tangent.x(), tangent.y());
    if (tl > 0) {
        const QPointF u = tangent / tl;
        const QPointF n(-u.y(), u.x());
        const QPointF head[3] = { to, to - u * headSize + n * headSize * 0.5, to - u * headSize - n * headSize * 0.5 };
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(head, 3);
    }
    p.restore();
    return path.pointAtPercent(std::clamp(labelAt, 0.0, 1.0));
}

QPointF SceneGlyphs::pointOnArrow(QPointF from, QPointF to, qreal bend, qreal at)
{
    const QPointF d = to - from;
    if (std::hypot(d.x(), d.y()) < 1)
        return from;
    QPainterPath path(from);
    path.quadTo(arrowControl(from, to, bend), to);
    return path.pointAtPercent(std::clamp(at, 0.0, 1.0));
}

QPointF SceneGlyphs::towards(QPointF a, QPointF b, qreal by)
{
    const QPointF d = b - a;
    const qreal len = std::hypot(d.x(), d.y());
    if (len <= by || len == 0)
        return a;
    return a + d * (by / len);
}

} // namespace interleave
