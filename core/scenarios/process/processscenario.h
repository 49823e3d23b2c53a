// SPDX-License-Identifier: MIT
#pragma once

#include "engine/scenario.h"
#include "process/process.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace interleave {

class RunContext;
class Side;

// What the process.* scenarios share: their category, a translation context ("Scenario") and a few
// small steps (printing a line, starting and joining a group, measuring overlap in the trace).
class ProcessScenario : public Scenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString category() const override { return QStringLiteral("process"); }

protected:
    // A print() in the Python snippet: an instant on the caller's lane (parent or worker).
    static void mark(RunContext& ctx, const QString& text);
    static void mark(Side& side, const QString& text);
    static void startAll(std::vector<Process>& processes);
    static void joinAll(std::vector<Process>& processes);
    // The most holds of any of `resources` open at one moment, read from what was recorded (call it
    // once the children are joined: their events are all in by then).
    static int maxConcurrentHolds(RunContext& ctx, const std::vector<int>& resources);
};

std::unique_ptr<Scenario> makeProcessStartJoinScenario();
std::unique_ptr<Scenario> makeProcessPoolScenario();
std::unique_ptr<Scenario> makeProcessQueueScenario();
std::unique_ptr<Scenario> makeProcessPipeScenario();
std::unique_ptr<Scenario> makeProcessLockScenario();
std::unique_ptr<Scenario> makeProcessValueScenario();
std::unique_ptr<Scenario> makeProcessArrayScenario();
std::unique_ptr<Scenario> makeProcessManagerScenario();

} // namespace interleave
