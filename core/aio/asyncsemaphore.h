// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"
#include "aio/scopedacquire.h"
#include "aio/waitqueue.h"

#include <utility>
#include <vector>

namespace interleave::aio {

class Semaphore;
using SemaphoreGuard = ReleaseGuard<Semaphore>;

// asyncio.Semaphore(value): FIFO; a release with waiters hands the permit to the first (a Release
// flow). A Semaphore resource with capacity = value, Counter = permits available, a hold per permit.
class Semaphore {
public:
    Semaphore(EventLoop& loop, int value, const QString& name = QStringLiteral("semaphore"));
    ~Semaphore();
    Semaphore(const Semaphore&) = delete;
    Semaphore& operator=(const Semaphore&) = delete;

    struct Acquire {
        Semaphore* sem;
        WaitQueueNode node;
        bool await_ready();
        void await_suspend(std::coroutine_handle<> h);
        void await_resume();
    };
    Acquire acquire() { return Acquire { this, {} }; }
    ScopedAcquire<Semaphore> scoped() { return { { this, {} }, this }; }
    void release(); // by the current task (its newest permit) or anyone
    bool locked() const { return m_value == 0; }
    int value() const { return m_value; }
    int resource() const { return m_resource; }

private:
    void take(TaskCore* t);
    void recordLevel();

    EventLoop& m_loop;
    int m_resource;
    int m_value;
    std::vector<std::pair<TaskCore*, qint64>> m_holders; // who holds a permit, with its hold id
    WaitQueue m_waiters;
};

} // namespace interleave::aio
