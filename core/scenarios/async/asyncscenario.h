// SPDX-License-Identifier: MIT
#pragma once

#include "aio/aio.h"
#include "engine/scenario.h"

#include <QCoreApplication>

#include <memory>

namespace interleave {

class RunContext;

// What the async.* scenarios share: their category, a translation context ("Scenario") and small
// steps they all take (a print() as an instant, the loop's clock in ms).
class AsyncScenario : public Scenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString category() const override { return QStringLiteral("async"); }

    // A print() in the Python snippet: an instant on the running task's lane.
    static void mark(const QString& text);
    // The run's clock in whole milliseconds.
    static qint64 nowMs(RunContext& ctx);
};

// One factory per scenario, in catalog order (see asyncscenarios.cpp).
std::unique_ptr<Scenario> makeAsyncHelloScenario();
std::unique_ptr<Scenario> makeAsyncTasksScenario();
std::unique_ptr<Scenario> makeAsyncGatherScenario();
std::unique_ptr<Scenario> makeAsyncWaitScenario();
std::unique_ptr<Scenario> makeAsyncWaitForScenario();
std::unique_ptr<Scenario> makeAsyncLockScenario();
std::unique_ptr<Scenario> makeAsyncSemaphoreScenario();
std::unique_ptr<Scenario> makeAsyncGeneratorScenario();
std::unique_ptr<Scenario> makeAsyncCancelScenario();
std::unique_ptr<Scenario> makeAsyncQueueScenario();
std::unique_ptr<Scenario> makeAsyncBlockingScenario();

} // namespace interleave
