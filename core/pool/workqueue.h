// SPDX-License-Identifier: MIT
#pragma once

#include "pool/workitem.h"
#include "sync/waitable.h"

#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace interleave {

// An executor's work queue (queue.SimpleQueue in Python): unbounded, FIFO, a blocking get() for idle
// workers. A null item is the shutdown sentinel (Python's None). The number of work items queued is a
// counter in the trace; an item put while a worker waits goes straight to that worker.
class WorkQueue : public Waitable {
public:
    using Item = std::shared_ptr<WorkItem>;

    WorkQueue(RunContext& ctx, const QString& name);
    ~WorkQueue() override;

    void put(Item item); // never blocks
    Item get(); // blocks while empty; interruptible
    std::optional<Item> tryGet();
    // Takes every queued work item out (shutdown with cancel_futures); sentinels are dropped.
    std::vector<Item> drain();
    int size() const; // work items queued, sentinels not counted

    void interruptWaiters() override;
    std::vector<int> holders() const override; // nobody holds a queue
    std::vector<int> waiters() const override; // idle workers, longest idle first

private:
    struct Getter;
    void recordLevel(int actor); // m_m held
    mutable std::mutex m_m;
    std::deque<Item> m_items;
    int m_workItems = 0;
    std::deque<Getter*> m_getters;
};

} // namespace interleave
