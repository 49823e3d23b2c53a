// SPDX-License-Identifier: MIT
#include "timeline/instantpainter.h"

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

constexpr qreal MinGap = 4; // px between two marks of one lane; closer ones are skipped

QPolygonF regular(QPointF c, qreal r, int n, qreal phase)
{
    QPolygonF poly;
    for (int i = 0; i < n; ++i) {
        const qreal a = phase + 2 * M_PI * i / n;
        poly << c + QPointF(std::cos(a) * r, std::sin(a) * r);
    }
    return poly;
}

// At a deadlock, an arrow from each stuck actor to the bar of whoever holds what it waits for:
// the cycle becomes a shape on the page.
void paintWaitsFor(const PaintContext& ctx, qint64 time, qreal deadlockX)
{
    const auto& L = ctx.layout;
    const QRectF plot = L.plotRect;
    QPainter& p = ctx.p;
    const QColor color = StateStyle::instantColor(InstantKind::Deadlock, ctx.theme.dark);
    QColor halo = ctx.theme.background;
    halo.setAlpha(210);
    int k = 0;
    for (const auto& row : L.rows) {
        if (row.kind != TimelineLayout::RowKind::Actor)
            continue;
        const StateInterval* s = ctx.trace.stateAt(row.index, time > 0 ? time - 1 : time);
        if (!s || (s->state != State::Blocked && s->state != State::Waiting) || s->resource < 0)
            continue;
        const auto* target = L.resourceRow(s->resource);
        if (!target || target->slotCount == 0)
            continue;
        // The slot whose hold covers the moment, else the first.
        int slot = 0;
        const auto& slotList = ctx.lod.holdSlots(s->resource);
        const auto& holds = ctx.trace.holds(s->resource);
        for (std::size_t i = 0; i < slotList.size() && int(i) < target->slotCount; ++i) {
            auto it = std::partition_point(slotList[i].begin(), slotList[i].end(), [&](quint32 h) { return holds[h].end < time; });
            if (it != slotList[i].end() && holds[*it].start <= time)
                slot = int(i);
        }
        const QRectF bar = L.barRect(row);
        const QRectF dest = L.slotRect(*target, slot);
        const qreal x0 = std::max(plot.left() + 24, deadlockX - 44 - 34 * k);
        const qreal x1 = std::max(plot.left() + 12, x0 - 16);
        const bool down = dest.center().y() > bar.center().y();
        const QPointF from(x0, down ? bar.bottom() - 2 : bar.top() + 2);
        const QPointF to(x1, down ? dest.top() + 1 : dest.bottom() - 1);
        FlowPainter::paintArrow(p, from, to, color, 2.0, halo);
        p.setPen(QPen(halo, 1.5));
        p.setBrush(color);
        p.drawEllipse(from, 3.0, 3.0);
        ++k;
    }
}

} // namespace

QString InstantPainter::annotation(InstantKind kind, const QString& text)
{
    if (kind == InstantKind::Deadlock) {
        return text.isEmpty() ? QCoreApplication::translate("TimelineInstants", "Deadlock")
                              : QCoreApplication::translate("TimelineInstants", "Deadlock: %1").arg(text);
    }
    if (kind == InstantKind::Exception && text.isEmpty())
        return QCoreApplication::translate("TimelineInstants", "exception");
    return text.isEmpty() ? instantKindLabel(kind) : text;
}

