// SPDX-License-Identifier: MIT
#include "timeline/timelinelayout.h"

#include "timeline/headerpainter.h"
#include "timeline/legendpainter.h"
#include "timeline/lodindex.h"
#include "timeline/resourcepainter.h"
#include "timeline/textutil.h"
#include "timeline/timelinetheme.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace interleave {

namespace {

constexpr qreal Margin = 16;
constexpr qreal AxisHeight = 24;
constexpr qreal AnnotationHeight = 26;
constexpr qreal SectionHeight = 24;
constexpr qreal ProcessHeight = 24;
constexpr qreal MinLane = 6;
constexpr qreal MaxLane = 56;
// Thinner lanes than this cannot carry a name: actors that differ only by a number then share one.
constexpr qreal GroupBelow = 14;
// A group's lane, in lane heights.
constexpr qreal GroupShare = 1.5;
// The header and the legend give way to the lanes only when they take more than this of the picture.
constexpr qreal ShareForHeader = 0.35;
constexpr qreal BriefLegendAbove = 3 * 20; // px: three lines of the legend
constexpr qreal ComfortableLane = 24; // px: below this a lane is squeezed

// Height of a resource row in lane heights, besides fixed parts.
qreal slotShare(qreal lane)
{
    return std::max<qreal>(lane * 0.62, std::min<qreal>(lane, 12));
}
bool isLockKind(ResourceKind k)
{
    return k == ResourceKind::Mutex || k == ResourceKind::RMutex;
}

// A shared value is often the lesson itself (a race): it gets room; other levels less.
qreal chartShare(qreal lane, bool alone, bool shared)
{
    if (alone && shared)
        return std::max<qreal>(lane * 2.2, 30);
    return std::max<qreal>(lane * 1.4, 22);
}

} // namespace

TimelineLayout TimelineLayout::compute(const QRectF& target, const Trace& trace, const PaintOptions& options)
{
    using G = PaintOptions::Grouping;
    std::shared_ptr<const LaneGroups> groups;
    if (options.grouping != G::Never) {
        auto found = LaneGroups::of(trace);
        bool group = options.grouping == G::Always;
        if (!group && !found->groups().empty()) {
            // Would every actor's own lane be readable in the space there is?
            PaintOptions fit = options;
            fit.laneHeight = 0;
            group = computeOnce(target, trace, fit, nullptr, false).laneHeight < GroupBelow;
        }
        if (group && !found->groups().empty())
            groups = std::move(found);
    }
    return computeFitting(target, trace, options, groups);
}

TimelineLayout TimelineLayout::computeFitting(const QRectF& target, const Trace& trace, const PaintOptions& options,
    const std::shared_ptr<const LaneGroups>& groups)
{
    TimelineLayout L = computeOnce(target, trace, options, groups);
    // Lanes squeezed under a legend of more than three lines: the legend names states and marks alone
    // (their explanations become tooltips), if that gives the lanes more room.
    if (options.laneHeight <= 0 && L.laneHeight < ComfortableLane && L.legendRect.height() > BriefLegendAbove
        && !options.briefLegend) {
        PaintOptions brief = options;
        brief.briefLegend = true;
        TimelineLayout B = computeOnce(target, trace, brief, groups);
        if (B.laneHeight > L.laneHeight)
            L = std::move(B);
    }
    if (options.laneHeight > 0 || L.laneHeight >= MinLane)
        return L;
    // Too small a picture for everything: the lanes matter most, so the legend goes first, then
    // the header. Only a small picture, though: many lanes alone never cost the title, parameters
    // and outcome (they say what the picture is), the lanes get thin instead.
    const qreal around = L.headerRect.height() + (L.legendRect.isEmpty() ? 0 : L.legendRect.height() + 16);
    if (around < target.height() * ShareForHeader)
        return L;
    PaintOptions fewer = options;
    fewer.showLegend = false;
    L = computeOnce(target, trace, fewer, groups);
    if (L.laneHeight >= MinLane)
        return L;
    fewer.showTitle = false;
    fewer.showParams = false;
    return computeOnce(target, trace, fewer, groups);
}

