// SPDX-License-Identifier: MIT
#include "timeline/timelinetooltip.h"

#include "timeline/lanegroups.h"
#include "timeline/statestyle.h"
#include "timeline/timeaxis.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace interleave {

namespace {

// Its strings' translation context, "TimelineToolTip", for lupdate and for the lookup alike.
struct TimelineToolTipText {
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTip)
};

QString actorKindText(ActorKind k)
{
    switch (k) {
    case ActorKind::Main:
        return TimelineToolTipText::tr("main thread");
    case ActorKind::Thread:
        return TimelineToolTipText::tr("thread");
    case ActorKind::Process:
        return TimelineToolTipText::tr("process");
    case ActorKind::Task:
        return TimelineToolTipText::tr("task");
    }
    return {};
}

QString actorName(const Trace& trace, int actor)
{
    if (actor < 0 || std::size_t(actor) >= trace.actors().size())
        return TimelineToolTipText::tr("nobody");
    return trace.actors()[std::size_t(actor)].name;
}

bool validResource(const Trace& trace, int resource)
{
    return resource >= 0 && std::size_t(resource) < trace.resources().size();
}

// "sem (semaphore)"
QString resourceText(const Trace& trace, int resource)
{
    const ResourceInfo& r = trace.resources()[std::size_t(resource)];
    return TimelineToolTipText::tr("%1 (%2)").arg(r.name, resourceKindLabel(r.kind));
}

// Who holds `resource` at `t`, a few names at most: what a blocked actor waits for in person.
QString holdersText(const Trace& trace, int resource, qint64 t)
{
    const auto holders = trace.holdersAt(resource, t);
    QStringList names;
    for (const HoldInterval& h : holders) {
        const QString name = actorName(trace, h.actor);
        if (!names.contains(name))
            names << name;
        if (names.size() == 4)
            break;
    }
    if (names.isEmpty())
        return {};
    QString text = names.join(TimelineToolTipText::tr(", "));
    if (holders.size() > std::size_t(names.size()) && names.size() == 4)
        text += TimelineToolTipText::tr(", \u2026");
    return text;
}

void addSpan(QStringList& lines, qint64 start, qint64 end, const TimeMapping& map)
{
    lines << TimelineToolTipText::tr("Start: %1").arg(TimelineToolTip::time(start, map));
    if (end > start)
        lines << TimelineToolTipText::tr("Duration: %1").arg(TimeAxis::duration(qreal(end - start)));
}

QStringList stateLines(const TimelineHit& hit, const Trace& trace, const TimeMapping& map)
{
    const StateInterval& s = trace.states(hit.actor)[hit.index];
    QStringList lines { actorName(trace, hit.actor), TimelineToolTipText::tr("State: %1").arg(stateLabel(s.state)) };
    if (validResource(trace, s.resource)) {
        lines << TimelineToolTipText::tr("Waits for: %1").arg(resourceText(trace, s.resource));
        const QString holders = holdersText(trace, s.resource, hit.time);
        if (!holders.isEmpty())
            lines << TimelineToolTipText::tr("Held by: %1").arg(holders);
    }
    if (isTerminal(s.state))
        lines << TimelineToolTipText::tr("At: %1").arg(TimelineToolTip::time(s.start, map));
    else
        addSpan(lines, s.start, s.end, map);
    return lines;
}

QStringList holdLines(const TimelineHit& hit, const Trace& trace, const TimeMapping& map)
{
    const HoldInterval& h = trace.holds(hit.resource)[hit.index];
    const bool permit = trace.resources()[std::size_t(hit.resource)].kind == ResourceKind::Semaphore;
    QStringList lines { resourceText(trace, hit.resource),
        (permit ? TimelineToolTipText::tr("Permit held by: %1") : TimelineToolTipText::tr("Held by: %1"))
            .arg(actorName(trace, h.actor)) };
    addSpan(lines, h.start, h.end, map);
    return lines;
}

QStringList counterLines(const TimelineHit& hit, const Trace& trace, const TimeMapping& map)
{
    const auto& series = trace.counter(hit.resource);
    const CounterPoint& p = series[hit.index];
    const ResourceInfo& r = trace.resources()[std::size_t(hit.resource)];
    QStringList lines { resourceText(trace, hit.resource) };
    if (r.kind == ResourceKind::Semaphore && r.capacity > 0)
        lines << TimelineToolTipText::tr("Free permits: %1 of %2").arg(p.value).arg(r.capacity);
    else if (r.kind == ResourceKind::Queue || r.kind == ResourceKind::Pipe)
        lines << TimelineToolTipText::tr("Length: %1").arg(p.value);
    else
        lines << TimelineToolTipText::tr("Value: %1").arg(p.value);
    const qint64 next = hit.index + 1 < series.size() ? series[hit.index + 1].time : trace.duration();
    addSpan(lines, p.time, next, map);
    return lines;
}

QStringList instantLines(const TimelineHit& hit, const Trace& trace, const TimeMapping& map)
{
    const Instant& in = trace.instants()[hit.index];
    QString kind = instantKindLabel(in.kind);
    if (!kind.isEmpty())
        kind[0] = kind[0].toUpper();
    QStringList lines { kind };
    if (!in.text.isEmpty())
        lines << in.text;
    if (in.actor >= 0)
        lines << TimelineToolTipText::tr("Actor: %1").arg(actorName(trace, in.actor));
    if (validResource(trace, in.resource))
        lines << TimelineToolTipText::tr("Resource: %1").arg(resourceText(trace, in.resource));
    if (in.kind == InstantKind::Result || in.value != 0)
        lines << TimelineToolTipText::tr("Value: %1").arg(in.value);
    lines << TimelineToolTipText::tr("At: %1").arg(TimelineToolTip::time(in.time, map));
    return lines;
}

