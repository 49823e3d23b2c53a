// SPDX-License-Identifier: MIT
#include "timeline/flowpainter.h"

#include "timeline/paintcontext.h"
#include "timeline/statestyle.h"
#include "timeline/textutil.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace interleave {

namespace {

void paintDensity(const PaintContext& ctx, std::size_t count)
{
    // How many flows start in each 2 px column, as a strip along the top of the lanes.
    const auto& flows = ctx.trace.flows();
    const QRectF plot = ctx.layout.plotRect;
    const QRectF strip(plot.left(), plot.top(), plot.width(), 5);
    QPainter& p = ctx.p;
    QColor c = StateStyle::flowColor(FlowKind::Release, ctx.theme.dark);
    auto at = [&flows](qreal t) {
        return std::lower_bound(flows.begin(), flows.end(), t, [](const Flow& f, qreal time) { return qreal(f.fromTime) < time; });
    };
    auto it = at(ctx.map.start);
    for (qreal x = plot.left(); x < plot.right(); x += PaintContext::MergeWidth) {
        const auto next = at(ctx.map.mapXToTime(x + PaintContext::MergeWidth));
        const auto n = next - it;
        it = next;
        if (n <= 0)
            continue;
        c.setAlphaF(float(std::min(1.0, 0.25 + std::log10(double(n)) / 3)));
        p.fillRect(QRectF(x, strip.top(), PaintContext::MergeWidth, strip.height()), c);
    }
    const QString note = QCoreApplication::translate("TimelineFlows", "%1 arrows in view: zoom in to see them")
                             .arg(TextUtil::number(qint64(count)));
    const QFont f = TimelineTheme::font(11);
    const QSizeF size = TextUtil::pillSize(note, f);
    TextUtil::pill(p, QPointF(plot.right() - size.width() - 4, strip.bottom() + 3), note, f, ctx.theme.mutedText,
        ctx.theme.labelBackground, ctx.theme.separator);
}

} // namespace

void FlowPainter::paintArrow(QPainter& p, QPointF from, QPointF to, const QColor& color, qreal width, const QColor& halo)
{
    const QLineF line(from, to);
    const qreal len = line.length();
    if (len < 0.5)
        return;
    const qreal head = std::min<qreal>(7, len * 0.6);
    const QPointF dir = (to - from) / len;
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = to - dir * head;
    const QPointF tri[3] = { to, base + normal * head * 0.45, base - normal * head * 0.45 };
    p.save();
    if (halo.alpha() > 0) {
        p.setPen(QPen(halo, width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(halo);
        p.drawLine(QLineF(from, base));
        p.drawPolygon(tri, 3);
    }
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QLineF(from, base));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(tri, 3);
    p.restore();
}

void FlowPainter::paint(const PaintContext& ctx)
{
    if (!ctx.options.showFlows || ctx.trace.flows().empty())
        return;
    const qreal from = ctx.map.start, to = ctx.map.end;
    const std::size_t count = ctx.lod.flowCountNear(from, to);
    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(ctx.layout.plotRect);
    if (count > MaxArrows) {
        paintDensity(ctx, count);
        p.restore();
        return;
    }
    const auto& flows = ctx.trace.flows();
    const bool dark = ctx.theme.dark;
    ctx.lod.forEachFlowNear(from, to, [&](std::size_t i) {
        const Flow& f = flows[i];
        if (std::max(f.fromTime, f.toTime) < from || std::min(f.fromTime, f.toTime) > to)
            return;
        const auto* a = ctx.layout.actorRow(f.fromActor);
        const auto* b = ctx.layout.actorRow(f.toActor);
        if (!a || !b)
            return;
        const QRectF ra = ctx.layout.barRect(*a), rb = ctx.layout.barRect(*b);
        const qreal x1 = ctx.map.mapTimeToX(qreal(f.fromTime));
        const qreal x2 = ctx.map.mapTimeToX(qreal(f.toTime));
        const QColor c = StateStyle::flowColor(f.kind, dark);
        if (a == b) {
            // Cause and effect on one lane: an arc over the bar, when there is room to see it.
            if (x2 - x1 < 8)
                return;
            QPainterPath path(QPointF(x1, ra.top()));
            path.cubicTo(QPointF(x1, ra.top() - 9), QPointF(x2, ra.top() - 9), QPointF(x2, ra.top() - 1));
            p.setPen(QPen(c, 1.2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            paintArrow(p, QPointF(x2, ra.top() - 5), QPointF(x2, ra.top()), c);
            return;
        }
        if (std::abs(x2 - x1) < 1 && std::abs(ra.center().y() - rb.center().y()) < 1)
            return;
        const bool down = rb.center().y() > ra.center().y();
        const QPointF start(x1, down ? ra.bottom() : ra.top());
        const QPointF end(x2, down ? rb.top() : rb.bottom());
        QColor halo = ctx.theme.background;
        halo.setAlpha(200);
        paintArrow(p, start, end, c, 1.4, halo);
        p.setPen(QPen(halo, 1));
        p.setBrush(c);
        p.drawEllipse(start, 2.5, 2.5);
    });
    p.restore();
}

} // namespace interleave