TimelineLayout TimelineLayout::computeOnce(const QRectF& target, const Trace& trace, const PaintOptions& options,
    const std::shared_ptr<const LaneGroups>& groups, bool measureNames)
{
    TimelineLayout L;
    L.groups = groups;
    L.target = target;
    L.scrollY = options.scrollY;
    const auto lod = LodIndex::of(trace);
    const QRectF inner = target.adjusted(Margin, Margin * 0.75, -Margin, -Margin * 0.75);
    qreal y = inner.top();

    qreal headerH = 0;
    if (options.showTitle || options.showParams)
        L.header = HeaderPainter::place(trace, options, inner.width(), &headerH);
    L.headerRect = QRectF(inner.left(), y, inner.width(), headerH);
    y += headerH > 0 ? headerH + 6 : 0;

    qreal legendH = 0;
    if (options.showLegend) {
        L.legend = LegendPainter::items(trace, *lod, groups != nullptr, options.briefLegend);
        L.briefLegend = options.briefLegend;
        legendH = LegendPainter::place(L.legend, inner.width());
    }

    const qreal axisTop = y;
    y += AxisHeight;
    if (!lod->notableInstants().empty())
        y += AnnotationHeight;
    y += 2;

    // Rows: actors grouped by process, then resources that have something to draw.
    std::vector<qint64> pids;
    for (const auto& a : trace.actors()) {
        if (std::find(pids.begin(), pids.end(), a.pid) == pids.end())
            pids.push_back(a.pid);
    }
    const bool processHeaders = pids.size() > 1;
    struct Pending {
        RowKind kind;
        int index;
        int slotCount = 0;
        bool chart = false;
        bool indented = false;
        bool shared = false; // a SharedValue's chart
        bool member = false;
        bool expanded = false;
    };
    std::vector<Pending> pending;
    for (qint64 pid : pids) {
        if (processHeaders)
            pending.push_back({ RowKind::Process, int(pid) });
        for (std::size_t a = 0; a < trace.actors().size(); ++a) {
            if (trace.actors()[a].pid != pid)
                continue;
            const int g = groups ? groups->groupOf(int(a)) : -1;
            if (g < 0) {
                pending.push_back({ RowKind::Actor, int(a), 0, false, processHeaders });
                continue;
            }
            // A group sits where its first member was; expanded, its members follow it.
            const LaneGroups::Group& group = groups->groups()[std::size_t(g)];
            if (group.members.front() != int(a))
                continue;
            const bool expanded = options.expandedGroups.contains(group.key);
            pending.push_back({ RowKind::Group, g, 0, false, processHeaders, false, false, expanded });
            if (expanded) {
                for (int m : group.members)
                    pending.push_back({ RowKind::Actor, m, 0, false, processHeaders, false, true });
            }
        }
    }
    std::vector<Pending> resources;
    for (std::size_t r = 0; r < trace.resources().size(); ++r) {
        const ResourceInfo& info = trace.resources()[r];
        const int slotCount = int(lod->holdSlots(int(r)).size());
        const bool chart = !trace.counter(int(r)).empty();
        if (info.kind == ResourceKind::Semaphore && (slotCount > 0 || chart))
            resources.push_back({ RowKind::Semaphore, int(r), std::max(slotCount, int(info.capacity)), chart });
        else if (slotCount > 0) // a lock's own level (held or not) would repeat its bars
            resources.push_back({ RowKind::Lock, int(r), slotCount, chart && !isLockKind(info.kind) });
        else if (chart)
            resources.push_back({ RowKind::Counter, int(r), 0, true, false, info.kind == ResourceKind::SharedValue });
    }
    if (!resources.empty()) {
        pending.push_back({ RowKind::Section, -1 });
        pending.insert(pending.end(), resources.begin(), resources.end());
    }

    // Lane height: fixed when asked, else what fills the space, within readable bounds.
    const qreal bottom = inner.bottom() - (legendH > 0 ? legendH + 14 : 0);
    const auto heightOf = [](const Pending& r, qreal lane) -> qreal {
        switch (r.kind) {
        case RowKind::Process:
            return ProcessHeight;
        case RowKind::Section:
            return SectionHeight;
        case RowKind::Actor:
            return lane;
        case RowKind::Group:
            return lane * GroupShare; // a density has more to show than one actor's bar
        default:
            return r.slotCount * slotShare(lane) + (r.chart ? chartShare(lane, r.slotCount == 0, r.shared) : 0)
                + lane * 0.3;
        }
    };
    qreal lane = options.laneHeight;
    if (lane <= 0) {
        const qreal available = bottom - y;
        lane = MaxLane;
        // Shrink until every row fits (heights are monotonic in the lane height).
        const auto total = [&](qreal l) {
            qreal sum = 0;
            for (const Pending& r : pending)
                sum += heightOf(r, l);
            return sum;
        };
        if (total(lane) > available) {
            qreal lo = 1, hi = MaxLane;
            for (int i = 0; i < 30; ++i) {
                const qreal mid = (lo + hi) / 2;
                (total(mid) > available ? hi : lo) = mid;
            }
            lane = lo;
        }
    }
    L.laneHeight = lane;

    qreal top = 0;
    bool alternate = false;
    L.m_actorRow.assign(trace.actors().size(), -1);
    L.m_resourceRow.assign(trace.resources().size(), -1);
    L.m_groupRow.assign(groups ? groups->groups().size() : 0, -1);
    for (const Pending& r : pending) {
        Row row;
        row.kind = r.kind;
        row.index = r.index;
        row.top = top;
        row.height = heightOf(r, lane);
        row.slotCount = r.slotCount;
        row.slotHeight = r.slotCount > 0 ? slotShare(lane) : 0;
        row.chartHeight = r.chart ? chartShare(lane, r.slotCount == 0, r.shared) : 0;
        row.indented = r.indented;
        row.member = r.member;
        row.expanded = r.expanded;
        if (r.kind == RowKind::Process || r.kind == RowKind::Section) {
            alternate = false;
        } else {
            row.alternate = alternate;
            alternate = !alternate;
        }
        if (r.kind == RowKind::Actor) {
            L.m_actorRow[std::size_t(r.index)] = int(L.rows.size());
        } else if (r.kind == RowKind::Group) {
            L.m_groupRow[std::size_t(r.index)] = int(L.rows.size());
            if (!r.expanded) {
                for (int m : groups->groups()[std::size_t(r.index)].members)
                    L.m_actorRow[std::size_t(m)] = int(L.rows.size());
            }
        } else if (r.kind != RowKind::Process && r.kind != RowKind::Section)
            L.m_resourceRow[std::size_t(r.index)] = int(L.rows.size());
        top += row.height;
        L.rows.push_back(row);
    }
    L.contentHeight = top;

    // The name column fits the longest name shown, within reason.
    qreal nameW = 90;
    const qreal maxNameW = std::clamp<qreal>(inner.width() * 0.22, 90, 260);
    if (measureNames) {
        const QFont nameFont = TimelineTheme::font(13, true);
        for (const Row& row : L.rows) {
            if (nameW >= maxNameW)
                break;
            if (row.kind == RowKind::Actor)
                nameW = std::max(nameW,
                    TextUtil::width(nameFont, trace.actors()[std::size_t(row.index)].name) + (row.member ? 48 : 36));
            else if (row.kind == RowKind::Group)
                nameW = std::max(
                    nameW, TextUtil::width(nameFont, LaneGroups::label(groups->groups()[std::size_t(row.index)])) + 48);
        }
        const QFont kindFont = TimelineTheme::font(11);
        for (const auto& r : trace.resources()) {
            nameW = std::max(nameW, TextUtil::width(nameFont, r.name) + 24);
            nameW = std::max(nameW, TextUtil::width(kindFont, ResourcePainter::kindText(r)) + 16);
        }
    }
    nameW = std::min(nameW, maxNameW);
    L.axisRect = QRectF(inner.left() + nameW, axisTop, inner.width() - nameW, AxisHeight);
    if (!lod->notableInstants().empty())
        L.annotationRect = QRectF(inner.left() + nameW, axisTop + AxisHeight, inner.width() - nameW, AnnotationHeight);

    // The lanes take what they need; the legend follows them rather than sitting at the very bottom.
    const qreal lanesH
        = options.laneHeight > 0 ? std::max<qreal>(bottom - y, 0) : std::min(top, std::max<qreal>(bottom - y, 0));
    L.lanesRect = QRectF(inner.left(), y, inner.width(), lanesH);
    L.nameRect = QRectF(inner.left(), y, nameW, lanesH);
    L.plotRect = QRectF(inner.left() + nameW, y, inner.width() - nameW, lanesH);
    if (legendH > 0)
        L.legendRect = QRectF(inner.left(), L.lanesRect.bottom() + 16, inner.width(), legendH);
    return L;
}

