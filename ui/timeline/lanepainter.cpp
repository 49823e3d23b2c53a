// SPDX-License-Identifier: MIT
#include "timeline/lanepainter.h"

#include "timeline/barbatch.h"
#include "timeline/gallop.h"
#include "timeline/grouppainter.h"
#include "timeline/paintcontext.h"
#include "timeline/resourcepainter.h"
#include "timeline/statestyle.h"
#include "timeline/textutil.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace interleave {

namespace {

using Row = TimelineLayout::Row;
using RowKind = TimelineLayout::RowKind;

// Its strings' translation context, "TimelineLanes", for lupdate and for the lookup alike.
struct TimelineLanesText {
    Q_DECLARE_TR_FUNCTIONS(TimelineLanes)
};

QString actorKindText(ActorKind k)
{
    switch (k) {
    case ActorKind::Main:
        return TimelineLanesText::tr("main thread");
    case ActorKind::Thread:
        return TimelineLanesText::tr("thread");
    case ActorKind::Process:
        return TimelineLanesText::tr("process");
    case ActorKind::Task:
        return TimelineLanesText::tr("task");
    }
    return {};
}

bool labelled(State s)
{
    return s == State::Blocked || s == State::Waiting || s == State::Io || s == State::Sleeping;
}

// What a wide blocked or waiting bar says: the resource it waits for.
void paintBarLabel(const PaintContext& ctx, const QRectF& bar, const StateInterval& iv)
{
    if (iv.resource < 0 || std::size_t(iv.resource) >= ctx.trace.resources().size() || bar.height() < 13)
        return;
    // Measuring text is dear: most bars of a busy frame are far too narrow for any label.
    if (bar.intersected(ctx.layout.plotRect).width() < 36)
        return;
    const QString name = ctx.trace.resources()[std::size_t(iv.resource)].name;
    const QFont f = TimelineTheme::font(std::min<qreal>(12, bar.height() - 4));
    const QSizeF text = TextUtil::pillSize(name, f);
    const qreal icon = text.height() - 4;
    const QSizeF size(text.width() + icon + 2, text.height());
    // Visible part of the bar only, so the label stays on screen while scrolling along a long wait.
    const QRectF visible = bar.intersected(ctx.layout.plotRect);
    if (visible.width() < size.width() + 6)
        return;
    const QRectF pill(QPointF(visible.left() + 3, bar.center().y() - size.height() / 2), size);
    QPainter& p = ctx.p;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(ctx.theme.labelBackground);
    p.drawRoundedRect(pill, 3, 3);
    const StateStyle st = StateStyle::of(iv.state, ctx.theme.dark);
    LanePainter::paintHourglass(p, QPointF(pill.left() + 4, pill.top() + 2), icon, st.outline);
    p.setFont(f);
    p.setPen(ctx.theme.text);
    p.drawText(QRectF(pill.left() + icon + 4, pill.top(), text.width() - 2, pill.height()), Qt::AlignCenter, name);
    p.restore();
}

} // namespace

