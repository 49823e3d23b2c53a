// SPDX-License-Identifier: MIT
#include "scene/sceneindex.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace interleave {

namespace {

bool valid(int i, std::size_t n)
{
    return i >= 0 && std::size_t(i) < n;
}

} // namespace

SceneIndex::SceneIndex(const Trace& trace)
    : m_trace(trace)
{
    const std::size_t nActors = trace.actors().size();
    const std::size_t nResources = trace.resources().size();
    m_isShown.assign(nResources, 0);
    m_maxWaiters.assign(nResources, 0);
    m_slots.assign(nResources, 0);
    m_holds.resize(nResources);
    m_setTimes.resize(nResources);
    m_arrivals.resize(nActors);
    m_firstStart.assign(nActors, -1);

    // A wake arrow stays long enough to be seen at the speeds people watch a run at, and short
    // enough that it belongs to one event.
    m_wakeWindow = std::max<qint64>(trace.duration() / 12, 1);

    std::vector<char> touched(nResources, 0);
    for (std::size_t r = 0; r < nResources; ++r) {
        indexHolds(int(r));
        if (!trace.holds(int(r)).empty() || !trace.counter(int(r)).empty())
            touched[r] = 1;
    }
    m_marks.resize(nActors);
    m_instantsOn.resize(nResources);
    for (std::size_t k = 0; k < trace.instants().size(); ++k) {
        const Instant& i = trace.instants()[k];
        if (i.kind == InstantKind::Mark && valid(i.actor, nActors) && !i.text.isEmpty())
            m_marks[std::size_t(i.actor)].push_back(int(k));
        if (!valid(i.resource, nResources))
            continue;
        m_instantsOn[std::size_t(i.resource)].push_back(int(k));
        touched[std::size_t(i.resource)] = 1;
        if (i.kind == InstantKind::Set)
            m_setTimes[std::size_t(i.resource)].push_back(i.time); // instants are sorted by time
    }
    const auto& flows = trace.flows();
    const SceneFamily family = sceneFamilyOf(trace);
    for (std::size_t f = 0; f < flows.size(); ++f) {
        if (valid(flows[f].resource, nResources))
            touched[std::size_t(flows[f].resource)] = 1;
        // In a family's picture a message is drawn where it travels (a queue, a channel, a ticket), not
        // as who woke whom: an arrow from the submitter to the worker that takes the item later would
        // say it before it happens.
        const bool message
            = flows[f].kind == FlowKind::Put || flows[f].kind == FlowKind::Send || flows[f].kind == FlowKind::Submit;
        if (valid(flows[f].toActor, nActors) && !(message && family != SceneFamily::Threads))
            m_arrivals[std::size_t(flows[f].toActor)].push_back(int(f));
    }
    for (auto& list : m_arrivals) {
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) { return flows[a].fromTime < flows[b].fromTime; });
    }
    for (std::size_t a = 0; a < nActors; ++a) {
        const auto& lane = trace.states(int(a));
        if (!lane.empty())
            m_firstStart[a] = lane.front().start;
        auto note = [a](std::vector<int>& list) {
            if (list.empty() || list.back() != int(a))
                list.push_back(int(a));
        };
        for (const StateInterval& s : lane) {
            note(m_everIn[std::size_t(s.state)]);
            if (valid(s.resource, nResources))
                touched[std::size_t(s.resource)] = 1;
            if (waitsInQueue(s.state) && s.state != State::Runnable) {
                if (valid(s.resource, nResources)
                    && trace.resources()[std::size_t(s.resource)].kind == ResourceKind::Thread)
                    note(m_joiners);
                else if (!valid(s.resource, nResources))
                    note(m_elsewhere);
            }
        }
    }
    indexWaits();
    indexMessages();
    m_family = family;
    for (std::size_t r = 0; r < nResources; ++r) {
        if (!m_messagesOn[r].empty())
            touched[r] = 1;
    }
    for (std::size_t r = 0; r < nResources; ++r) {
        if (touched[r] && trace.resources()[r].kind != ResourceKind::Thread) {
            m_isShown[r] = 1;
            m_shown.push_back(int(r));
        }
    }
    indexDeadlocks();
}

std::shared_ptr<const SceneIndex> SceneIndex::shared(const Trace& trace)
{
    // The last one asked for; it keeps its trace alive, so isOf() cannot mistake a new trace for it.
    thread_local std::shared_ptr<const SceneIndex> last;
    if (!last || !last->isOf(trace))
        last = std::make_shared<const SceneIndex>(trace);
    return last;
}