QRectF TimelineLayout::barRect(const Row& r) const
{
    const qreal top = rowTop(r);
    const qreal margin = std::clamp<qreal>(r.height * 0.16, 1, 7);
    return QRectF(plotRect.left(), top + margin, plotRect.width(), r.height - 2 * margin);
}

QRectF TimelineLayout::slotRect(const Row& r, int slot) const
{
    const qreal top = rowTop(r) + laneHeight * 0.15 + slot * r.slotHeight;
    const qreal gap = std::min<qreal>(2, r.slotHeight * 0.15);
    return QRectF(plotRect.left(), top + gap / 2, plotRect.width(), r.slotHeight - gap);
}

QRectF TimelineLayout::chartRect(const Row& r) const
{
    const qreal top = rowTop(r) + laneHeight * 0.15 + r.slotCount * r.slotHeight + (r.slotCount > 0 ? 3 : 0);
    return QRectF(plotRect.left(), top, plotRect.width(), r.chartHeight - (r.slotCount > 0 ? 3 : 0));
}

const TimelineLayout::Row* TimelineLayout::rowAt(qreal y) const
{
    if (y < lanesRect.top() || y >= lanesRect.bottom())
        return nullptr;
    const qreal local = y - lanesRect.top() + scrollY;
    auto it = std::upper_bound(rows.begin(), rows.end(), local, [](qreal v, const Row& r) { return v < r.top; });
    if (it == rows.begin())
        return nullptr;
    --it;
    return local < it->top + it->height ? &*it : nullptr;
}

