// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QVariantMap>

#include <condition_variable>
#include <mutex>

namespace interleave {

class Recorder;
class RunContext;
class Scenario;
class DeadlockDetector;

// One run from start to trace, on the calling thread (which becomes the main actor), with a
// watchdog thread beside it for deadlocks, the time limit and cancel. Used by the Runner both live
// and blocking. When exec() returns, every thread the run started has been joined.
class RunJob {
public:
    RunJob(Recorder& recorder, const Scenario& scenario, QVariantMap params, quint64 seed, int timeLimitMs);
    RunJob(const RunJob&) = delete;
    RunJob& operator=(const RunJob&) = delete;

    // The recorder must have been reset; nobody else may record into it meanwhile.
    Trace exec();
    // Thread-safe, also before exec() and after it returned. The run ends within 200 ms.
    void cancel();

private:
    void watch(RunContext& ctx, DeadlockDetector& detector);
    static void finishThreads(RunContext& ctx);

    Recorder& m_recorder;
    const Scenario& m_scenario;
    const QVariantMap m_params;
    const quint64 m_seed;
    const int m_timeLimitMs;

    std::mutex m_mutex; // guards what follows
    std::condition_variable m_cv;
    bool m_cancel = false;
    bool m_done = false;
    QVariantMap m_engineOutcome;
};

} // namespace interleave
