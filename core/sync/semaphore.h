// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <deque>
#include <mutex>
#include <vector>

namespace interleave {

// threading.Semaphore / BoundedSemaphore. Waiters queue FIFO; a release hands its permit to the first
// waiter (a release -> acquire flow). The available permits are a counter in the trace, and each
// permit held is a hold interval on its holder.
class Semaphore : public Waitable {
public:
    Semaphore(RunContext& ctx, const QString& name, int value, bool bounded = false);
    ~Semaphore() override;

    bool acquire(bool blocking = true, double timeoutMs = -1);
    // Throws PyError{"ValueError"} when bounded and released too many times.
    void release(int n = 1);
    int value() const; // permits available now
    int initialValue() const { return m_initial; }

    void interruptWaiters() override;
    std::vector<int> holders() const override; // actors holding permits, in acquisition order
    std::vector<int> waiters() const override;

private:
    struct Waiter;
    struct Held {
        int actor;
        qint64 holdId;
    };
    mutable std::mutex m_m;
    const int m_initial;
    const bool m_bounded;
    int m_value;
    std::vector<Held> m_held;
    std::deque<Waiter*> m_waiters;
};

} // namespace interleave
