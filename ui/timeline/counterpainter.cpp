// SPDX-License-Identifier: MIT
#include "timeline/counterpainter.h"

#include "timeline/gallop.h"
#include "timeline/paintcontext.h"
#include "timeline/rectfill.h"
#include "timeline/textutil.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace interleave {

namespace {

struct Label {
    QString text;
    QColor color;
    qreal x; // anchor
    qreal y; // of the line being labelled
    bool rightAligned;
    bool bold = false;
    bool centred = false;
};

} // namespace

void CounterPainter::paint(const PaintContext& ctx, const Chart& c)
{
    const auto& series = ctx.trace.counter(c.resource);
    if (series.empty() || c.rect.height() < 4)
        return;
    const auto& map = ctx.map;
    const QRectF plot = ctx.layout.plotRect;
    const qreal span = qreal(std::max<qint64>(c.high - c.low, 1));
    const auto yOf = [&](qint64 v) { return c.rect.bottom() - 1 - qreal(v - c.low) / span * (c.rect.height() - 3); };
    const auto byTime = [](const CounterPoint& p, qreal t) { return qreal(p.time) <= t; };

    auto idx = std::size_t(std::partition_point(series.begin(), series.end(), [&](const CounterPoint& p) { return byTime(p, map.start); }) - series.begin());
    // Everything is axis-aligned: the area and the line are drawn as rectangles, which every
    // backend fills fast (a polygon with a vertical edge per pixel column is slow to rasterise).
    const qreal base = yOf(c.low);
    const qreal penW = 1.6, half = penW / 2;
    std::vector<QRectF> area, stroke;
    QPolygonF line; // the same line as one path, for a smooth export
    std::optional<qint64> cur;
    qreal lastX = plot.left();
    const auto horizontal = [&](qreal x0, qreal x1, qint64 v) {
        if (x1 <= x0)
            return;
        const qreal y = yOf(v);
        area.emplace_back(x0, std::min(y, base), x1 - x0, std::abs(base - y));
        stroke.emplace_back(x0 - half, y - half, x1 - x0 + penW, penW);
        line << QPointF(x0, y) << QPointF(x1, y);
    };
    const auto vertical = [&](qreal x, qreal ya, qreal yb) {
        stroke.emplace_back(x - half, std::min(ya, yb) - half, penW, std::abs(ya - yb) + penW);
        line << QPointF(x, ya) << QPointF(x, yb);
    };
    if (idx > 0)
        cur = series[idx - 1].value;
    // The value just inside the left edge: what the first column shows after merging.
    std::optional<qint64> leftValue;
    {
        const qreal t = map.mapXToTime(plot.left() + PaintContext::MergeWidth);
        auto it = std::partition_point(series.begin(), series.end(), [&](const CounterPoint& p) { return byTime(p, t); });
        if (it != series.begin())
            leftValue = std::prev(it)->value;
    }
    std::vector<qreal> drops;
    std::vector<std::pair<qreal, qreal>> empties;
    qreal emptyFrom = -1;
    const auto note = [&](qreal x, qint64 v) {
        if (v <= 0 && emptyFrom < 0)
            emptyFrom = x;
        else if (v > 0 && emptyFrom >= 0) {
            empties.emplace_back(emptyFrom, x);
            emptyFrom = -1;
        }
    };
    if (cur)
        note(lastX, *cur);
    while (idx < series.size() && qreal(series[idx].time) <= map.end) {
        const qreal px = map.mapTimeToX(qreal(series[idx].time));
        const qreal tEnd = map.mapXToTime(px + 1);
        auto j = std::size_t(gallop(series.begin() + qsizetype(idx), series.end(), [&](const CounterPoint& p) { return qreal(p.time) < tEnd; }) - series.begin());
        j = std::max(j, idx + 1);
        if (cur)
            horizontal(lastX, px, *cur);
        const qint64 last = series[j - 1].value;
        if (j == idx + 1) {
            if (cur)
                vertical(px, yOf(*cur), yOf(last));
        } else {
            // Several values in one pixel column: the column spans their range.
            auto [lo, hi] = ctx.lod.counterRange(c.resource, idx, j);
            if (cur) {
                lo = std::min(lo, *cur);
                hi = std::max(hi, *cur);
            }
            // The range is the information here; an area under a dense column adds only cost.
            vertical(px, yOf(lo), yOf(hi));
            line << QPointF(px, yOf(last));
        }
        // Lost updates only mean something on a counter that should only climb (the race's).
        if (c.expected && ctx.lod.hasDrop(c.resource, idx, j) && (drops.empty() || px - drops.back() >= 2))
            drops.push_back(px);
        cur = last;
        lastX = px;
        note(px, last);
        idx = j;
    }
    if (!cur)
        return;
    const qreal endX = std::min(map.mapTimeToX(qreal(ctx.trace.duration())), plot.right());
    horizontal(lastX, endX, *cur);
    if (emptyFrom >= 0)
        empties.emplace_back(emptyFrom, endX);

    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(plot.intersected(ctx.layout.lanesRect));
    // Baseline and the expected value first, the series over them.
    p.setPen(QPen(ctx.theme.separator, 1));
    p.drawLine(QLineF(plot.left(), base + 0.5, plot.right(), base + 0.5));
    if (c.expected) {
        p.setPen(QPen(ctx.theme.good, 1.2, Qt::DashLine));
        p.drawLine(QLineF(plot.left(), yOf(*c.expected), plot.right(), yOf(*c.expected)));
    }
    if (!c.emptyLabel.isEmpty()) {
        QColor shade = ctx.theme.bad;
        shade.setAlpha(ctx.theme.dark ? 40 : 24);
        std::vector<QRectF> shaded;
        for (const auto& [x0, x1] : empties)
            shaded.emplace_back(x0, c.rect.top(), x1 - x0, c.rect.height());
        RectFill::fill(p, shaded, shade);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    QColor fill = c.color;
    fill.setAlpha(ctx.theme.dark ? 60 : 45);
    RectFill::fill(p, area, fill);
    // On screen, rectangles (fast); in an exported picture, one smoothed line when it is not huge.
    if (ctx.options.highQuality && line.size() <= 8000) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(c.color, penW, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        p.setRenderHint(QPainter::Antialiasing, false);
    } else {
        RectFill::fill(p, stroke, c.color);
    }
    if (!drops.empty()) {
        std::vector<QRectF> ticks;
        ticks.reserve(drops.size());
        for (qreal x : drops)
            ticks.emplace_back(x - 0.75, c.rect.bottom() - 5, 1.5, 5);
        RectFill::fill(p, ticks, ctx.theme.bad);
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    // Labels: the value at the left edge, the final value at the right, the target.
    const QFont f = TimelineTheme::font(11);
    const QFont bold = TimelineTheme::font(12, true);
    std::vector<Label> labels;
    const bool endVisible = qreal(ctx.trace.duration()) <= map.end;
    const bool fellShort = c.expected && *cur < *c.expected;
    if (c.expected) {
        labels.push_back({ QCoreApplication::translate("TimelineCounter", "expected %1").arg(TextUtil::number(*c.expected)),
            ctx.theme.good, plot.left() + 4, yOf(*c.expected), false });
    }
    QString finalText = TextUtil::number(*cur);
    if (fellShort) {
        finalText = QCoreApplication::translate("TimelineCounter", "%1 (%2 lost)")
                        .arg(TextUtil::number(*cur), TextUtil::number(*c.expected - *cur));
    }
    labels.push_back({ finalText, fellShort ? ctx.theme.bad : ctx.theme.text, endX - 4, yOf(*cur), true, endVisible });
    if (leftValue && !c.expected)
        labels.push_back({ TextUtil::number(*leftValue), ctx.theme.mutedText, plot.left() + 4, yOf(*leftValue), false });

    if (!c.emptyLabel.isEmpty()) {
        for (const auto& [x0, x1] : empties) {
            const qreal w = std::min(x1, plot.right()) - std::max(x0, plot.left());
            if (w > TextUtil::width(f, c.emptyLabel) + 24)
                labels.push_back({ c.emptyLabel, ctx.theme.bad, (std::max(x0, plot.left()) + std::min(x1, plot.right())) / 2,
                    c.rect.center().y() + 8, false, false, true });
        }
    }
    p.setClipRect(ctx.layout.lanesRect);
    std::vector<QRectF> taken;
    for (const Label& l : labels) {
        const QFont& lf = l.bold ? bold : f;
        const QSizeF size = TextUtil::pillSize(l.text, lf);
        const qreal left = l.centred ? l.x - size.width() / 2
            : l.rightAligned       ? std::max(l.x - size.width(), plot.left())
                                   : l.x;
        // Above the line when there is room in the chart, else below it.
        qreal top = l.y - size.height() - 1;
        if (top < c.rect.top())
            top = l.y + 2;
        QRectF r(QPointF(left, top), size);
        bool clash = std::any_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(r); });
        if (clash) {
            r.moveTop(l.y + 2);
            clash = std::any_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(r); });
        }
        if (clash || r.bottom() > c.rect.bottom() + 2)
            continue;
        taken.push_back(r);
        TextUtil::pill(p, r.topLeft(), l.text, lf, l.color, ctx.theme.labelBackground);
    }
    p.restore();
}

} // namespace interleave
