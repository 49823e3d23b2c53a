// SPDX-License-Identifier: MIT
#include "engine/deadlockdetector.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace interleave {

namespace {

// Its strings' translation context, "Deadlock", for lupdate and for the lookup alike.
struct DeadlockText {
    Q_DECLARE_TR_FUNCTIONS(Deadlock)
};

QString actorName(const std::vector<ActorInfo>& actors, int a)
{
    return a >= 0 && std::size_t(a) < actors.size() ? actors[std::size_t(a)].name : QStringLiteral("?");
}

const ResourceInfo* resourceAt(const std::vector<ResourceInfo>& resources, int r)
{
    return r >= 0 && std::size_t(r) < resources.size() ? &resources[std::size_t(r)] : nullptr;
}

QString resourceName(const std::vector<ResourceInfo>& resources, int r)
{
    const ResourceInfo* info = resourceAt(resources, r);
    return info ? info->name : QStringLiteral("?");
}

// "lock 'fork 1'": the kind as people say it, then the name.
QString describe(const std::vector<ResourceInfo>& resources, int r)
{
    const ResourceInfo* info = resourceAt(resources, r);
    if (!info)
        return DeadlockText::tr("an unknown resource");
    QString kind;
    switch (info->kind) {
    case ResourceKind::Mutex:
        kind = DeadlockText::tr("lock");
        break;
    case ResourceKind::RMutex:
        kind = DeadlockText::tr("RLock");
        break;
    case ResourceKind::Condition:
        kind = DeadlockText::tr("condition");
        break;
    case ResourceKind::Event:
        kind = DeadlockText::tr("event");
        break;
    case ResourceKind::Semaphore:
        kind = DeadlockText::tr("semaphore");
        break;
    case ResourceKind::Barrier:
        kind = DeadlockText::tr("barrier");
        break;
    case ResourceKind::Thread:
        kind = DeadlockText::tr("thread");
        break;
    default:
        kind = resourceKindName(info->kind);
        break;
    }
    return DeadlockText::tr("%1 '%2'").arg(kind, info->name);
}

// One link of a cycle: `who` waits for `r`, which `next` holds.
QString link(const std::vector<ActorInfo>& actors, const std::vector<ResourceInfo>& resources, int r, int next)
{
    const ResourceInfo* info = resourceAt(resources, r);
    if (info && info->kind == ResourceKind::Thread)
        return DeadlockText::tr("waits for %1 to finish").arg(actorName(actors, next));
    return DeadlockText::tr("waits for %1, held by %2").arg(describe(resources, r), actorName(actors, next));
}

// Why one stuck actor cannot go on, when it is part of no cycle.
QString whyStuck(const std::vector<RunContext::ActorWait>& table, const std::vector<ActorInfo>& actors,
    const std::vector<ResourceInfo>& resources, const std::vector<int>& holders, int a)
{
    const int r = table[std::size_t(a)].resource;
    const QString who = actorName(actors, a);
    const ResourceInfo* info = resourceAt(resources, r);
    const ResourceKind kind = info ? info->kind : ResourceKind::Queue;
    if (!holders.empty()) {
        QStringList names;
        bool allEnded = true;
        for (int h : holders) {
            names.append(actorName(actors, h));
            if (std::size_t(h) < table.size() && table[std::size_t(h)].alive)
                allEnded = false;
        }
        if (kind == ResourceKind::Thread)
            return DeadlockText::tr("%1 waits for %2 to finish").arg(who, names.join(QStringLiteral(", ")));
        if (allEnded)
            return DeadlockText::tr("%1 waits for %2, held by %3, which has ended")
                .arg(who, describe(resources, r), names.join(QStringLiteral(", ")));
        return DeadlockText::tr("%1 waits for %2, held by %3")
            .arg(who, describe(resources, r), names.join(QStringLiteral(", ")));
    }
    switch (kind) {
    case ResourceKind::Condition:
        return DeadlockText::tr("%1 waits on %2 but no running thread can notify it: a lost wake-up")
            .arg(who, describe(resources, r));
    case ResourceKind::Event:
        return DeadlockText::tr("%1 waits for %2 but no running thread can set it").arg(who, describe(resources, r));
    case ResourceKind::Barrier:
        return DeadlockText::tr("%1 waits at %2 but no running thread can arrive to fill it")
            .arg(who, describe(resources, r));
    case ResourceKind::Semaphore:
        return DeadlockText::tr("%1 waits for %2 but no running thread can release it")
            .arg(who, describe(resources, r));
    default:
        return DeadlockText::tr("%1 waits for %2 but no running thread can wake it").arg(who, describe(resources, r));
    }
}

// The first cycle in the wait-for graph, searched from the lowest actor index, rotated so that its
// lowest actor comes first.
std::vector<int> findCycle(const std::vector<int>& stuck, const std::vector<std::vector<int>>& edges)
{
    const std::size_t n = edges.size();
    std::vector<int> colour(n, 0); // 0 new, 1 on the path, 2 done
    std::vector<int> path;
    std::vector<int> cycle;
    std::function<bool(int)> visit = [&](int a) {
        colour[std::size_t(a)] = 1;
        path.push_back(a);
        for (int b : edges[std::size_t(a)]) {
            if (b < 0 || std::size_t(b) >= n)
                continue;
            if (colour[std::size_t(b)] == 1) {
                auto it = std::find(path.begin(), path.end(), b);
                cycle.assign(it, path.end());
                return true;
            }
            if (colour[std::size_t(b)] == 0 && visit(b))
                return true;
        }
        path.pop_back();
        colour[std::size_t(a)] = 2;
        return false;
    };
    for (int a : stuck) {
        if (colour[std::size_t(a)] == 0 && visit(a))
            break;
    }
    if (!cycle.empty())
        std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    return cycle;
}

} // namespace

