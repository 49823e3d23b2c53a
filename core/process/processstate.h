// SPDX-License-Identifier: MIT
#pragma once

#include "sync/thread.h"

#include <QJsonArray>
#include <QJsonValue>

#include <mutex>
#include <optional>
#include <vector>

#include <sys/types.h>

namespace interleave {

class RunContext;

// Internal to Process: the child's state, shared by the handles and the monitor thread.
class ProcessState {
public:
    ProcessState(RunContext& ctx, const QString& entry, QJsonArray args, std::vector<int> fds);
    ~ProcessState();

    RunContext& ctx;
    Thread monitorThread; // the parent-side thread that stands for the child (its actor is the child's)
    const QString entry;
    const QJsonArray args;
    const std::vector<int> fds; // the parent's descriptors to pass (owned by the shareables)
    // Copies of `fds` taken by start(), so that the caller may close its own right after start(), as
    // in Python; the monitor closes them once the child has its own.
    std::vector<int> passed;

    void monitor(); // the monitor thread's body
    void signal(int sig, bool byTerminate);

    mutable std::mutex m; // guards what follows
    bool started = false;
    pid_t pid = 0;
    bool reaped = false;
    std::optional<int> exitcode;
    QJsonValue result;
    QString error;
    int pendingSignal = 0; // asked for before the child was spawned
    bool terminated = false; // by terminate() or kill(): the end is "cancelled", not "failed"
    quint32 cancelFlow = 0;
};

} // namespace interleave