bool SceneIndex::isOf(const Trace& other) const
{
    return &m_trace.events() == &other.events();
}

bool SceneIndex::isShown(int resource) const
{
    return valid(resource, m_isShown.size()) && m_isShown[std::size_t(resource)];
}

int SceneIndex::maxWaiters(int resource) const
{
    return valid(resource, m_maxWaiters.size()) ? m_maxWaiters[std::size_t(resource)] : 0;
}

int SceneIndex::slotCount(int resource) const
{
    return valid(resource, m_slots.size()) ? m_slots[std::size_t(resource)] : 0;
}

void SceneIndex::indexHolds(int resource)
{
    // Sweep the holds once, giving each the lowest free slot, and keep the set in force after every
    // change point, so a lookup is one binary search however long the run.
    const auto& holds = m_trace.holds(resource);
    const qint64 end = m_trace.duration();
    struct Change {
        qint64 time;
        bool begins;
        int hold;
    };
    std::vector<Change> changes;
    changes.reserve(holds.size() * 2);
    for (std::size_t i = 0; i < holds.size(); ++i) {
        const HoldInterval& h = holds[i];
        if (h.end <= h.start && h.end != end)
            continue; // held for no time at all
        changes.push_back({ h.start, true, int(i) });
        if (h.end < end)
            changes.push_back({ h.end, false, int(i) }); // held to the end stays held at the end
    }
    // At one instant a release comes before the acquire it hands over to.
    std::stable_sort(changes.begin(), changes.end(),
        [](const Change& a, const Change& b) { return a.time != b.time ? a.time < b.time : (!a.begins && b.begins); });

    HoldTimeline& tl = m_holds[std::size_t(resource)];
    tl.offsets.push_back(0);
    std::vector<ActiveHold> active;
    int most = 0;
    for (std::size_t i = 0; i < changes.size();) {
        const qint64 time = changes[i].time;
        for (; i < changes.size() && changes[i].time == time; ++i) {
            const Change& c = changes[i];
            if (c.begins) {
                int slot = 0;
                while (std::any_of(active.begin(), active.end(), [&](const ActiveHold& a) { return a.slot == slot; }))
                    ++slot;
                active.push_back({ c.hold, slot });
            } else {
                std::erase_if(active, [&](const ActiveHold& a) { return a.hold == c.hold; });
            }
        }
        std::sort(
            active.begin(), active.end(), [](const ActiveHold& a, const ActiveHold& b) { return a.slot < b.slot; });
        most = std::max(most, int(active.size()));
        for (const ActiveHold& a : active)
            most = std::max(most, a.slot + 1);
        tl.times.push_back(time);
        tl.active.insert(tl.active.end(), active.begin(), active.end());
        tl.offsets.push_back(quint32(tl.active.size()));
    }

    const ResourceInfo& info = m_trace.resources()[std::size_t(resource)];
    switch (info.kind) {
    case ResourceKind::Mutex:
    case ResourceKind::RMutex:
        m_slots[std::size_t(resource)] = 1;
        break;
    case ResourceKind::Semaphore:
        m_slots[std::size_t(resource)] = int(std::max<qint64>(info.capacity, most));
        break;
    default:
        m_slots[std::size_t(resource)] = most;
        break;
    }
}

void SceneIndex::indexWaits()
{
    std::vector<std::vector<std::pair<qint64, int>>> deltas(m_trace.resources().size());
    for (std::size_t a = 0; a < m_trace.actors().size(); ++a) {
        for (const StateInterval& s : m_trace.states(int(a))) {
            if (!valid(s.resource, deltas.size()) || !waitsInQueue(s.state) || s.end <= s.start)
                continue;
            deltas[std::size_t(s.resource)].push_back({ s.start, 1 });
            deltas[std::size_t(s.resource)].push_back({ s.end, -1 });
        }
    }
    for (std::size_t r = 0; r < deltas.size(); ++r) {
        auto& d = deltas[r];
        std::sort(d.begin(), d.end()); // at one instant a leave (-1) sorts before an arrival
        int now = 0;
        for (const auto& [time, step] : d) {
            now += step;
            m_maxWaiters[r] = std::max(m_maxWaiters[r], now);
        }
    }
}

