// SPDX-License-Identifier: MIT
#include "timeline/axispainter.h"

#include "timeline/paintcontext.h"
#include "timeline/rectfill.h"
#include "timeline/textutil.h"

#include <QPainter>

#include <cmath>

namespace interleave {

namespace {

QFont axisFont() { return TimelineTheme::font(11); }

} // namespace

std::vector<Tick> AxisPainter::ticks(const TimeMapping& map)
{
    // Widen the spacing until the widest label fits between two ticks with room to spare.
    qreal spacing = 70;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const qint64 step = TimeAxis::stepFor(map, spacing);
        auto out = TimeAxis::ticks(map, step);
        // Labels share a format, so the longest string is the widest: measure that one only.
        const Tick* longest = nullptr;
        for (const Tick& t : out) {
            if (t.major && (!longest || t.label.size() > longest->label.size()))
                longest = &t;
        }
        const qreal widest = longest ? TextUtil::width(axisFont(), longest->label) + 4 : 0;
        if (widest + 18 <= qreal(step) / map.nsPerPixel())
            return out;
        spacing = widest + 18;
    }
    return TimeAxis::ticks(map, TimeAxis::stepFor(map, spacing));
}

void AxisPainter::paintGrid(const PaintContext& ctx, const std::vector<Tick>& ticks)
{
    QPainter& p = ctx.p;
    const QRectF plot = ctx.layout.plotRect;
    // Hairlines on pixel centres: crisp, and the cheapest lines to draw.
    std::vector<QLineF> major;
    for (const Tick& t : ticks) {
        const qreal x = std::floor(t.x) + 0.5;
        if (t.major && t.x >= plot.left() - 0.5 && t.x <= plot.right() + 0.5)
            major.emplace_back(x, plot.top(), x, plot.bottom());
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(ctx.theme.grid, 1));
    p.drawLines(major.data(), int(major.size()));
    p.restore();
}

void AxisPainter::paintAxis(const PaintContext& ctx, const std::vector<Tick>& ticks)
{
    QPainter& p = ctx.p;
    const QRectF axis = ctx.layout.axisRect;
    const QRectF plot = ctx.layout.plotRect;
    const qreal base = axis.bottom() - 0.5;
    p.save();
    p.setPen(QPen(ctx.theme.separator, 1));
    p.drawLine(QLineF(plot.left(), base, plot.right(), base));
    const QFont f = axisFont();
    p.setFont(f);
    qreal lastRight = -1e9;
    for (const Tick& t : ticks) {
        if (t.x < plot.left() - 0.5 || t.x > plot.right() + 0.5)
            continue;
        p.setPen(QPen(t.major ? ctx.theme.mutedText : ctx.theme.separator, 1));
        p.drawLine(QLineF(t.x, base, t.x, base - (t.major ? 6 : 3)));
        if (!t.major)
            continue;
        const qreal w = TextUtil::width(f, t.label);
        // Keep the first and last labels inside the plot rather than cutting them.
        const qreal left = std::clamp(t.x - w / 2, plot.left(), plot.right() - w);
        if (left < lastRight + 6)
            continue;
        lastRight = left + w;
        p.setPen(ctx.theme.mutedText);
        p.drawText(QRectF(left, axis.top(), w + 1, axis.height() - 8), Qt::AlignLeft | Qt::AlignBottom, t.label);
    }
    p.restore();
}

void AxisPainter::paintSelection(const PaintContext& ctx)
{
    const auto& o = ctx.options;
    if (o.selectionTo <= o.selectionFrom)
        return;
    const QRectF plot = ctx.layout.plotRect;
    const qreal x1 = std::max(ctx.map.mapTimeToX(qreal(o.selectionFrom)), plot.left());
    const qreal x2 = std::min(ctx.map.mapTimeToX(qreal(o.selectionTo)), plot.right());
    if (x2 <= x1)
        return;
    QPainter& p = ctx.p;
    const QRectF r(x1, ctx.layout.axisRect.top(), x2 - x1, plot.bottom() - ctx.layout.axisRect.top());
    RectFill::fill(p, r, ctx.theme.selection);
    QColor edge = ctx.theme.accent;
    edge.setAlpha(160);
    p.save();
    p.setPen(QPen(edge, 1));
    p.drawLine(QLineF(r.topLeft(), r.bottomLeft()));
    p.drawLine(QLineF(r.topRight(), r.bottomRight()));
    p.restore();
}

void AxisPainter::paintPlayhead(const PaintContext& ctx)
{
    if (ctx.options.playhead < 0)
        return;
    const QRectF plot = ctx.layout.plotRect;
    const qreal x = ctx.map.mapTimeToX(qreal(ctx.options.playhead));
    if (x < plot.left() - 1 || x > plot.right() + 1)
        return;
    QPainter& p = ctx.p;
    const QRectF axis = ctx.layout.axisRect;
    p.save();
    p.setPen(QPen(ctx.theme.accent, 1.5));
    p.drawLine(QLineF(x, axis.bottom() - 6, x, plot.bottom()));
    p.setPen(Qt::NoPen);
    p.setBrush(ctx.theme.accent);
    const QPointF head[3] = { { x - 5, axis.bottom() - 8 }, { x + 5, axis.bottom() - 8 }, { x, axis.bottom() - 1 } };
    p.drawPolygon(head, 3);
    p.restore();
}

} // namespace interleave
