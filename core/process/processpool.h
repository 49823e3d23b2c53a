// SPDX-License-Identifier: MIT
#pragma once

#include "process/process.h"

#include <QJsonArray>

#include <memory>

namespace interleave {

class RunContext;

// multiprocessing.Pool(processes): worker processes ("SpawnPoolWorker-<n>", daemons) that take tasks
// from a task queue and send results back. A task is a child entry (see ChildEntries) with arguments;
// each task is a Future resource "task-<i>": a Submit flow from the caller to the worker that takes it,
// the worker's hold while it runs it, a Result instant, and a Wake flow to the caller waiting for it
// (State Waiting on the future). A parent's wait ends when the run stops.
class ProcessPool {
public:
    ProcessPool(RunContext& ctx, int processes);
    ~ProcessPool();
    ProcessPool(const ProcessPool&) = delete;
    ProcessPool& operator=(const ProcessPool&) = delete;

    class AsyncResult {
    public:
        AsyncResult() = default;
        QJsonValue get(double timeoutMs = -1); // the result; the task's exception; TimeoutError
        bool ready() const;
        int task() const { return m_task; }

    private:
        friend class ProcessPool;
        ProcessPool* m_pool = nullptr;
        int m_task = -1;
    };

    QJsonArray map(const QString& entry, const QJsonArray& items); // entry(item) for each, results in order
    QJsonArray starmap(const QString& entry, const QJsonArray& argLists); // entry(*args) for each
    QJsonValue apply(const QString& entry, const QJsonArray& args); // waits for the one result
    AsyncResult applyAsync(const QString& entry, const QJsonArray& args);
    void close(); // no more tasks: each worker ends after the queued ones
    void join(); // after close() or terminate(): waits for every worker
    void terminate(); // stops the workers now
    const std::vector<Process>& workers() const;
    int resource() const; // the Pool resource

private:
    int submit(const QString& entry, const QJsonArray& args);
    QJsonValue wait(int task, double timeoutMs);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace interleave
