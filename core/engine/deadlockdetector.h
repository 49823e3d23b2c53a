// SPDX-License-Identifier: MIT
#pragma once

#include "engine/runcontext.h"

#include <QStringList>
#include <QVariantMap>

namespace interleave {

// Watches a live run for the moment nobody can proceed: every live actor is in a wait that does not
// end by itself, and nothing has been recorded since the previous check, twice in a row. It then
// explains why (a cycle in the wait-for graph, or waits nobody can end: a lost wake-up), marks each
// stuck actor with a deadlock instant and stops the run.
class DeadlockDetector {
public:
    explicit DeadlockDetector(RunContext& ctx);

    static constexpr int IntervalMs = 100; // how often the runner calls check()

    // Returns true once, when it has found the run stuck and requested the stop.
    bool check();
    // `deadlock`, `cycle`, `cycle_resources`, `reason`; empty until found.
    QVariantMap outcome() const { return m_outcome; }

    // What a stuck run looks like, for the detector and its tests.
    struct Finding {
        QStringList cycle; // actor names, each waiting for the resource held by the next
        QStringList cycleResources; // what each of them waits for, same order
        QString reason; // for people
        std::vector<int> stuck; // actors to mark
    };
    static Finding analyse(const std::vector<RunContext::ActorWait>& table, const std::vector<ActorInfo>& actors,
        const std::vector<ResourceInfo>& resources, const std::vector<std::vector<int>>& holders);

private:
    RunContext& m_ctx;
    quint64 m_lastCount = ~quint64(0);
    int m_stuckChecks = 0;
    bool m_found = false;
    QVariantMap m_outcome;
};

} // namespace interleave
