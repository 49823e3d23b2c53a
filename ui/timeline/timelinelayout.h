// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/headerpainter.h"
#include "timeline/lanegroups.h"
#include "timeline/legendpainter.h"
#include "timeline/paintoptions.h"
#include "timeline/timemapping.h"
#include "trace/trace.h"

#include <QRectF>

#include <memory>
#include <optional>
#include <vector>

namespace interleave {

// What is under a point of the timeline, for tooltips and selection.
struct TimelineHit {
    enum class Kind {
        Nothing,
        Header,
        Axis,
        Legend,
        Process,
        ActorName,
        ResourceName,
        State,
        Hold,
        Counter,
        Instant,
        Group,
        GroupName
    };
    Kind kind = Kind::Nothing;
    int actor = -1;
    int resource = -1;
    int group = -1; // Group, GroupName (and an Instant on a group's lane): into LaneGroups::groups()
    std::size_t index = 0; // into states(actor), holds(resource), counter(resource) or instants()
    qint64 time = 0; // ns under the point (plot area only)
    QString legendHint; // Legend: the whole words of a brief legend's item
};

// Where everything goes in a target rectangle: computed once per size, trace and options, shared
// by painting and hit testing so that both always agree.
class TimelineLayout {
public:
    enum class RowKind { Process, Actor, Group, Section, Lock, Semaphore, Counter };
    struct Row {
        RowKind kind = RowKind::Actor;
        int index = -1; // actor, group, resource, or the process's pid for a Process row
        qreal top = 0; // unscrolled, inside lanesRect
        qreal height = 0;
        int slotCount = 0; // Lock/Semaphore: hold slotList drawn one under the other
        qreal slotHeight = 0;
        qreal chartHeight = 0; // Semaphore/Counter: the step chart at the bottom of the row
        bool indented = false; // an actor under a process header
        bool member = false; // an actor shown under its expanded group
        bool expanded = false; // a Group row whose members have their own lanes below it
        bool alternate = false; // tinted background
    };

    static TimelineLayout compute(const QRectF& target, const Trace& trace, const PaintOptions& options);

    QRectF target;
    QRectF headerRect; // title, parameters, outcome
    QRectF axisRect; // tick labels, above the lanes
    QRectF annotationRect; // deadlock and exception notes, between axis and lanes (may be empty)
    QRectF lanesRect; // visible part of the lanes, full width (names + plot)
    QRectF nameRect; // the name column, lanes' height
    QRectF plotRect; // the time area, lanes' height: set the TimeMapping's pixel span to it
    QRectF legendRect;
    qreal laneHeight = 0;
    bool briefLegend = false; // the legend names states and marks alone (lanes were squeezed)
    qreal scrollY = 0;
    qreal contentHeight = 0; // every row together, for a scroll bar
    std::vector<Row> rows;
    // Text measured once per layout, not per frame.
    std::vector<HeaderPainter::Placed> header;
    std::vector<LegendPainter::Item> legend;
    // Set when some actors are shown as groups (collapsed or expanded); null otherwise.
    std::shared_ptr<const LaneGroups> groups;

    // Screen y of a row's top, with scrolling.
    qreal rowTop(const Row& r) const { return lanesRect.top() + r.top - scrollY; }
    // The band where an actor's state bars go (a margin above and below keeps lanes apart).
    QRectF barRect(const Row& r) const;
    // The band of one hold slot and of the step chart.
    QRectF slotRect(const Row& r, int slot) const;
    QRectF chartRect(const Row& r) const;
    const Row* rowAt(qreal y) const;
    // The row that shows an actor: its own lane, or its group's when the group is collapsed.
    const Row* actorRow(int actor) const;
    const Row* groupRow(int group) const;
    const Row* resourceRow(int resource) const;
    int actorAt(qreal y) const; // -1 when none

    // The mapping's time range is used as given; its pixel span should be plotRect's.
    TimelineHit hitTest(QPointF pos, const Trace& trace, const TimeMapping& mapping) const;

private:
    TimelineHit hitGroup(const Row& row, QPointF pos, bool inPlot, const Trace& trace, const TimeMapping& mapping,
        TimelineHit hit) const;
    static TimelineLayout computeFitting(const QRectF& target, const Trace& trace, const PaintOptions& options,
        const std::shared_ptr<const LaneGroups>& groups);
    static TimelineLayout computeOnce(const QRectF& target, const Trace& trace, const PaintOptions& options,
        const std::shared_ptr<const LaneGroups>& groups, bool measureNames = true);

    std::vector<int> m_actorRow; // actor -> row index (its group's when collapsed), -1 when not shown
    std::vector<int> m_groupRow;
    std::vector<int> m_resourceRow;
};

} // namespace interleave
