// SPDX-License-Identifier: MIT
#include "timeline/resourcepainter.h"

#include "timeline/barbatch.h"
#include "timeline/counterpainter.h"
#include "timeline/gallop.h"
#include "timeline/paintcontext.h"
#include "timeline/rectfill.h"
#include "timeline/statestyle.h"
#include "timeline/textutil.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace interleave {

namespace {

using Row = TimelineLayout::Row;
using RowKind = TimelineLayout::RowKind;

// Its strings' translation context, "TimelineResources", for lupdate and for the lookup alike.
struct TimelineResourcesText {
    Q_DECLARE_TR_FUNCTIONS(TimelineResources)
};

QColor darker(const QColor& c, bool dark)
{
    return dark ? c.lighter(150) : c.darker(150);
}

} // namespace

std::optional<qint64> ResourcePainter::expectedValue(const Trace& trace, int resource)
{
    const auto& o = trace.meta().outcome;
    if (!o.contains(u"expected"_s) || !o.contains(u"counter"_s))
        return std::nullopt;
    const auto& rs = trace.resources();
    if (resource < 0 || std::size_t(resource) >= rs.size()
        || rs[std::size_t(resource)].kind != ResourceKind::SharedValue)
        return std::nullopt;
    // The outcome's counter is the shared value that ends on it, or the only one there is.
    const auto& series = trace.counter(resource);
    const bool endsOnIt = !series.empty() && series.back().value == o.value(u"counter"_s).toLongLong();
    const auto shared = std::count_if(
        rs.begin(), rs.end(), [](const ResourceInfo& r) { return r.kind == ResourceKind::SharedValue; });
    if (!endsOnIt && shared != 1)
        return std::nullopt;
    return o.value(u"expected"_s).toLongLong();
}

QString ResourcePainter::kindText(const ResourceInfo& info)
{
    if (info.kind == ResourceKind::Semaphore)
        return TimelineResourcesText::tr("semaphore, permits: %1").arg(info.capacity);
    if (info.kind == ResourceKind::Queue && info.capacity > 0)
        return TimelineResourcesText::tr("queue, at most %1").arg(info.capacity);
    return resourceKindLabel(info.kind);
}

std::pair<qint64, qint64> ResourcePainter::chartScale(const PaintContext& ctx, int resource)
{
    const ResourceInfo& info = ctx.trace.resources()[std::size_t(resource)];
    auto [lo, hi] = ctx.lod.counterRange(resource);
    lo = std::min<qint64>(lo, 0);
    if (info.kind == ResourceKind::Semaphore || info.kind == ResourceKind::Queue)
        hi = std::max(hi, info.capacity);
    if (const auto e = expectedValue(ctx.trace, resource))
        hi = std::max(hi, *e);
    if (hi <= lo)
        hi = lo + 1;
    return { lo, hi };
}

