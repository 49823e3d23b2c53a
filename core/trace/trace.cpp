// SPDX-License-Identifier: MIT
#include "trace/trace.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace interleave {

struct Trace::Data {
    TraceMeta meta;
    qint64 duration = 0;
    std::vector<ActorInfo> actors;
    std::vector<ResourceInfo> resources;
    QStringList texts;
    std::vector<Event> events;
    std::vector<std::vector<StateInterval>> states;
    std::vector<std::vector<HoldInterval>> holds;
    // Per resource, the latest end among holds [0, i]: holdersAt() skips every hold that ended
    // before t with one binary search instead of scanning the resource's whole history.
    std::vector<std::vector<qint64>> holdMaxEnds;
    std::vector<std::vector<CounterPoint>> counters;
    std::vector<Flow> flows;
    std::vector<Instant> instants;
};

namespace {

const std::vector<StateInterval> kNoStates;
const std::vector<HoldInterval> kNoHolds;
const std::vector<CounterPoint> kNoCounter;

bool validIndex(int i, std::size_t n) { return i >= 0 && std::size_t(i) < n; }

} // namespace

Trace::Trace()
    : d(std::make_shared<Data>())
{
}

Trace Trace::build(TraceMeta meta, std::vector<ActorInfo> actors, std::vector<ResourceInfo> resources,
    QStringList texts, std::vector<Event> events)
{
    auto data = std::make_shared<Data>();
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.time < b.time; });
    const qint64 lastTime = events.empty() ? 0 : events.back().time;
    data->duration = std::max(meta.durationNs, lastTime);
    meta.durationNs = data->duration;

    const std::size_t nActors = actors.size();
    const std::size_t nResources = resources.size();
    data->states.resize(nActors);
    data->holds.resize(nResources);
    data->counters.resize(nResources);

    std::unordered_map<qint64, std::pair<int, std::size_t>> openHolds; // hold id -> (resource, index)
    std::unordered_map<quint32, std::size_t> openFlows; // flow id -> index into flows

    for (const Event& e : events) {
        switch (e.type) {
        case EventType::State: {
            if (!validIndex(e.actor, nActors))
                break;
            auto& lane = data->states[std::size_t(e.actor)];
            if (!lane.empty()) {
                StateInterval& last = lane.back();
                if (isTerminal(last.state))
                    break; // nothing happens to an actor after it ended
                last.end = e.time;
                if (last.end == last.start && !isTerminal(State(e.code)))
                    lane.pop_back(); // a zero-length state says nothing
            }
            const State s = e.code < StateCount ? State(e.code) : State::Running;
            if (!lane.empty() && lane.back().state == s && lane.back().resource == e.resource)
                break; // a repeated state extends the current interval
            lane.push_back(StateInterval { e.time, e.time, s, e.resource });
            break;
        }
        case EventType::HoldBegin:
            if (!validIndex(e.resource, nResources))
                break;
            data->holds[std::size_t(e.resource)].push_back(HoldInterval { e.time, -1, e.actor, e.value });
            openHolds[e.value] = { e.resource, data->holds[std::size_t(e.resource)].size() - 1 };
            break;
        case EventType::HoldEnd: {
            auto it = openHolds.find(e.value);
            if (it != openHolds.end()) {
                data->holds[std::size_t(it->second.first)][it->second.second].end = e.time;
                openHolds.erase(it);
            }
            break;
        }
        case EventType::Counter:
            if (validIndex(e.resource, nResources))
                data->counters[std::size_t(e.resource)].push_back(CounterPoint { e.time, e.value });
            break;
        case EventType::FlowBegin:
            openFlows[e.flow] = data->flows.size();
            data->flows.push_back(Flow { e.code < FlowKindCount ? FlowKind(e.code) : FlowKind::Release, e.flow,
                e.actor, -1, e.time, -1, e.resource });
            break;
        case EventType::FlowEnd: {
            auto it = openFlows.find(e.flow);
            if (it != openFlows.end()) {
                Flow& f = data->flows[it->second];
                f.toActor = e.actor;
                f.toTime = e.time;
                if (f.resource < 0)
                    f.resource = e.resource;
                openFlows.erase(it);
            }
            break;
        }
        case EventType::Instant:
            data->instants.push_back(Instant { e.time, e.actor, e.resource,
                e.code < InstantKindCount ? InstantKind(e.code) : InstantKind::Mark, e.value,
                e.flow < quint32(texts.size()) ? texts.at(qsizetype(e.flow)) : QString() });
            break;
        }
    }

    // Close what the run left open at its end.
    for (auto& lane : data->states) {
        if (!lane.empty() && !isTerminal(lane.back().state))
            lane.back().end = data->duration;
    }
    for (auto& lane : data->holds) {
        for (auto& h : lane) {
            if (h.end < 0)
                h.end = data->duration;
        }
    }
    std::erase_if(data->flows, [](const Flow& f) { return f.toActor < 0; });
    data->holdMaxEnds.resize(nResources);
    for (std::size_t r = 0; r < nResources; ++r) {
        qint64 maxEnd = std::numeric_limits<qint64>::min();
        for (const HoldInterval& h : data->holds[r])
            data->holdMaxEnds[r].push_back(maxEnd = std::max(maxEnd, h.end));
    }

    data->meta = std::move(meta);
    data->actors = std::move(actors);
    data->resources = std::move(resources);
    data->texts = std::move(texts);
    data->events = std::move(events);

    Trace t;
    t.d = std::move(data);
    return t;
}