const TimelineLayout::Row* TimelineLayout::actorRow(int actor) const
{
    if (actor < 0 || std::size_t(actor) >= m_actorRow.size() || m_actorRow[std::size_t(actor)] < 0)
        return nullptr;
    return &rows[std::size_t(m_actorRow[std::size_t(actor)])];
}

const TimelineLayout::Row* TimelineLayout::groupRow(int group) const
{
    if (group < 0 || std::size_t(group) >= m_groupRow.size() || m_groupRow[std::size_t(group)] < 0)
        return nullptr;
    return &rows[std::size_t(m_groupRow[std::size_t(group)])];
}

const TimelineLayout::Row* TimelineLayout::resourceRow(int resource) const
{
    if (resource < 0 || std::size_t(resource) >= m_resourceRow.size() || m_resourceRow[std::size_t(resource)] < 0)
        return nullptr;
    return &rows[std::size_t(m_resourceRow[std::size_t(resource)])];
}

int TimelineLayout::actorAt(qreal y) const
{
    const Row* r = rowAt(y);
    return r && r->kind == RowKind::Actor ? r->index : -1;
}

TimelineHit TimelineLayout::hitTest(QPointF pos, const Trace& trace, const TimeMapping& mapping) const
{
    using K = TimelineHit::Kind;
    TimelineHit hit;
    if (headerRect.contains(pos)) {
        hit.kind = K::Header;
        return hit;
    }
    if (legendRect.contains(pos)) {
        hit.kind = K::Legend;
        for (const LegendPainter::Item& item : legend) {
            if (item.rect.translated(legendRect.topLeft()).contains(pos))
                hit.legendHint = item.hint;
        }
        return hit;
    }
    const bool inPlot = pos.x() >= plotRect.left() && pos.x() <= plotRect.right();
    if (inPlot)
        hit.time = qint64(std::llround(mapping.mapXToTime(pos.x())));
    if (axisRect.contains(pos) || annotationRect.contains(pos)) {
        hit.kind = K::Axis;
        return hit;
    }
    const Row* row = rowAt(pos.y());
    if (!row)
        return hit;
    if (row->kind == RowKind::Process) {
        hit.kind = K::Process;
        hit.index = std::size_t(row->index);
        return hit;
    }
    if (row->kind == RowKind::Section)
        return hit;
    if (row->kind == RowKind::Group)
        return hitGroup(*row, pos, inPlot, trace, mapping, hit);
    const bool actor = row->kind == RowKind::Actor;
    if (!inPlot) {
        if (pos.x() < plotRect.left() && pos.x() >= nameRect.left()) {
            hit.kind = actor ? K::ActorName : K::ResourceName;
            (actor ? hit.actor : hit.resource) = row->index;
        }
        return hit;
    }
    if (actor) {
        hit.actor = row->index;
        // An instant mark within a few pixels wins over the bar under it.
        const auto& instants = trace.instants();
        const auto& mine = LodIndex::of(trace)->instantsOf(row->index);
        const qreal slack = 4 * mapping.nsPerPixel();
        auto it = std::lower_bound(mine.begin(), mine.end(), qreal(hit.time) - slack,
            [&instants](quint32 i, qreal t) { return qreal(instants[i].time) < t; });
        if (it != mine.end() && qreal(instants[*it].time) <= qreal(hit.time) + slack) {
            hit.kind = K::Instant;
            hit.index = *it;
            return hit;
        }
        if (const StateInterval* s = trace.stateAt(row->index, hit.time)) {
            hit.kind = K::State;
            hit.index = std::size_t(s - trace.states(row->index).data());
        }
        return hit;
    }
    hit.resource = row->index;
    for (int s = 0; s < row->slotCount; ++s) {
        if (!slotRect(*row, s).contains(pos))
            continue;
        const auto lod = LodIndex::of(trace);
        const auto& slotList = lod->holdSlots(row->index);
        if (std::size_t(s) >= slotList.size())
            return hit;
        const auto& holds = trace.holds(row->index);
        const auto& slot = slotList[std::size_t(s)];
        auto it = std::partition_point(slot.begin(), slot.end(), [&](quint32 h) { return holds[h].end <= hit.time; });
        if (it != slot.end() && holds[*it].start <= hit.time) {
            hit.kind = K::Hold;
            hit.index = *it;
            hit.actor = holds[*it].actor;
        }
        return hit;
    }
    if (row->chartHeight > 0 && chartRect(*row).contains(pos)) {
        const auto& series = trace.counter(row->index);
        auto it = std::upper_bound(
            series.begin(), series.end(), hit.time, [](qint64 t, const CounterPoint& p) { return t < p.time; });
        if (it != series.begin()) {
            hit.kind = K::Counter;
            hit.index = std::size_t(std::prev(it) - series.begin());
        }
    }
    return hit;
}

// A group's lane: its name, an instant of a member near the point, or the group at a time.
TimelineHit TimelineLayout::hitGroup(
    const Row& row, QPointF pos, bool inPlot, const Trace& trace, const TimeMapping& mapping, TimelineHit hit) const
{
    using K = TimelineHit::Kind;
    hit.group = row.index;
    if (!inPlot) {
        if (pos.x() < plotRect.left() && pos.x() >= nameRect.left())
            hit.kind = K::GroupName;
        return hit;
    }
    const auto& instants = trace.instants();
    const auto& mine = groups->groups()[std::size_t(row.index)].instants;
    const qreal slack = 4 * mapping.nsPerPixel();
    auto it = std::lower_bound(mine.begin(), mine.end(), qreal(hit.time) - slack,
        [&instants](quint32 i, qreal t) { return qreal(instants[i].time) < t; });
    if (it != mine.end() && qreal(instants[*it].time) <= qreal(hit.time) + slack && pos.y() <= barRect(row).top() + 6) {
        hit.kind = K::Instant;
        hit.index = *it;
        hit.actor = instants[*it].actor;
        return hit;
    }
    hit.kind = K::Group;
    return hit;
}

} // namespace interleave