void InstantPainter::paintMarker(QPainter& p, QPointF c, InstantKind kind, bool dark, qreal s)
{
    const QColor color = StateStyle::instantColor(kind, dark);
    const QColor rim = dark ? QColor(0x15181d) : QColor(Qt::white);
    p.save();
    p.setPen(QPen(rim, 1.2));
    p.setBrush(color);
    switch (kind) {
    case InstantKind::Deadlock: {
        p.drawPolygon(regular(c, 7 * s, 8, M_PI / 8));
        p.setPen(QPen(Qt::white, 2 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QLineF(c.x() - 3 * s, c.y(), c.x() + 3 * s, c.y()));
        break;
    }
    case InstantKind::Exception: {
        p.drawPolygon(regular(c, 5.5 * s, 4, 0));
        p.setPen(QPen(Qt::white, 1.4 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QLineF(c.x(), c.y() - 2.5 * s, c.x(), c.y() + 0.5 * s));
        p.drawPoint(QPointF(c.x(), c.y() + 2.4 * s));
        break;
    }
    case InstantKind::Timeout: {
        p.drawEllipse(c, 4.5 * s, 4.5 * s);
        p.setPen(QPen(rim, 1.2 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QLineF(c, c + QPointF(0, -3 * s)));
        p.drawLine(QLineF(c, c + QPointF(2.2 * s, 0)));
        break;
    }
    case InstantKind::Cancel: {
        p.setPen(QPen(color, 2 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QLineF(c + QPointF(-3, -3) * s, c + QPointF(3, 3) * s));
        p.drawLine(QLineF(c + QPointF(-3, 3) * s, c + QPointF(3, -3) * s));
        break;
    }
    case InstantKind::Result:
        p.drawPolygon(regular(c, 4.5 * s, 3, -M_PI / 2));
        break;
    case InstantKind::Mark:
        p.setPen(QPen(color, 1.5 * s));
        p.drawLine(QLineF(c + QPointF(0, -4) * s, c + QPointF(0, 4) * s));
        break;
    case InstantKind::Notify:
    case InstantKind::Set:
        p.drawEllipse(c, 3.5 * s, 3.5 * s);
        break;
    }
    p.restore();
}

void InstantPainter::paint(const PaintContext& ctx)
{
    const auto& instants = ctx.trace.instants();
    if (instants.empty())
        return;
    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(ctx.layout.plotRect.adjusted(-8, -8, 8, 0));
    const auto byTime = [&instants](quint32 i, qreal t) { return qreal(instants[i].time) < t; };
    for (const auto& row : ctx.layout.rows) {
        const bool group = row.kind == TimelineLayout::RowKind::Group;
        if (row.kind != TimelineLayout::RowKind::Actor && !group)
            continue;
        const QRectF bar = ctx.layout.barRect(row);
        if (bar.bottom() < ctx.layout.lanesRect.top() || bar.top() > ctx.layout.lanesRect.bottom())
            continue;
        // A group's lane shows its members' marks, thinned the same way: one per few pixels.
        const auto& list = group ? ctx.layout.groups->groups()[std::size_t(row.index)].instants : ctx.lod.instantsOf(row.index);
        auto it = std::lower_bound(list.begin(), list.end(), ctx.map.start, byTime);
        while (it != list.end() && qreal(instants[*it].time) <= ctx.map.end) {
            const Instant& in = instants[*it];
            const qreal x = ctx.map.mapTimeToX(qreal(in.time));
            if (in.kind != InstantKind::Deadlock) // drawn larger by paintAnnotations
                paintMarker(p, QPointF(x, bar.top()), in.kind, ctx.theme.dark);
            // Marks closer than MinGap would pile up: jump past them.
            it = std::lower_bound(std::next(it), list.end(), ctx.map.mapXToTime(x + MinGap), byTime);
        }
    }
    p.restore();
}

void InstantPainter::paintAnnotations(const PaintContext& ctx)
{
    const auto& instants = ctx.trace.instants();
    const auto& notable = ctx.lod.notableInstants();
    if (notable.empty())
        return;
    QPainter& p = ctx.p;
    const QRectF plot = ctx.layout.plotRect;
    const QRectF band = ctx.layout.annotationRect;
    const QFont font = TimelineTheme::font(12, true);
    std::vector<QRectF> taken;
    p.save();
    // Deadlocks first: they are the reason to look.
    std::vector<quint32> order(notable.begin(), notable.end());
    std::stable_sort(order.begin(), order.end(), [&instants](quint32 a, quint32 b) {
        return instants[a].kind == InstantKind::Deadlock && instants[b].kind != InstantKind::Deadlock;
    });
    std::vector<qreal> deadlocksAt;
    for (quint32 i : order) {
        const Instant& in = instants[i];
        if (in.time < ctx.map.start || in.time > ctx.map.end)
            continue;
        const qreal x = ctx.map.mapTimeToX(qreal(in.time));
        // The engine marks a deadlock on every stuck actor at once: one line and one note suffice.
        if (in.kind == InstantKind::Deadlock) {
            if (std::any_of(deadlocksAt.begin(), deadlocksAt.end(), [x](qreal d) { return std::abs(d - x) < 1; }))
                continue;
            deadlocksAt.push_back(x);
        }
        const QColor c = StateStyle::instantColor(in.kind, ctx.theme.dark);
        const bool deadlock = in.kind == InstantKind::Deadlock;
        // A line through the lanes: every thread is stuck from here on.
        qreal lineTop = band.isEmpty() ? plot.top() : band.center().y();
        qreal lineBottom = plot.bottom();
        if (!deadlock) {
            if (const auto* row = ctx.layout.actorRow(in.actor)) {
                lineTop = ctx.layout.barRect(*row).top();
                lineBottom = ctx.layout.barRect(*row).bottom();
            }
        }
        p.setClipRect(QRectF(plot.left() - 10, band.isEmpty() ? plot.top() : band.top(), plot.width() + 20,
            plot.bottom() - (band.isEmpty() ? plot.top() : band.top())));
        p.setPen(QPen(c, deadlock ? 2 : 1.2, Qt::DashLine));
        p.drawLine(QLineF(x, lineTop, x, lineBottom));
        if (deadlock) {
            paintWaitsFor(ctx, in.time, x);
            for (const auto& row : ctx.layout.rows) {
                if (row.kind == TimelineLayout::RowKind::Actor && ctx.trace.stateAt(row.index, in.time))
                    paintMarker(p, QPointF(x, ctx.layout.barRect(row).center().y()), in.kind, ctx.theme.dark, 0.8);
            }
        }
        if (band.isEmpty())
            continue;
        p.setClipping(false);
        const QPointF markerAt(x, band.center().y());
        paintMarker(p, markerAt, in.kind, ctx.theme.dark, deadlock ? 1.3 : 1.0);
        const QString text = annotation(in.kind, in.text);
        const qreal maxW = std::min<qreal>(plot.width() * 0.7, 900);
        const QString shown = TextUtil::elided(font, text, maxW - 10);
        const QSizeF size = TextUtil::pillSize(shown, font);
        // Right of the mark when it fits, else left of it.
        qreal left = x + 12;
        if (left + size.width() > plot.right())
            left = x - 12 - size.width();
        left = std::max(left, plot.left());
        const QRectF r(QPointF(left, band.center().y() - size.height() / 2), size);
        bool overlaps = false;
        for (const QRectF& t : taken)
            overlaps = overlaps || t.intersects(r);
        if (overlaps)
            continue;
        taken.push_back(r);
        QColor bg = c;
        bg.setAlpha(ctx.theme.dark ? 60 : 28);
        TextUtil::pill(p, r.topLeft(), shown, font, c, bg, c);
    }
    p.restore();
}

} // namespace interleave
