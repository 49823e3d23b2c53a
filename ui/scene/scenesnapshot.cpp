// SPDX-License-Identifier: MIT
#include "scene/scenesnapshot.h"

#include <algorithm>
#include <memory>

namespace interleave {

SceneSnapshot SceneSnapshot::at(const Trace& trace, qint64 t)
{
    return at(*SceneIndex::shared(trace), t);
}

SceneSnapshot SceneSnapshot::at(const SceneIndex& index, qint64 t)
{
    const Trace& trace = index.trace();
    SceneSnapshot s;
    s.time = t;
    const std::size_t nActors = trace.actors().size();
    const std::size_t nResources = trace.resources().size();

    s.resources.resize(nResources);
    for (std::size_t r = 0; r < nResources; ++r) {
        ResourceSnapshot& rs = s.resources[r];
        const ResourceInfo& info = trace.resources()[r];
        rs.resource = int(r);
        rs.kind = info.kind;
        rs.capacity = info.capacity;
        const auto& series = trace.counter(int(r));
        const auto upTo = std::upper_bound(
            series.begin(), series.end(), t, [](qint64 time, const CounterPoint& p) { return time < p.time; });
        if (upTo != series.begin()) {
            rs.level = std::prev(upTo)->value;
            rs.initial = series.front().value;
            rs.updates = qint64(upTo - series.begin()) - 1;
        }
        for (const SceneIndex::ActiveHold& h : index.holdsAt(int(r), t)) {
            const HoldInterval& hold = trace.holds(int(r))[std::size_t(h.hold)];
            rs.holders.push_back({ hold.actor, hold.start, h.slot });
        }
        if (info.kind == ResourceKind::RMutex)
            rs.depth = rs.holders.empty() ? 0 : int(std::max<qint64>(1, rs.level.value_or(1)));
        else if (info.kind == ResourceKind::Mutex)
            rs.depth = rs.holders.empty() ? 0 : 1;
        if (info.kind == ResourceKind::Event)
            rs.isSet = rs.level ? *rs.level != 0 : index.wasSet(int(r), t);
        if (info.kind == ResourceKind::Future || info.kind == ResourceKind::Thread) {
            if (const Instant* i = index.outcomeOf(int(r), t))
                rs.end = EndSnapshot { i->kind, i->value, i->text, i->time, i->actor };
        }
        const auto& carried = index.messagesOn(int(r));
        rs.viaSubmit = info.kind == ResourceKind::Future && !carried.empty();
        rs.submitted = info.kind == ResourceKind::Future && !carried.empty()
            && index.messages()[std::size_t(carried.front())].sent <= t;
        for (const SceneIndex::Message* m : index.inFlight(int(r), t)) {
            s.messages.push_back({ m->resource, m->kind, m->from, m->to, m->sent, m->arrived, m->value });
            ++rs.inFlight;
        }
    }
    std::stable_sort(s.messages.begin(), s.messages.end(),
        [](const MessageSnapshot& x, const MessageSnapshot& y) { return x.sent < y.sent; });

    s.actors.resize(nActors);
    for (std::size_t a = 0; a < nActors; ++a) {
        ActorSnapshot& as = s.actors[a];
        as.actor = int(a);
        const qint64 first = index.firstStart(int(a));
        as.started = first >= 0 && first <= t;
        if (!as.started)
            continue;
        if (const StateInterval* st = trace.stateAt(int(a), t)) {
            as.state = st->state;
            as.since = st->start;
            as.alive = !isTerminal(st->state);
            if (as.alive && waitsInQueue(st->state) && st->resource >= 0 && std::size_t(st->resource) < nResources) {
                as.waitsOn = st->resource;
                s.resources[std::size_t(st->resource)].waiters.push_back(int(a));
            }
        }
        if (const Flow* f = index.lastWake(int(a), t))
            as.wake = Wake { f->fromActor, f->kind, f->resource, f->fromTime, f->toTime };
    }

    for (ResourceSnapshot& rs : s.resources) {
        // The queue's order is the order the waits began; the actor index breaks ties.
        std::sort(rs.waiters.begin(), rs.waiters.end(), [&](int x, int y) {
            const qint64 sx = s.actors[std::size_t(x)].since;
            const qint64 sy = s.actors[std::size_t(y)].since;
            return sx != sy ? sx < sy : x < y;
        });
        if (rs.kind == ResourceKind::Thread) {
            const int owner = trace.resources()[std::size_t(rs.resource)].owner;
            if (owner >= 0 && std::size_t(owner) < nActors && s.actors[std::size_t(owner)].alive)
                rs.holders.push_back({ owner, index.firstStart(owner), 0 });
        }
        for (const HolderSnapshot& h : rs.holders) {
            if (h.actor >= 0 && std::size_t(h.actor) < nActors && rs.kind != ResourceKind::Thread)
                s.actors[std::size_t(h.actor)].holding.push_back(rs.resource);
        }
    }
    for (ActorSnapshot& as : s.actors) {
        std::stable_sort(as.holding.begin(), as.holding.end(), [&](int x, int y) {
            auto since = [&](int r) {
                for (const HolderSnapshot& h : s.resources[std::size_t(r)].holders) {
                    if (h.actor == as.actor)
                        return h.since;
                }
                return qint64(0);
            };
            return since(x) < since(y);
        });
    }

    if (const DeadlockInfo* d = index.deadlockAt(t))
        s.deadlock = *d;
    return s;
}

const ActorSnapshot* SceneSnapshot::actor(int a) const
{
    return a >= 0 && std::size_t(a) < actors.size() ? &actors[std::size_t(a)] : nullptr;
}

const ResourceSnapshot* SceneSnapshot::resource(int r) const
{
    return r >= 0 && std::size_t(r) < resources.size() ? &resources[std::size_t(r)] : nullptr;
}

int SceneSnapshot::queuePosition(int a) const
{
    const ActorSnapshot* as = actor(a);
    if (!as || as->waitsOn < 0)
        return -1;
    const auto& q = resources[std::size_t(as->waitsOn)].waiters;
    const auto it = std::find(q.begin(), q.end(), a);
    return it == q.end() ? -1 : int(it - q.begin());
}

std::vector<const MessageSnapshot*> SceneSnapshot::messagesOn(int resource) const
{
    std::vector<const MessageSnapshot*> out;
    for (const MessageSnapshot& m : messages) {
        if (m.resource == resource)
            out.push_back(&m);
    }
    return out;
}

bool SceneSnapshot::samePicture(const SceneSnapshot& o) const
{
    if (actors.size() != o.actors.size() || resources.size() != o.resources.size())
        return false;
    for (std::size_t a = 0; a < actors.size(); ++a) {
        const ActorSnapshot& x = actors[a];
        const ActorSnapshot& y = o.actors[a];
        if (x.started != y.started || x.state != y.state || x.waitsOn != y.waitsOn || x.holding != y.holding)
            return false;
    }
    for (std::size_t r = 0; r < resources.size(); ++r) {
        const ResourceSnapshot& x = resources[r];
        const ResourceSnapshot& y = o.resources[r];
        if (x.waiters != y.waiters || x.holders.size() != y.holders.size())
            return false;
        for (std::size_t h = 0; h < x.holders.size(); ++h) {
            if (x.holders[h].actor != y.holders[h].actor || x.holders[h].slot != y.holders[h].slot)
                return false;
        }
    }
    return true;
}

} // namespace interleave
