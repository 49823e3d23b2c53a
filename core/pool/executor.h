// SPDX-License-Identifier: MIT
#pragma once

#include "pool/workqueue.h"
#include "sync/thread.h"

#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace interleave {

class Future;
class RunContext;

// concurrent.futures.ThreadPoolExecutor, instrumented. Workers are started lazily by submit() (only
// when no worker is idle, up to max_workers) and named as Python names them, "ThreadPoolExecutor-0_0".
// Make it with RunContext::make so that it lives as long as the run's threads; end it with shutdown()
// (or shutdownAtExit() on the way out, as Python's interpreter does at exit).
class Executor {
public:
    // Throws PyError{"ValueError"} when maxWorkers < 1. `number` is the executor's number in the run.
    Executor(RunContext& ctx, int maxWorkers, int number = 0);
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    // Throws PyError{"RuntimeError"} after shutdown.
    Future& submit(std::function<QVariant()> fn);
    // Submits fn(item) for every item at once, then returns the results in input order, whatever
    // order they finish in. A raising call raises here (the futures not yet done are cancelled).
    QVariantList map(
        const std::function<QVariant(const QVariant&)>& fn, const QVariantList& items, double timeoutMs = -1);
    // No new work after this. cancelFutures cancels what is still queued; wait joins the workers.
    void shutdown(bool wait = true, bool cancelFutures = false);
    // What Python does for every executor at interpreter exit: no waiting, never throws.
    void shutdownAtExit() noexcept;

    int maxWorkers() const { return m_maxWorkers; }
    int threadCount() const;
    std::vector<Thread> threads() const;
    std::vector<Future*> futures() const; // every submitted future, in submission order
    // Submission indices of the futures that finished (a result or an exception), in the order they did.
    QList<int> completionOrder() const;
    int poolResource() const { return m_poolResource; }
    WorkQueue& queue() { return *m_queue; }

private:
    void adjustThreadCount(); // m_m held
    void work(); // a worker's loop
    void runItem(WorkItem& item);
    void setBusy(int delta);

    RunContext& m_ctx;
    const int m_maxWorkers;
    const int m_number;
    int m_poolResource = -1;
    std::unique_ptr<WorkQueue> m_queue;
    std::atomic<int> m_busy { 0 };

    mutable std::mutex m_m; // Python's shutdown lock; guards what follows
    bool m_shutdown = false;
    int m_idle = 0; // Python's idle semaphore: workers that finished an item and may take another
    int m_submitted = 0;
    std::vector<Thread> m_threads;
    std::vector<Future*> m_futures;

    mutable std::mutex m_logMutex; // guards m_completed (written by done callbacks)
    QList<int> m_completed;
};

} // namespace interleave
