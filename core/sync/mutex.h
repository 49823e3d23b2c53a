// SPDX-License-Identifier: MIT
#pragma once

#include "sync/lockable.h"

#include <deque>
#include <mutex>

namespace interleave {

// threading.Lock, instrumented. Waiters queue in FIFO order and the lock is handed to the first one
// on release (a release -> acquire flow). Any thread may release it, as in Python.
class Mutex : public Lockable {
public:
    Mutex(RunContext& ctx, const QString& name);
    ~Mutex() override;

    bool acquire(bool blocking = true, double timeoutMs = -1) override;
    void release() override;
    bool locked() const;
    int owner() const; // actor, or -1
    bool isOwnedByCaller() const override;
    int releaseAll() override;
    void restore(int saved) override;

    void interruptWaiters() override;
    std::vector<int> holders() const override;
    std::vector<int> waiters() const override;

private:
    struct Waiter;
    mutable std::mutex m_m;
    int m_owner = -1;
    qint64 m_holdId = 0;
    Waiter* m_pending = nullptr; // handed the lock, not yet running
    std::deque<Waiter*> m_waiters;
};

} // namespace interleave