void SceneIndex::indexMessages()
{
    // From the events rather than Trace::flows(): a message still on its way (a live run, a run cut
    // off) has no end yet, and it is exactly what the picture must show in flight.
    const std::size_t nResources = m_trace.resources().size();
    m_messagesOn.resize(nResources);
    std::unordered_map<quint32, std::size_t> open;
    for (const Event& e : m_trace.events()) {
        if (e.type == EventType::FlowBegin) {
            const auto kind = FlowKind(e.code);
            if ((kind != FlowKind::Put && kind != FlowKind::Send && kind != FlowKind::Submit)
                || !valid(e.resource, nResources))
                continue;
            open[e.flow] = m_messages.size();
            m_messagesOn[std::size_t(e.resource)].push_back(int(m_messages.size()));
            m_messages.push_back({ kind, e.resource, e.actor, -1, e.time, -1, e.value });
        } else if (e.type == EventType::FlowEnd) {
            const auto it = open.find(e.flow);
            if (it == open.end())
                continue;
            m_messages[it->second].to = e.actor;
            m_messages[it->second].arrived = e.time;
            open.erase(it);
        }
    }
}

std::vector<const SceneIndex::Message*> SceneIndex::inFlight(int resource, qint64 t) const
{
    std::vector<const Message*> out;
    if (!valid(resource, m_messagesOn.size()))
        return out;
    for (int i : m_messagesOn[std::size_t(resource)]) {
        const Message& m = m_messages[std::size_t(i)];
        if (m.sent > t)
            break; // by sending time
        if (m.arrived < 0 || m.arrived > t)
            out.push_back(&m);
    }
    return out;
}

const std::vector<int>& SceneIndex::messagesOn(int resource) const
{
    static const std::vector<int> none;
    return valid(resource, m_messagesOn.size()) ? m_messagesOn[std::size_t(resource)] : none;
}

const Instant* SceneIndex::outcomeOf(int resource, qint64 t) const
{
    if (!valid(resource, m_instantsOn.size()))
        return nullptr;
    const auto& list = m_instantsOn[std::size_t(resource)];
    const auto& instants = m_trace.instants();
    auto it = std::upper_bound(
        list.begin(), list.end(), t, [&](qint64 time, int i) { return time < instants[std::size_t(i)].time; });
    while (it != list.begin()) {
        const Instant& i = instants[std::size_t(*--it)];
        if (i.kind == InstantKind::Result || i.kind == InstantKind::Exception || i.kind == InstantKind::Cancel)
            return &i;
    }
    return nullptr;
}

std::vector<SceneIndex::ActiveHold> SceneIndex::holdsAt(int resource, qint64 t) const
{
    if (!valid(resource, m_holds.size()))
        return {};
    const HoldTimeline& tl = m_holds[std::size_t(resource)];
    const auto it = std::upper_bound(tl.times.begin(), tl.times.end(), t);
    const std::size_t k = std::size_t(it - tl.times.begin()); // change points at or before t
    if (k == 0)
        return {};
    return { tl.active.begin() + tl.offsets[k - 1], tl.active.begin() + tl.offsets[k] };
}

bool SceneIndex::wasSet(int resource, qint64 t) const
{
    if (!valid(resource, m_setTimes.size()))
        return false;
    const auto& times = m_setTimes[std::size_t(resource)];
    return !times.empty() && times.front() <= t;
}

const Flow* SceneIndex::lastWake(int actor, qint64 t) const
{
    if (!valid(actor, m_arrivals.size()))
        return nullptr;
    const auto& list = m_arrivals[std::size_t(actor)];
    const auto& flows = m_trace.flows();
    auto it = std::upper_bound(
        list.begin(), list.end(), t, [&](qint64 time, int f) { return time < flows[std::size_t(f)].fromTime; });
    if (it == list.begin())
        return nullptr;
    const Flow& f = flows[std::size_t(*std::prev(it))];
    return f.toTime > t - m_wakeWindow ? &f : nullptr;
}

namespace {

// The last of `list` (indices into `instants`, in time order) in (from, to].
const Instant* lastIn(const std::vector<int>& list, const std::vector<Instant>& instants, qint64 from, qint64 to)
{
    auto it = std::upper_bound(
        list.begin(), list.end(), to, [&](qint64 time, int i) { return time < instants[std::size_t(i)].time; });
    if (it == list.begin())
        return nullptr;
    const Instant& i = instants[std::size_t(*std::prev(it))];
    return i.time > from ? &i : nullptr;
}

} // namespace

const Instant* SceneIndex::lastMark(int actor, qint64 from, qint64 to) const
{
    return valid(actor, m_marks.size()) ? lastIn(m_marks[std::size_t(actor)], m_trace.instants(), from, to) : nullptr;
}

const Instant* SceneIndex::lastInstantOn(int resource, qint64 from, qint64 to) const
{
    return valid(resource, m_instantsOn.size())
        ? lastIn(m_instantsOn[std::size_t(resource)], m_trace.instants(), from, to)
        : nullptr;
}

