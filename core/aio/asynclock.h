// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"
#include "aio/scopedacquire.h"
#include "aio/waitqueue.h"

namespace interleave::aio {

class Lock;
using LockGuard = ReleaseGuard<Lock>;

// asyncio.Lock: FIFO; release() hands the lock straight to the first waiter (a Release flow), which
// takes it when it next runs. A waiter is Suspended on the lock (a Mutex resource); holds are recorded.
class Lock {
    Q_DECLARE_TR_FUNCTIONS(Lock)
public:
    explicit Lock(EventLoop& loop, const QString& name = QStringLiteral("lock"));
    ~Lock();
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

    struct Acquire {
        Lock* lock;
        WaitQueueNode node;
        bool await_ready();
        void await_suspend(std::coroutine_handle<> h);
        void await_resume();
    };
    Acquire acquire() { return Acquire { this, {} }; } // `co_await lock.acquire()`
    ScopedAcquire<Lock> scoped() { return { { this, {} }, this }; } // `auto guard = co_await lock.scoped()`
    void release(); // RuntimeError when not locked
    bool locked() const { return m_owner != nullptr; }
    TaskCore* owner() const { return m_owner; }
    int resource() const { return m_resource; }
    EventLoop& loop() const { return m_loop; }

private:
    void take(TaskCore* t);

    EventLoop& m_loop;
    int m_resource;
    TaskCore* m_owner = nullptr;
    qint64 m_holdId = 0;
    WaitQueue m_waiters;
};

} // namespace interleave::aio
