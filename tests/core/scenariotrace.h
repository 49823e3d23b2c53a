// SPDX-License-Identifier: MIT
#pragma once

// Small queries over a finished run, shared by the scenario tests.

#include "engine/runner.h"
#include "trace/trace.h"

#include <QStringList>
#include <QVariantMap>

#include <algorithm>
#include <initializer_list>
#include <map>

namespace interleave::scenariotest {

// Parameters written inline: map({ { "clients", 5 }, { "server", u"async"_s } }).
inline QVariantMap map(std::initializer_list<std::pair<const char*, QVariant>> items)
{
    QVariantMap m;
    for (const auto& [k, v] : items)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

struct Run {
    Trace trace;
    QString error;
    QVariantMap outcome;
};

inline Run runScenario(const QString& id, const QVariantMap& params, int timeLimitMs = 120000)
{
    RunRequest request;
    request.scenario = id;
    request.params = params;
    request.seed = 7;
    request.timeLimitMs = timeLimitMs;
    Run run;
    run.trace = Runner::runBlocking(request, &run.error);
    run.outcome = run.trace.meta().outcome;
    return run;
}

inline int actorIndex(const Trace& t, const QString& name)
{
    const auto& actors = t.actors();
    for (std::size_t i = 0; i < actors.size(); ++i) {
        if (actors[i].name == name)
            return int(i);
    }
    return -1;
}

inline int resourceIndex(const Trace& t, const QString& name)
{
    const auto& resources = t.resources();
    for (std::size_t i = 0; i < resources.size(); ++i) {
        if (resources[i].name == name)
            return int(i);
    }
    return -1;
}

inline QStringList actorNames(const Trace& t, ActorKind kind)
{
    QStringList out;
    for (const ActorInfo& a : t.actors()) {
        if (a.kind == kind)
            out << a.name;
    }
    return out;
}

// The state an actor ended in (done, cancelled, failed), or running when its lane has no end.
inline State finalState(const Trace& t, int actor)
{
    const auto& lane = t.states(actor);
    return lane.empty() ? State::Running : lane.back().state;
}

inline qint64 finalTime(const Trace& t, int actor)
{
    const auto& lane = t.states(actor);
    return lane.empty() ? -1 : lane.back().start;
}

inline std::vector<StateInterval> intervalsIn(const Trace& t, int actor, State s, int resource = -1)
{
    std::vector<StateInterval> out;
    for (const StateInterval& i : t.states(actor)) {
        if (i.state == s && (resource < 0 || i.resource == resource))
            out.push_back(i);
    }
    return out;
}

// The most hold intervals of one resource open at the same moment.
inline int maxOverlap(const std::vector<HoldInterval>& holds)
{
    std::map<qint64, int> delta;
    for (const HoldInterval& h : holds) {
        if (h.end <= h.start)
            continue; // an empty hold never overlaps anything
        ++delta[h.start];
        --delta[h.end]; // ends sort before starts at the same instant: a hand-over is not an overlap
    }
    int open = 0;
    int most = 0;
    for (const auto& [time, d] : delta) {
        open += d;
        most = std::max(most, open);
    }
    return most;
}

inline QStringList markTexts(const Trace& t, int actor)
{
    QStringList out;
    for (const Instant& i : t.instants()) {
        if (i.actor == actor && i.kind == InstantKind::Mark)
            out << i.text;
    }
    return out;
}

inline int countInstants(const Trace& t, InstantKind kind)
{
    return int(std::count_if(t.instants().begin(), t.instants().end(), [kind](const Instant& i) { return i.kind == kind; }));
}

inline std::vector<Flow> flowsOf(const Trace& t, FlowKind kind)
{
    std::vector<Flow> out;
    for (const Flow& f : t.flows()) {
        if (f.kind == kind)
            out.push_back(f);
    }
    return out;
}

inline QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace interleave::scenariotest