bool Trace::isEmpty() const { return d->events.empty() && d->actors.empty(); }
const TraceMeta& Trace::meta() const { return d->meta; }
qint64 Trace::duration() const { return d->duration; }
const std::vector<ActorInfo>& Trace::actors() const { return d->actors; }
const std::vector<ResourceInfo>& Trace::resources() const { return d->resources; }
const QStringList& Trace::texts() const { return d->texts; }
const std::vector<Event>& Trace::events() const { return d->events; }
const std::vector<Flow>& Trace::flows() const { return d->flows; }
const std::vector<Instant>& Trace::instants() const { return d->instants; }

const std::vector<StateInterval>& Trace::states(int actor) const
{
    return validIndex(actor, d->states.size()) ? d->states[std::size_t(actor)] : kNoStates;
}

const std::vector<HoldInterval>& Trace::holds(int resource) const
{
    return validIndex(resource, d->holds.size()) ? d->holds[std::size_t(resource)] : kNoHolds;
}

const std::vector<CounterPoint>& Trace::counter(int resource) const
{
    return validIndex(resource, d->counters.size()) ? d->counters[std::size_t(resource)] : kNoCounter;
}

const StateInterval* Trace::stateAt(int actor, qint64 t) const
{
    const auto& lane = states(actor);
    auto it = std::upper_bound(
        lane.begin(), lane.end(), t, [](qint64 time, const StateInterval& s) { return time < s.start; });
    if (it == lane.begin())
        return nullptr;
    --it;
    if (t < it->end || isTerminal(it->state) || (t == it->end && it->end == d->duration))
        return &*it;
    return nullptr;
}

std::vector<HoldInterval> Trace::holdersAt(int resource, qint64 t) const
{
    std::vector<HoldInterval> out;
    const auto& lane = holds(resource);
    if (lane.empty())
        return out;
    auto end = std::upper_bound(
        lane.begin(), lane.end(), t, [](qint64 time, const HoldInterval& h) { return time < h.start; });
    // Holds before the first whose running maximum end reaches t all ended before t.
    const auto& maxEnds = d->holdMaxEnds[std::size_t(resource)];
    auto first = lane.begin() + (std::lower_bound(maxEnds.begin(), maxEnds.end(), t) - maxEnds.begin());
    for (auto it = first; it < end; ++it) {
        if (t < it->end || (it->end == d->duration && t == it->end))
            out.push_back(*it);
    }
    return out;
}

std::optional<qint64> Trace::counterAt(int resource, qint64 t) const
{
    const auto& series = counter(resource);
    auto it = std::upper_bound(
        series.begin(), series.end(), t, [](qint64 time, const CounterPoint& p) { return time < p.time; });
    if (it == series.begin())
        return std::nullopt;
    return std::prev(it)->value;
}

std::size_t Trace::firstEventAtOrAfter(qint64 t) const
{
    auto it = std::lower_bound(
        d->events.begin(), d->events.end(), t, [](const Event& e, qint64 time) { return e.time < time; });
    return std::size_t(it - d->events.begin());
}

std::size_t Trace::lastEventAtOrBefore(qint64 t) const
{
    auto it = std::upper_bound(
        d->events.begin(), d->events.end(), t, [](qint64 time, const Event& e) { return time < e.time; });
    if (it == d->events.begin())
        return d->events.size();
    return std::size_t(it - d->events.begin()) - 1;
}

} // namespace interleave