const DeadlockInfo* SceneIndex::deadlockAt(qint64 t) const
{
    return !m_deadlocks.empty() && m_deadlocks.front().formed <= t ? &m_deadlocks.front() : nullptr;
}

qint64 SceneIndex::firstStart(int actor) const
{
    return valid(actor, m_firstStart.size()) ? m_firstStart[std::size_t(actor)] : -1;
}

bool SceneIndex::everIn(State s) const
{
    return !m_everIn[std::size_t(s)].empty();
}

const std::vector<int>& SceneIndex::actorsEverIn(State s) const
{
    return m_everIn[std::size_t(s)];
}

std::optional<qint64> SceneIndex::expectedValue() const
{
    const QVariant v = m_trace.meta().outcome.value(QStringLiteral("expected"));
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

void SceneIndex::indexDeadlocks()
{
    const auto& events = m_trace.events();
    for (const Instant& i : m_trace.instants()) {
        // The detector marks every stuck actor at once; the first mark stands for the finding.
        if (i.kind != InstantKind::Deadlock || !m_deadlocks.empty())
            continue;
        // The detector may stamp its finding a hair before the last wait it saw was recorded: look
        // at the instant itself, then at the next few moments, until the cycle shows.
        DeadlockInfo info = findCycle(i.time);
        std::size_t next = m_trace.firstEventAtOrAfter(i.time + 1);
        for (int tries = 0; info.actors.empty() && tries < 8 && next < events.size(); ++tries) {
            DeadlockInfo later = findCycle(events[next].time);
            if (!later.actors.empty())
                info = later;
            next = m_trace.firstEventAtOrAfter(events[next].time + 1);
        }
        info.time = i.time;
        info.text = i.text;
        // It formed when the last of its actors began to wait; from then on nobody could move.
        info.formed = 0;
        for (int a : info.actors.empty() ? info.stuck : info.actors) {
            if (const StateInterval* s = m_trace.stateAt(a, i.time))
                info.formed = std::max(info.formed, s->start);
        }
        info.formed = std::min(info.formed, i.time);
        m_deadlocks.push_back(std::move(info));
    }
}

DeadlockInfo SceneIndex::findCycle(qint64 t) const
{
    const std::size_t n = m_trace.actors().size();
    std::vector<int> waitsOn(n, -1);
    std::vector<char> alive(n, 0);
    DeadlockInfo info;
    for (std::size_t a = 0; a < n; ++a) {
        const StateInterval* s = m_trace.stateAt(int(a), t);
        if (!s || isTerminal(s->state))
            continue;
        alive[a] = 1;
        if (s->resource >= 0 && waitsInQueue(s->state)) {
            waitsOn[a] = s->resource;
            info.stuck.push_back(int(a));
        }
    }
    auto holdersOf = [&](int r) {
        std::vector<int> out;
        const ResourceInfo& res = m_trace.resources()[std::size_t(r)];
        if (res.kind == ResourceKind::Thread) {
            if (valid(res.owner, n) && alive[std::size_t(res.owner)])
                out.push_back(res.owner);
            return out;
        }
        for (const ActiveHold& h : holdsAt(r, t))
            out.push_back(m_trace.holds(r)[std::size_t(h.hold)].actor);
        return out;
    };

    // Depth-first search for a cycle in "waits for a resource held by".
    std::vector<char> colour(n, 0); // 0 new, 1 on the path, 2 done
    std::vector<int> path;
    std::function<bool(int)> visit = [&](int a) {
        colour[std::size_t(a)] = 1;
        path.push_back(a);
        if (valid(waitsOn[std::size_t(a)], m_trace.resources().size())) {
            for (int h : holdersOf(waitsOn[std::size_t(a)])) {
                if (!valid(h, n))
                    continue;
                if (colour[std::size_t(h)] == 1) {
                    const auto from = std::find(path.begin(), path.end(), h);
                    info.actors.assign(from, path.end());
                    return true;
                }
                if (colour[std::size_t(h)] == 0 && visit(h))
                    return true;
            }
        }
        path.pop_back();
        colour[std::size_t(a)] = 2;
        return false;
    };
    for (std::size_t a = 0; a < n && info.actors.empty(); ++a) {
        if (colour[a] == 0 && waitsOn[a] >= 0)
            visit(int(a));
    }
    for (int a : info.actors)
        info.resources.push_back(waitsOn[std::size_t(a)]);
    return info;
}

} // namespace interleave