QStringList resourceNameLines(const TimelineHit& hit, const Trace& trace)
{
    const ResourceInfo& r = trace.resources()[std::size_t(hit.resource)];
    QStringList lines { resourceText(trace, hit.resource) };
    if (r.kind == ResourceKind::Semaphore && r.capacity > 0)
        lines << QCoreApplication::translate("TimelineToolTip", "%n permit(s)", nullptr, int(r.capacity));
    else if (r.capacity > 0)
        lines << TimelineToolTipText::tr("Capacity: %1").arg(r.capacity);
    if (r.owner >= 0)
        lines << TimelineToolTipText::tr("Belongs to: %1").arg(actorName(trace, r.owner));
    return lines;
}

// "client-1 … client-200 · 200 tasks", then how many are in each state at the time.
QStringList groupLines(const TimelineHit& hit, const Trace& trace, const TimeMapping& map, bool name)
{
    const auto groups = LaneGroups::of(trace);
    if (hit.group < 0 || std::size_t(hit.group) >= groups->groups().size())
        return {};
    const LaneGroups::Group& g = groups->groups()[std::size_t(hit.group)];
    QStringList lines { LaneGroups::label(g) };
    if (name) {
        lines << TimelineToolTipText::tr("Click to show or hide each one's lane");
        return lines;
    }
    lines << TimelineToolTipText::tr("At: %1").arg(TimelineToolTip::time(hit.time, map));
    const auto counts = groups->statesAt(trace, hit.group, hit.time);
    // The busiest states first.
    std::array<int, StateCount> order {};
    for (int s = 0; s < StateCount; ++s)
        order[std::size_t(s)] = s;
    std::stable_sort(order.begin(), order.end(),
        [&counts](int a, int b) { return counts[std::size_t(a)] > counts[std::size_t(b)]; });
    int shown = 0;
    for (int s : order) {
        if (counts[std::size_t(s)] > 0) {
            lines << TimelineToolTipText::tr("%1: %2").arg(stateLabel(State(s))).arg(counts[std::size_t(s)]);
            shown += counts[std::size_t(s)];
        }
    }
    const int notYet = int(g.members.size()) - shown;
    if (notYet > 0)
        lines << TimelineToolTipText::tr("not started: %1").arg(notYet);
    lines << TimelineToolTipText::tr("Click the name to show each one's lane");
    return lines;
}

} // namespace

QString TimelineToolTip::time(qint64 ns, const TimeMapping& mapping)
{
    // The unit of the axis labels nearby (their steps are ~80 px apart, and a step picks the unit
    // it is at least half of), with the decimals one pixel is worth.
    const qreal axisStep = qreal(TimeAxis::stepFor(mapping, 80));
    const qreal unit = axisStep >= 5e8 ? 1e9 : axisStep >= 5e5 ? 1e6 : axisStep >= 5e2 ? 1e3 : 1;
    const QString symbol = unit == 1e9 ? u"s"_s : unit == 1e6 ? u"ms"_s : unit == 1e3 ? u"µs"_s : u"ns"_s;
    const qreal pixel = qreal(TimeAxis::stepFor(mapping, 1)) / unit;
    const int decimals = std::clamp(int(std::ceil(-std::log10(pixel) - 1e-9)), 0, 9);
    QString text = QString::number(qreal(ns) / unit, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text + u' ' + symbol;
}

QString TimelineToolTip::text(const TimelineHit& hit, const Trace& trace, const TimeMapping& mapping)
{
    using K = TimelineHit::Kind;
    QStringList lines;
    switch (hit.kind) {
    case K::State:
        if (hit.actor >= 0 && hit.index < trace.states(hit.actor).size())
            lines = stateLines(hit, trace, mapping);
        break;
    case K::Hold:
        if (validResource(trace, hit.resource) && hit.index < trace.holds(hit.resource).size())
            lines = holdLines(hit, trace, mapping);
        break;
    case K::Counter:
        if (validResource(trace, hit.resource) && hit.index < trace.counter(hit.resource).size())
            lines = counterLines(hit, trace, mapping);
        break;
    case K::Instant:
        if (hit.index < trace.instants().size())
            lines = instantLines(hit, trace, mapping);
        break;
    case K::ActorName:
        if (hit.actor >= 0 && std::size_t(hit.actor) < trace.actors().size()) {
            const ActorInfo& a = trace.actors()[std::size_t(hit.actor)];
            lines << a.name << TimelineToolTipText::tr("%1, id %2").arg(actorKindText(a.kind)).arg(a.tid)
                  << TimelineToolTipText::tr("Click to highlight its lane");
        }
        break;
    case K::ResourceName:
        if (validResource(trace, hit.resource))
            lines = resourceNameLines(hit, trace);
        break;
    case K::Group:
    case K::GroupName:
        lines = groupLines(hit, trace, mapping, hit.kind == K::GroupName);
        break;
    case K::Axis:
        lines << time(hit.time, mapping) << TimelineToolTipText::tr("Click or drag to move the playhead");
        break;
    case K::Legend:
        if (!hit.legendHint.isEmpty())
            lines << hit.legendHint;
        break;
    default:
        break;
    }
    return lines.join(u'\n');
}

QString TimelineToolTip::toRichText(const QString& plain)
{
    if (plain.isEmpty())
        return {};
    const QStringList lines = plain.split(u'\n');
    QString html = u"<qt><b>"_s + lines.first().toHtmlEscaped() + u"</b>"_s;
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += u"<br>"_s + lines[i].toHtmlEscaped();
    return html + u"</qt>"_s;
}

} // namespace interleave