void LanePainter::paintHourglass(QPainter& p, QPointF tl, qreal s, const QColor& color)
{
    const qreal w = s * 0.7, x = tl.x() + (s - w) / 2, y = tl.y();
    QPainterPath path;
    path.moveTo(x, y);
    path.lineTo(x + w, y);
    path.lineTo(x + w / 2, y + s / 2);
    path.lineTo(x + w, y + s);
    path.lineTo(x, y + s);
    path.lineTo(x + w / 2, y + s / 2);
    path.closeSubpath();
    p.save();
    p.setPen(QPen(color, 1.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // Sand in the lower bulb.
    QPainterPath sand;
    sand.moveTo(x + w / 2, y + s * 0.62);
    sand.lineTo(x + w * 0.85, y + s - 0.5);
    sand.lineTo(x + w * 0.15, y + s - 0.5);
    sand.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(sand);
    p.restore();
}

void LanePainter::paintBackgrounds(const PaintContext& ctx)
{
    const auto& L = ctx.layout;
    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(L.lanesRect);
    const qreal left = L.nameRect.left(), right = L.plotRect.right();
    for (const Row& row : L.rows) {
        const QRectF r(left, L.rowTop(row), right - left, row.height);
        if (r.bottom() < L.lanesRect.top() || r.top() > L.lanesRect.bottom())
            continue;
        if (row.kind == RowKind::Actor && row.index == ctx.options.selectedActor)
            p.fillRect(r, ctx.theme.selection);
        else if (row.alternate)
            p.fillRect(r, ctx.theme.laneAlternate);
        if (row.kind == RowKind::Section || row.kind == RowKind::Process) {
            p.setPen(QPen(ctx.theme.separator, 1));
            p.drawLine(QLineF(left, r.bottom() - 0.5, right, r.bottom() - 0.5));
        }
    }
    p.restore();
}

void LanePainter::paintProcessHeadings(const PaintContext& ctx)
{
    const auto& L = ctx.layout;
    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(L.lanesRect);
    p.setFont(TimelineTheme::font(12, true));
    const QFontMetricsF fm(p.font());
    for (const Row& row : L.rows) {
        const qreal top = L.rowTop(row);
        if (row.kind != RowKind::Process || top + row.height < L.lanesRect.top() || top > L.lanesRect.bottom())
            continue;
        QString name;
        for (const auto& a : ctx.trace.actors()) {
            if (a.pid == row.index && (a.kind == ActorKind::Process || a.kind == ActorKind::Main)) {
                name = a.name;
                break;
            }
        }
        const QString text = name.isEmpty() ? TimelineLanesText::tr("process %1").arg(row.index)
                                            : TimelineLanesText::tr("process %1 (pid %2)").arg(name).arg(row.index);
        const qreal width = std::min(fm.horizontalAdvance(text) + 8, L.plotRect.right() - L.nameRect.left());
        const QRectF box(L.nameRect.left() - 2, top + row.height - 3 - fm.height(), width, fm.height());
        QColor under = ctx.theme.background;
        under.setAlphaF(0.9f);
        p.setPen(Qt::NoPen);
        p.setBrush(under);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(ctx.theme.text);
        p.drawText(box.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            TextUtil::elided(p.font(), text, box.width() - 4));
    }
    p.restore();
}

void LanePainter::paintNames(const PaintContext& ctx)
{
    const auto& L = ctx.layout;
    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(L.lanesRect);
    const qreal nameFont = std::clamp<qreal>(L.laneHeight * 0.5, 9, 13);
    for (const Row& row : L.rows) {
        const qreal top = L.rowTop(row);
        if (top + row.height < L.lanesRect.top() || top > L.lanesRect.bottom())
            continue;
        QRectF r(L.nameRect.left(), top, L.nameRect.width() - 10, row.height);
        switch (row.kind) {
        case RowKind::Section: {
            p.setFont(TimelineTheme::font(11, true));
            p.setPen(ctx.theme.mutedText);
            p.drawText(r.adjusted(0, 0, 0, -3), Qt::AlignLeft | Qt::AlignBottom, TimelineLanesText::tr("RESOURCES"));
            break;
        }
        case RowKind::Process:
            break; // paintProcessHeadings
        case RowKind::Actor: {
            const ActorInfo& a = ctx.trace.actors()[std::size_t(row.index)];
            if (row.indented)
                r.setLeft(r.left() + 12);
            if (row.member)
                r.setLeft(r.left() + 12);
            const qreal chip = std::min<qreal>(10, row.height * 0.5);
            p.setPen(Qt::NoPen);
            p.setBrush(StateStyle::actorColor(row.index, ctx.theme.dark));
            p.drawRoundedRect(QRectF(r.left(), r.center().y() - chip / 2, chip, chip), 2, 2);
            r.setLeft(r.left() + chip + 6);
            const QFont f = TimelineTheme::font(nameFont, row.index == ctx.options.selectedActor);
            const bool twoLines = row.height >= 34;
            p.setFont(f);
            p.setPen(ctx.theme.text);
            if (twoLines) {
                const QFont small = TimelineTheme::font(nameFont - 2);
                const QRectF top(r.left(), r.top(), r.width(), r.height() / 2 + 1);
                p.drawText(top, Qt::AlignLeft | Qt::AlignBottom, TextUtil::elided(f, a.name, r.width()));
                p.setFont(small);
                p.setPen(ctx.theme.mutedText);
                p.drawText(QRectF(r.left(), r.center().y() + 1, r.width(), r.height() / 2 - 1),
                    Qt::AlignLeft | Qt::AlignTop, TextUtil::elided(small, actorKindText(a.kind), r.width()));
            } else {
                p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, TextUtil::elided(f, a.name, r.width()));
            }
            break;
        }
        case RowKind::Group:
            GroupPainter::paintName(ctx, row, r, nameFont);
            break;
        case RowKind::Lock:
        case RowKind::Semaphore:
        case RowKind::Counter:
            ResourcePainter::paintName(ctx, row, r);
            break;
        }
    }
    p.restore();
}

void LanePainter::paintActors(const PaintContext& ctx)
{
    BarBatch batch(ctx.theme.dark);
    std::vector<std::pair<QRectF, const StateInterval*>> labels;
    for (const Row& row : ctx.layout.rows) {
        const qreal top = ctx.layout.rowTop(row);
        if (row.kind == RowKind::Actor && top + row.height >= ctx.layout.lanesRect.top()
            && top <= ctx.layout.lanesRect.bottom())
            collectActor(ctx, row, batch, labels);
    }
    QPainter& p = ctx.p;
    p.save();
    p.setClipRect(ctx.layout.plotRect.intersected(ctx.layout.lanesRect));
    batch.paint(p);
    for (const auto& [bar, iv] : labels)
        paintBarLabel(ctx, bar, *iv);
    p.restore();
}

void LanePainter::collectActor(const PaintContext& ctx, const Row& row, BarBatch& batch,
    std::vector<std::pair<QRectF, const StateInterval*>>& labels)
{
    const auto& lane = ctx.trace.states(row.index);
    if (lane.empty())
        return;
    const QRectF band = ctx.layout.barRect(row);
    const QRectF plot = ctx.layout.plotRect;
    const auto& map = ctx.map;

    // The terminal state is a marker, not a bar.
    const bool ends = isTerminal(lane.back().state);
    const std::size_t n = ends ? lane.size() - 1 : lane.size();
    const qreal t0 = map.start, t1 = map.end;
    const qreal minW = PaintContext::MergeWidth;

    // Runs of merged columns with the same worst state are filled together.
    QRectF pending;
    State pendingState = State::Running;
    const auto flush = [&] {
        if (!pending.isEmpty())
            batch.addState(pending, pendingState, false);
        pending = QRectF();
    };
    const auto byEnd = [](const StateInterval& s, qreal t) { return qreal(s.end) <= t; };
    const auto startsBefore = [](const StateInterval& s, qreal t) { return qreal(s.start) < t; };

    std::size_t i
        = std::size_t(std::partition_point(lane.begin(), lane.begin() + qsizetype(n), [&](const StateInterval& s) {
              return byEnd(s, t0);
          }) - lane.begin());
    qreal x = plot.left();
    while (i < n && qreal(lane[i].start) < t1 && x < plot.right()) {
        const StateInterval& iv = lane[i];
        const qreal xs = std::max(map.mapTimeToX(qreal(iv.start)), x);
        const qreal xe = std::min(map.mapTimeToX(qreal(iv.end)), plot.right());
        if (xe - xs >= minW) {
            flush();
            batch.addState(QRectF(xs, band.top(), xe - xs, band.height()), iv.state, true);
            if (labelled(iv.state) && iv.resource >= 0 && xe - xs >= 36) {
                const qreal x0 = map.mapTimeToX(qreal(iv.start));
                labels.emplace_back(QRectF(x0, band.top(), map.mapTimeToX(qreal(iv.end)) - x0, band.height()), &iv);
            }
            x = xe;
            ++i;
            continue;
        }
        // A column of several short intervals: the worst one shows.
        const qreal colEnd = xs + minW;
        const qreal tEnd = map.mapXToTime(colEnd);
        auto j
            = std::size_t(gallop(lane.begin() + qsizetype(i), lane.begin() + qsizetype(n), [&](const StateInterval& s) {
                  return startsBefore(s, tEnd);
              }) - lane.begin());
        j = std::max(j, i + 1);
        const State worst = ctx.lod.worstState(row.index, i, j);
        const QRectF col(xs, band.top(), std::min(colEnd, plot.right()) - xs, band.height());
        if (!pending.isEmpty() && pendingState == worst && std::abs(pending.right() - col.left()) < 0.01)
            pending.setRight(col.right());
        else {
            flush();
            pending = col;
            pendingState = worst;
        }
        x = colEnd;
        i = qreal(lane[j - 1].end) > tEnd ? j - 1 : j;
    }
    flush();
}

void LanePainter::paintEndMarkers(const PaintContext& ctx)
{
    QPainter& p = ctx.p;
    const QRectF plot = ctx.layout.plotRect;
    p.save();
    p.setClipRect(plot.adjusted(-8, 0, 8, 0).intersected(ctx.layout.lanesRect));
    for (const Row& row : ctx.layout.rows) {
        if (row.kind != RowKind::Actor)
            continue;
        const auto& lane = ctx.trace.states(row.index);
        if (lane.empty() || !isTerminal(lane.back().state))
            continue;
        const QRectF band = ctx.layout.barRect(row);
        const qreal x = ctx.map.mapTimeToX(qreal(lane.back().start));
        if (x >= plot.left() - 6 && x <= plot.right() + 6)
            StateStyle::paintEndMarker(p, QPointF(x, band.center().y()), std::clamp<qreal>(band.height() * 0.5, 6, 13),
                lane.back().state, ctx.theme.dark);
    }
    p.restore();
}

} // namespace interleave
