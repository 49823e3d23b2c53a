// SPDX-License-Identifier: MIT
#pragma once

#include "engine/scenario.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <vector>

namespace interleave {

class RunContext;
class Thread;

// What the threads.* scenarios share: their category, a translation context ("Scenario") and a few
// small steps every one of them takes (naming threads, printing a line, joining a group).
class ThreadScenario : public Scenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString category() const override { return QStringLiteral("threads"); }

protected:
    // "Thread-1", "Thread-2", ...: the names Python gives threads, so never translated.
    static QString threadName(int number);
    // A print() in the Python snippet: an instant on the calling actor's lane.
    static void mark(RunContext& ctx, const QString& text);
    // The run's clock in whole milliseconds.
    static qint64 nowMs(RunContext& ctx);
    static void startAll(std::vector<Thread>& threads);
    static void joinAll(std::vector<Thread>& threads);
    // Raises `value` to at least `candidate` (for "at most N at once" measurements).
    static void raiseTo(std::atomic<int>& value, int candidate);
};

// One factory per scenario, in catalog order (see threadscenarios.cpp).
std::unique_ptr<Scenario> makeStartJoinScenario();
std::unique_ptr<Scenario> makeDaemonScenario();
std::unique_ptr<Scenario> makeRaceScenario();
std::unique_ptr<Scenario> makeLockScenario();
std::unique_ptr<Scenario> makeRLockScenario();
std::unique_ptr<Scenario> makeConditionScenario();
std::unique_ptr<Scenario> makeEventScenario();
std::unique_ptr<Scenario> makeSemaphoreScenario();
std::unique_ptr<Scenario> makeDeadlockScenario();

} // namespace interleave