DeadlockDetector::DeadlockDetector(RunContext& ctx)
    : m_ctx(ctx)
{
}

DeadlockDetector::Finding DeadlockDetector::analyse(const std::vector<RunContext::ActorWait>& table,
    const std::vector<ActorInfo>& actors, const std::vector<ResourceInfo>& resources,
    const std::vector<std::vector<int>>& holders)
{
    Finding f;
    std::vector<std::vector<int>> edges(table.size());
    for (std::size_t a = 0; a < table.size(); ++a) {
        const auto& w = table[a];
        if (!w.alive || !w.waiting || w.timed)
            continue;
        f.stuck.push_back(int(a));
        if (a < holders.size()) {
            for (int h : holders[a]) {
                if (h >= 0 && std::size_t(h) < table.size() && table[std::size_t(h)].alive)
                    edges[a].push_back(h);
            }
        }
    }
    const std::vector<int> cycle = findCycle(f.stuck, edges);
    if (!cycle.empty()) {
        const int first = cycle.front();
        const int r0 = table[std::size_t(first)].resource;
        for (int a : cycle) {
            f.cycle.append(actorName(actors, a));
            f.cycleResources.append(resourceName(resources, table[std::size_t(a)].resource));
        }
        if (cycle.size() == 1) {
            f.reason = DeadlockText::tr("%1 waits for %2, which it holds itself")
                           .arg(actorName(actors, first), describe(resources, r0));
        } else {
            f.reason = actorName(actors, first) + QLatin1Char(' ');
            for (std::size_t i = 0; i < cycle.size(); ++i) {
                const int next = cycle[(i + 1) % cycle.size()];
                const QString l = link(actors, resources, table[std::size_t(cycle[i])].resource, next);
                f.reason += i == 0 ? l : DeadlockText::tr(", who %1").arg(l);
            }
        }
        return f;
    }
    // The causes first (waits nobody running can end), then those who wait for them.
    QStringList causes;
    QStringList followers;
    for (int a : f.stuck) {
        const std::vector<int> none;
        const std::vector<int>& held = std::size_t(a) < holders.size() ? holders[std::size_t(a)] : none;
        const bool waitsOnLive = !edges[std::size_t(a)].empty();
        (waitsOnLive ? followers : causes).append(whyStuck(table, actors, resources, held, a));
    }
    f.reason = (causes + followers).join(QStringLiteral("; "));
    return f;
}

bool DeadlockDetector::check()
{
    if (m_found || m_ctx.stopRequested())
        return false;
    const std::vector<RunContext::ActorWait> table = m_ctx.waitTable();
    const quint64 count = m_ctx.recorder().eventCount();
    bool anyLive = false;
    bool allBlocked = true;
    for (const auto& w : table) {
        if (!w.alive)
            continue;
        anyLive = true;
        if (!w.waiting || w.timed)
            allBlocked = false;
    }
    const bool quiet = count == m_lastCount;
    m_lastCount = count;
    m_stuckChecks = anyLive && allBlocked && quiet ? m_stuckChecks + 1 : 0;
    if (m_stuckChecks < 2)
        return false;

    std::vector<std::vector<int>> holders(table.size());
    for (std::size_t a = 0; a < table.size(); ++a) {
        if (table[a].alive && table[a].waiting && table[a].resource >= 0)
            holders[a] = m_ctx.holdersOf(table[a].resource);
    }
    Recorder& rec = m_ctx.recorder();
    const Finding f = analyse(table, rec.actors(), rec.resources(), holders);
    m_found = true;
    m_outcome.insert(QStringLiteral("deadlock"), true);
    if (!f.cycle.isEmpty()) {
        m_outcome.insert(QStringLiteral("cycle"), f.cycle);
        m_outcome.insert(QStringLiteral("cycle_resources"), f.cycleResources);
    }
    m_outcome.insert(QStringLiteral("reason"), f.reason);
    const quint32 text = rec.addText(f.reason);
    for (int a : f.stuck)
        rec.instant(a, InstantKind::Deadlock, table[std::size_t(a)].resource, 0, text);
    m_ctx.requestStop(StopReason::Deadlock);
    return true;
}

} // namespace interleave
