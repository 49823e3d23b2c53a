// SPDX-License-Identifier: MIT
#include "timeline/flowpainter.h"

#include "timeline/paintcontext.h"
#include "timeline/statestyle.h"
#include "timeline/textutil.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <set>
#include <tuple>
#include <vector>
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

// An empty path would still be written to a PDF, as a closepath with no current point.
void drawIfAny(QPainter& p, const QPainterPath& path)
{
    if (!path.isEmpty())
        p.drawPath(path);
}

// The shaft of an arrow into `lines` and its head into `heads` (a filled triangle), or, lean, into
// `lines` as a chevron: thin lines are far cheaper to draw than filled shapes.
void addArrow(std::vector<QLineF>& lines, QPainterPath& heads, std::vector<QLineF>& chevrons, QPointF from, QPointF to)
{
    const qreal len = QLineF(from, to).length();
    if (len < 0.5)
        return;
    const qreal head = std::min<qreal>(7, len * 0.6);
    const QPointF dir = (to - from) / len;
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = to - dir * head;
    lines.emplace_back(from, base);
    heads.moveTo(to);
    heads.lineTo(base + normal * head * 0.45);
    heads.lineTo(base - normal * head * 0.45);
    heads.closeSubpath();
    chevrons.emplace_back(from, to);
    chevrons.emplace_back(to, base + normal * head * 0.45);
    chevrons.emplace_back(to, base - normal * head * 0.45);
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
    if (count > (ctx.layout.groups ? MaxGroupedFlows : MaxArrows)) {
        paintDensity(ctx, count);
        p.restore();
        return;
    }
    // Few short arrows get a halo and a dot at the cause; the others are drawn lean (1 px lines),
    // in one batch per kind.
    qreal totalLength = 0;
    struct Batch {
        std::vector<QLineF> lines;
        std::vector<QLineF> chevrons;
        QPainterPath heads;
        QPainterPath arcs;
        std::vector<QPointF> dots;
    };
    std::array<Batch, FlowKindCount> batches;
    const auto& flows = ctx.trace.flows();
    // Arrows from or to a group's lane: many members make nearly the same arrow, drawn once per
    // GroupArrowGap px of each end (the key: kind, both rows and both columns).
    constexpr qreal GroupArrowGap = 6;
    std::set<std::tuple<int, const void*, const void*, int, int>> drawn;
    ctx.lod.forEachFlowNear(from, to, [&](std::size_t i) {
        const Flow& f = flows[i];
        if (std::max(f.fromTime, f.toTime) < from || std::min(f.fromTime, f.toTime) > to)
            return;
        const auto* a = ctx.layout.actorRow(f.fromActor);
        const auto* b = ctx.layout.actorRow(f.toActor);
        if (!a || !b)
            return;
        Batch& batch = batches[std::size_t(f.kind)];
        const QRectF ra = ctx.layout.barRect(*a), rb = ctx.layout.barRect(*b);
        const qreal x1 = ctx.map.mapTimeToX(qreal(f.fromTime));
        const qreal x2 = ctx.map.mapTimeToX(qreal(f.toTime));
        const bool grouped = a->kind == TimelineLayout::RowKind::Group || b->kind == TimelineLayout::RowKind::Group;
        if (grouped) {
            // Between two members of one group: the density shows it better than a pile of arcs.
            if (a == b)
                return;
            if (!drawn.insert({ int(f.kind), a, b, int(std::floor(x1 / GroupArrowGap)), int(std::floor(x2 / GroupArrowGap)) }).second)
                return;
        }
        if (a == b) {
            // Cause and effect on one lane: an arc over the bar, when there is room to see it.
            if (x2 - x1 < 8)
                return;
            batch.arcs.moveTo(x1, ra.top());
            batch.arcs.cubicTo(QPointF(x1, ra.top() - 9), QPointF(x2, ra.top() - 9), QPointF(x2, ra.top() - 5));
            addArrow(batch.lines, batch.heads, batch.chevrons, QPointF(x2, ra.top() - 6), QPointF(x2, ra.top()));
            return;
        }
        const bool down = rb.center().y() > ra.center().y();
        const QPointF start(x1, down ? ra.bottom() : ra.top());
        const QPointF end(x2, down ? rb.top() : rb.bottom());
        addArrow(batch.lines, batch.heads, batch.chevrons, start, end);
        batch.dots.push_back(start);
        totalLength += QLineF(start, end).length();
    });
    std::size_t arrows = 0;
    for (const Batch& b : batches)
        arrows += b.chevrons.size() / 3;
    if (arrows > MaxArrows) {
        paintDensity(ctx, count);
        p.restore();
        return;
    }
    const bool rich = (ctx.layout.groups ? arrows : count) <= RichArrows && totalLength <= RichLength;
    QColor halo = ctx.theme.background;
    halo.setAlpha(200);
    for (int k = 0; k < FlowKindCount; ++k) {
        Batch& b = batches[std::size_t(k)];
        if (b.lines.empty())
            continue;
        const QColor c = StateStyle::flowColor(FlowKind(k), ctx.theme.dark);
        if (rich) {
            p.setPen(QPen(halo, 3.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawLines(b.lines.data(), int(b.lines.size()));
            drawIfAny(p, b.arcs);
            p.setBrush(halo);
            drawIfAny(p, b.heads);
        }
        p.setBrush(Qt::NoBrush);
        if (!rich) {
            p.setPen(QPen(c, 0));
            p.drawLines(b.chevrons.data(), int(b.chevrons.size()));
            drawIfAny(p, b.arcs);
            continue;
        }
        p.setPen(QPen(c, 1.4, Qt::SolidLine, Qt::FlatCap));
        p.drawLines(b.lines.data(), int(b.lines.size()));
        drawIfAny(p, b.arcs);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        drawIfAny(p, b.heads);
        if (rich && !b.dots.empty()) {
            p.setPen(QPen(halo, 1));
            for (const QPointF& d : b.dots)
                p.drawEllipse(d, 2.5, 2.5);
        }
    }
    p.restore();
}

} // namespace interleave
