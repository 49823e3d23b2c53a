// SPDX-License-Identifier: MIT
#pragma once

#include "sync/lockable.h"

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace interleave {

class RecursiveMutex;

// threading.Condition over a Lock or an RLock (its own RLock when none is given).
// wait() and notify() need the lock held (RuntimeError otherwise). A notify with nobody waiting is
// lost, exactly as in Python: the lesson of threads.condition.
class Condition : public Waitable {
public:
    Condition(RunContext& ctx, const QString& name, Lockable* lock = nullptr);
    ~Condition() override;

    bool acquire(bool blocking = true, double timeoutMs = -1);
    void release();
    Lockable& lock() { return *m_lock; }

    // Releases the lock, waits for a notify (or the timeout), takes the lock back.
    // Returns false on timeout.
    bool wait(double timeoutMs = -1);
    // Python wait_for(predicate, timeout): returns the predicate's last value.
    bool waitFor(const std::function<bool()>& predicate, double timeoutMs = -1);
    void notify(int n = 1);
    void notifyAll();

    void interruptWaiters() override;
    std::vector<int> holders() const override; // nobody: a condition is not held
    std::vector<int> waiters() const override;

private:
    struct Waiter;
    std::unique_ptr<RecursiveMutex> m_ownLock;
    Lockable* m_lock;
    mutable std::mutex m_m;
    std::deque<Waiter*> m_waiters;
    quint32 m_lostTextId = 0; // "the notification is lost", added to the trace once
};

} // namespace interleave
