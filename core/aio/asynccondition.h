// SPDX-License-Identifier: MIT
#pragma once

#include "aio/async.h"
#include "aio/asynclock.h"

#include <functional>

namespace interleave::aio {

// asyncio.Condition(lock): wait() releases the lock, waits Suspended on the condition until notified
// (a Notify flow), then takes the lock again before it returns (Suspended on the lock meanwhile if it
// is taken), even when cancelled, as asyncio does.
class Condition {
    Q_DECLARE_TR_FUNCTIONS(Condition)
public:
    Condition(Lock& lock, const QString& name = QStringLiteral("condition"));
    ~Condition();
    Condition(const Condition&) = delete;
    Condition& operator=(const Condition&) = delete;

    Lock& lock() const { return m_lock; }
    Async<void> wait(); // RuntimeError unless the lock is held by the current task
    Async<void> waitFor(std::function<bool()> predicate); // while not predicate(): wait()
    void notify(int n = 1);
    void notifyAll();
    int resource() const { return m_resource; }

    struct Notified {
        Condition* cond;
        WaitQueueNode node;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h);
        void await_resume();
    };

private:
    Lock& m_lock;
    EventLoop& m_loop;
    int m_resource;
    WaitQueue m_waiters;
};

} // namespace interleave::aio
