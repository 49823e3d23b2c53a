// SPDX-License-Identifier: MIT
#include "timeline/grouppainter.h"

#include "timeline/groupdensity.h"
#include "timeline/paintcontext.h"
#include "timeline/rectfill.h"
#include "timeline/statestyle.h"
#include "timeline/textutil.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace interleave {

namespace {

constexpr qreal MinVisible = 0.05; // members (time-averaged) in a state that earn at least a pixel

} // namespace

void GroupPainter::paintDensities(const PaintContext& ctx)
{
    const auto& L = ctx.layout;
    if (!L.groups)
        return;
    for (const auto& row : L.rows) {
        const qreal top = L.rowTop(row);
        if (row.kind == TimelineLayout::RowKind::Group && top + row.height >= L.lanesRect.top()
            && top <= L.lanesRect.bottom())
            paintDensity(ctx, row);
    }
}

void GroupPainter::paintDensity(const PaintContext& ctx, const TimelineLayout::Row& row)
{
    const auto& L = ctx.layout;
    const QRectF plot = L.plotRect;
    const QRectF band = L.barRect(row);
    // One column per device pixel would not add anything a reader sees; one per pixel is enough.
    const int columns = std::max(1, int(std::ceil(plot.width())));
    const auto density = GroupDensity::of(ctx.trace, *L.groups, row.index, ctx.map.start, ctx.map.end, columns);
    const qreal members = std::max(1, density->members());
    const qreal columnW = plot.width() / columns;

    // Each state's share becomes a rectangle; neighbouring columns with the same edges (in whole
    // pixels) join, so a steady stretch is one rectangle however wide.
    std::array<std::vector<QRectF>, StateCount> rects;
    std::vector<QRectF> ended;
    std::array<QRectF, StateCount + 1> open;
    const auto put = [&](std::size_t k, const QRectF& r) {
        QRectF& o = open[k];
        if (!o.isNull() && std::abs(o.right() - r.left()) < 0.01 && o.top() == r.top() && o.bottom() == r.bottom()) {
            o.setRight(r.right());
            return;
        }
        if (!o.isNull())
            (k < StateCount ? rects[k] : ended).push_back(o);
        o = r;
    };
    const auto close = [&](std::size_t k) {
        if (!open[k].isNull())
            (k < StateCount ? rects[k] : ended).push_back(open[k]);
        open[k] = QRectF();
    };
    const qreal bottom = std::round(band.bottom());
    const qreal height = std::round(band.bottom()) - std::round(band.top());
    for (int c = 0; c < columns; ++c) {
        const qreal x = plot.left() + c * columnW;
        qreal sum = 0;
        qreal y = bottom;
        for (State s : Stack) {
            // A state a few members pass through briefly still shows as a pixel: "a few run".
            const qreal share = density->at(c, s);
            sum += share;
            qreal next = std::min(y, bottom - std::round(std::min<qreal>(sum / members, 1) * height));
            if (next == y && share >= MinVisible)
                next = y - 1;
            next = std::max(next, bottom - height);
            if (next < y)
                put(std::size_t(s), QRectF(x, next, columnW, y - next));
            else
                close(std::size_t(s));
            y = next;
        }
        const qreal endedCount
            = density->at(c, State::Done) + density->at(c, State::Cancelled) + density->at(c, State::Failed);
        const qreal next = y - std::round(std::min<qreal>(endedCount / members, 1) * height);
        if (next < y)
            put(StateCount, QRectF(x, std::max(next, bottom - height), columnW, y - std::max(next, bottom - height)));
        else
            close(StateCount);
    }
    for (std::size_t k = 0; k <= std::size_t(StateCount); ++k)
        close(k);

    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(plot.intersected(L.lanesRect));
    p.setRenderHint(QPainter::Antialiasing, false);
    // The whole band, faintly: its top is "every member".
    QColor frame = ctx.theme.separator;
    p.setPen(QPen(frame, 0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(plot.left(), bottom - height, plot.width(), height));
    for (State s : Stack) {
        if (!rects[std::size_t(s)].empty())
            RectFill::fill(p, rects[std::size_t(s)], StateStyle::of(s, ctx.theme.dark).fill);
    }
    if (!ended.empty()) {
        QColor pale = StateStyle::of(State::Done, ctx.theme.dark).fill;
        pale.setAlphaF(0.16f);
        RectFill::fill(p, ended, pale);
    }
    p.restore();
}

void GroupPainter::paintName(const PaintContext& ctx, const TimelineLayout::Row& row, QRectF r, qreal fontSize)
{
    const auto& group = ctx.layout.groups->groups()[std::size_t(row.index)];
    QPainter& p = ctx.p;
    if (row.indented)
        r.setLeft(r.left() + 12);
    // A disclosure triangle on screen (▸ collapsed, ▾ expanded; drawn, so every font has it). A
    // picture cannot be clicked: it goes without.
    const qreal s = ctx.options.highQuality ? 0 : std::clamp<qreal>(row.height * 0.45, 5, 9);
    const QPointF c(r.left() + s / 2, r.center().y());
    QPainterPath tri;
    if (row.expanded) {
        tri.moveTo(c + QPointF(-s / 2, -s / 4));
        tri.lineTo(c + QPointF(s / 2, -s / 4));
        tri.lineTo(c + QPointF(0, s / 2));
    } else {
        tri.moveTo(c + QPointF(-s / 4, -s / 2));
        tri.lineTo(c + QPointF(s / 2, 0));
        tri.lineTo(c + QPointF(-s / 4, s / 2));
    }
    tri.closeSubpath();
    p.save();
    if (s > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(ctx.theme.mutedText);
        p.drawPath(tri);
        r.setLeft(r.left() + s + 6);
    }
    const QFont f = TimelineTheme::font(fontSize, true);
    p.setFont(f);
    p.setPen(ctx.theme.text);
    const bool twoLines = row.height >= 34;
    if (twoLines) {
        // The range on top, the count under it.
        const QFont small = TimelineTheme::font(fontSize - 2);
        p.drawText(QRectF(r.left(), r.top(), r.width(), r.height() / 2 + 1), Qt::AlignLeft | Qt::AlignBottom,
            LaneGroups::range(group, &f, r.width()));
        p.setFont(small);
        p.setPen(ctx.theme.mutedText);
        p.drawText(QRectF(r.left(), r.center().y() + 1, r.width(), r.height() / 2 - 1), Qt::AlignLeft | Qt::AlignTop,
            TextUtil::elided(small, LaneGroups::countText(group), r.width()));
    } else {
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, LaneGroups::label(group, &f, r.width()));
    }
    p.restore();
}

} // namespace interleave
