// SPDX-License-Identifier: MIT
#pragma once

#include "process/fdtable.h"

#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace interleave {

class RunContext;
class ProcessState;

// multiprocessing.Process: a real child process running the worker executable with a named entry
// (see ChildEntries), an actor of kind Process with its real pid. A handle: copies refer to the same
// process. The run owns the child: a thread of the parent (the child's monitor) spawns it, turns its
// events into the run's trace, and reaps it; the engine joins that thread at the end of the run, so
// a child never outlives its run. On stop, cancel, a deadlock, or the end of the run for a daemon,
// the monitor kills the child (SIGKILL) and reaps it. Non-daemon children are waited for at the end
// of the run, as Python waits for them at exit.
class Process {
public:
    Process() = default;
    // `name` empty: "Process-<n>" as Python numbers them.
    Process(RunContext& ctx, const QString& entry, const ProcessArgs& args = {}, const QString& name = {},
        bool daemon = false);

    void start(); // spawn flow from the caller; RuntimeError when started twice
    bool join(double timeoutMs = -1); // true once the child has ended and been reaped; interruptible
    bool isAlive() const;
    std::optional<int> exitcode() const; // none while running; -N when killed by signal N
    void terminate(); // SIGTERM, as Python's terminate()
    void kill(); // SIGKILL, as Python's kill()

    qint64 pid() const; // 0 until spawned
    int actor() const;
    int resource() const; // the join handle
    QString name() const;
    bool isValid() const { return bool(m_state); }
    // After join(): what the entry returned (null if nothing or it failed), and its error text
    // ("ValueError: boom", "killed by SIGKILL", "exit code 3"), empty when it ended well.
    QJsonValue result() const;
    QString error() const;

    // The name a new process would get: "<prefix>-<n>", n = 1 + those already named so in the run.
    static QString nextName(RunContext& ctx, const QString& prefix);

private:
    std::shared_ptr<ProcessState> m_state;
};

} // namespace interleave