void ResourcePainter::paintName(const PaintContext& ctx, const Row& row, const QRectF& r)
{
    QPainter& p = ctx.p;
    const ResourceInfo& info = ctx.trace.resources()[std::size_t(row.index)];
    const QString kind = kindText(info);
    const qreal size = std::clamp<qreal>(ctx.layout.laneHeight * 0.5, 9, 13);
    const QFont f = TimelineTheme::font(size, true);
    const QFont small = TimelineTheme::font(size - 2);
    // Name and kind at the top of the row, level with the first bar.
    const qreal firstBand = row.slotCount > 0 ? row.slotHeight : std::min<qreal>(row.height, ctx.layout.laneHeight);
    const QRectF top(r.left(), r.top(), r.width(), firstBand);
    const bool twoLines = row.height >= 30;
    p.setFont(f);
    p.setPen(ctx.theme.text);
    if (twoLines) {
        const qreal lineH = QFontMetricsF(f).height();
        const qreal y = std::max(top.center().y() - lineH, r.top());
        p.drawText(QRectF(r.left(), y, r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
            TextUtil::elided(f, info.name, r.width()));
        p.setFont(small);
        p.setPen(ctx.theme.mutedText);
        p.drawText(QRectF(r.left(), y + lineH, r.width(), QFontMetricsF(small).height()),
            Qt::AlignLeft | Qt::AlignVCenter, TextUtil::elided(small, kind, r.width()));
    } else {
        p.drawText(
            top, Qt::AlignLeft | Qt::AlignVCenter, TextUtil::elided(f, info.name + u" ("_s + kind + u')', r.width()));
    }
    if (row.chartHeight > 0) {
        // The chart's scale, next to it.
        const QRectF chart = ctx.layout.chartRect(row);
        const auto [lo, hi] = chartScale(ctx, row.index);
        const QFont scale = TimelineTheme::font(10);
        p.setFont(scale);
        p.setPen(ctx.theme.mutedText);
        const qreal h = QFontMetricsF(scale).height();
        const QRectF right(r.left(), chart.top(), r.width(), chart.height());
        if (chart.height() >= 2 * h + 2) {
            p.drawText(QRectF(right.left(), right.top() - 2, right.width(), h), Qt::AlignRight | Qt::AlignTop,
                TextUtil::number(hi));
            p.drawText(QRectF(right.left(), right.bottom() - h + 2, right.width(), h), Qt::AlignRight | Qt::AlignBottom,
                TextUtil::number(lo));
        }
        if (row.kind == RowKind::Semaphore && chart.height() >= 3 * h) {
            p.drawText(right, Qt::AlignRight | Qt::AlignVCenter, TimelineResourcesText::tr("free permits"));
        }
    }
}

void ResourcePainter::collectSlot(const PaintContext& ctx, int resource, const std::vector<quint32>& slot,
    const QRectF& band, BarBatch& batch, std::vector<HoldLabel>& labels)
{
    const auto& holds = ctx.trace.holds(resource);
    const auto& map = ctx.map;
    const QRectF plot = ctx.layout.plotRect;
    const bool dark = ctx.theme.dark;
    const qreal minW = PaintContext::MergeWidth;

    QRectF pending;
    QColor pendingColor;
    const auto flush = [&] {
        if (!pending.isEmpty())
            batch.addPlain(pending, pendingColor);
        pending = QRectF();
    };
    auto i = std::size_t(std::partition_point(slot.begin(), slot.end(), [&](quint32 h) {
        return qreal(holds[h].end) <= map.start;
    }) - slot.begin());
    qreal x = plot.left();
    while (i < slot.size() && qreal(holds[slot[i]].start) < map.end && x < plot.right()) {
        const HoldInterval& h = holds[slot[i]];
        const qreal xs = std::max(map.mapTimeToX(qreal(h.start)), x);
        const qreal xe = std::min(map.mapTimeToX(qreal(h.end)), plot.right());
        const QColor holder = StateStyle::actorColor(h.actor, dark);
        if (xe - xs >= minW) {
            flush();
            const QRectF bar(xs, band.top(), xe - xs, band.height());
            batch.addPlain(bar, holder, darker(holder, dark));
            if (h.actor >= 0 && std::size_t(h.actor) < ctx.trace.actors().size() && band.height() >= 11
                && bar.width() >= 24)
                labels.push_back({ bar, h.actor });
            x = xe;
            ++i;
            continue;
        }
        const qreal colEnd = xs + minW;
        const qreal tEnd = map.mapXToTime(colEnd);
        auto j = std::size_t(gallop(slot.begin() + qsizetype(i), slot.end(), [&](quint32 k) {
            return qreal(holds[k].start) < tEnd;
        }) - slot.begin());
        j = std::max(j, i + 1);
        // Several holds in one column: their holder when it is the same one, else "busy".
        QColor color = holder;
        if (j - i > 16)
            color = ctx.theme.busy;
        for (std::size_t k = i + 1; k < j && j - i <= 16; ++k) {
            if (holds[slot[k]].actor != h.actor)
                color = ctx.theme.busy;
        }
        const QRectF col(xs, band.top(), std::min(colEnd, plot.right()) - xs, band.height());
        if (!pending.isEmpty() && pendingColor == color && std::abs(pending.right() - col.left()) < 0.01)
            pending.setRight(col.right());
        else {
            flush();
            pending = col;
            pendingColor = color;
        }
        x = colEnd;
        i = qreal(holds[slot[j - 1]].end) > tEnd ? j - 1 : j;
    }
    flush();
}

void ResourcePainter::paintAll(const PaintContext& ctx)
{
    const auto& L = ctx.layout;
    QPainter& p = ctx.p;
    BarBatch batch(ctx.theme.dark);
    std::vector<HoldLabel> labels;
    std::vector<QRectF> emptySlots;
    std::vector<const Row*> charts;
    for (const Row& row : L.rows) {
        const qreal top = L.rowTop(row);
        if (top + row.height < L.lanesRect.top() || top > L.lanesRect.bottom())
            continue;
        if (row.kind != RowKind::Lock && row.kind != RowKind::Semaphore && row.kind != RowKind::Counter)
            continue;
        const auto& slotList = ctx.lod.holdSlots(row.index);
        for (int s = 0; s < row.slotCount; ++s) {
            const QRectF band = L.slotRect(row, s);
            // Each permit slot has a faint track, so "2 permits" reads even when idle.
            emptySlots.push_back(QRectF(L.plotRect.left(), band.top(), L.plotRect.width(), band.height()));
            if (std::size_t(s) < slotList.size())
                collectSlot(ctx, row.index, slotList[std::size_t(s)], band, batch, labels);
        }
        if (row.chartHeight > 0)
            charts.push_back(&row);
    }
    p.save();
    p.setClipRect(L.plotRect.intersected(L.lanesRect));
    p.setRenderHint(QPainter::Antialiasing, false);
    QColor track = ctx.theme.grid;
    track.setAlpha(110);
    RectFill::fill(p, emptySlots, track);
    batch.paint(p);
    // Holders' names on their bars, measured once per name.
    std::vector<qreal> widths(ctx.trace.actors().size(), -1);
    const qreal fontSize = std::clamp<qreal>(L.laneHeight * 0.62 - 5, 8, 12);
    const QFont f = TimelineTheme::font(fontSize);
    p.setFont(f);
    p.setPen(ctx.theme.dark ? QColor(0xf0f3f6) : QColor(0x1f2328));
    for (const HoldLabel& l : labels) {
        const QString& name = ctx.trace.actors()[std::size_t(l.actor)].name;
        qreal& w = widths[std::size_t(l.actor)];
        if (w < 0)
            w = TextUtil::width(f, name);
        if (w + 8 <= l.bar.width())
            p.drawText(l.bar.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    p.restore();
    for (const Row* row : charts) {
        const auto [lo, hi] = chartScale(ctx, row->index);
        const ResourceInfo& info = ctx.trace.resources()[std::size_t(row->index)];
        CounterPainter::paint(ctx,
            { row->index, L.chartRect(*row), lo, hi, StateStyle::resourceColor(info.kind, ctx.theme.dark),
                expectedValue(ctx.trace, row->index),
                info.kind == ResourceKind::Semaphore ? TimelineResourcesText::tr("no permit free: acquire() blocks")
                                                     : QString() });
    }
}

} // namespace interleave
