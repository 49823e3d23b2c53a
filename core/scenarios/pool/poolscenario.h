// SPDX-License-Identifier: MIT
#pragma once

#include "engine/scenario.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace interleave {

class Executor;
class RunContext;

// What the pool.* scenarios share: their category, a translation context ("Scenario") and the report
// every one of them gives about its futures.
class PoolScenario : public Scenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString category() const override { return QStringLiteral("pool"); }

protected:
    // A print() in the Python snippet: an instant on the calling actor's lane (on `resource` if any).
    static void mark(RunContext& ctx, const QString& text, int resource = -1);
    // The run's clock in ms.
    static double nowMs(RunContext& ctx);
    // Raises `value` to at least `candidate` (for "at most N at once" measurements).
    static void raiseTo(std::atomic<int>& value, int candidate);
    // Python's repr of a list of ints, for the marks: "[0, 1, 4]".
    static QString pyList(const QVariantList& values);

    // Sets `results` (null where there is none), `cancelled` and `exceptions` (the message or empty), per
    // future in submission order, and `completion_order` (the tasks that finished, in the order they did).
    static void reportFutures(RunContext& ctx, const Executor& ex);
};

// One factory per scenario, in catalog order (see poolscenarios.cpp).
std::unique_ptr<Scenario> makePoolMapScenario();
std::unique_ptr<Scenario> makeAsCompletedScenario();
std::unique_ptr<Scenario> makePoolCancelScenario();
std::unique_ptr<Scenario> makePoolExceptionScenario();
std::unique_ptr<Scenario> makePoolShutdownScenario();
std::unique_ptr<Scenario> makeGilScenario();

} // namespace interleave
