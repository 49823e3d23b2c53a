// SPDX-License-Identifier: MIT
#pragma once

#include "trace/types.h"

#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace interleave {

struct StateInterval {
    qint64 start = 0;
    qint64 end = 0; // == start for a terminal state (done, cancelled, failed)
    State state = State::Running;
    qint32 resource = -1; // what the actor waits for, or -1
};

struct HoldInterval {
    qint64 start = 0;
    qint64 end = 0; // the run's end when never released
    qint32 actor = -1;
    qint64 id = 0;
};

struct CounterPoint {
    qint64 time = 0;
    qint64 value = 0;
};

struct Flow {
    FlowKind kind = FlowKind::Release;
    quint32 id = 0;
    qint32 fromActor = -1;
    qint32 toActor = -1;
    qint64 fromTime = 0;
    qint64 toTime = 0;
    qint32 resource = -1;
};

struct Instant {
    qint64 time = 0;
    qint32 actor = -1;
    qint32 resource = -1;
    InstantKind kind = InstantKind::Mark;
    qint64 value = 0;
    QString text;
};

// What a run was: scenario, parameters, seed, outcome.
struct TraceMeta {
    QString scenario; // id, e.g. "threads.race"
    QString title; // for people
    QVariantMap params;
    quint64 seed = 0;
    qint64 durationNs = 0; // 0: the last event's time
    QVariantMap outcome;
    QString version = QStringLiteral(INTERLEAVE_VERSION);
};

// The finished, immutable record of a run, with views derived once. Copies share the data.
class Trace {
public:
    Trace();
    static Trace build(TraceMeta meta, std::vector<ActorInfo> actors, std::vector<ResourceInfo> resources,
        QStringList texts, std::vector<Event> events);

    bool isEmpty() const;
    const TraceMeta& meta() const;
    qint64 duration() const; // ns
    const std::vector<ActorInfo>& actors() const;
    const std::vector<ResourceInfo>& resources() const;
    const QStringList& texts() const;
    const std::vector<Event>& events() const; // sorted by time

    // Derived views.
    const std::vector<StateInterval>& states(int actor) const; // sorted, never overlapping
    const std::vector<HoldInterval>& holds(int resource) const; // sorted by start
    const std::vector<CounterPoint>& counter(int resource) const; // sorted by time; empty if none
    const std::vector<Flow>& flows() const; // complete flows, sorted by fromTime
    const std::vector<Instant>& instants() const; // sorted by time

    // Lookups by time (binary searches).
    const StateInterval* stateAt(int actor, qint64 t) const; // nullptr before start / after the end
    std::vector<HoldInterval> holdersAt(int resource, qint64 t) const;
    std::optional<qint64> counterAt(int resource, qint64 t) const;
    std::size_t firstEventAtOrAfter(qint64 t) const; // index into events()
    std::size_t lastEventAtOrBefore(qint64 t) const; // index into events(); events().size() if none

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace interleave
