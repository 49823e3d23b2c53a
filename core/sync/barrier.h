// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <deque>
#include <mutex>

namespace interleave {

// threading.Barrier: the last of `parties` to arrive releases them all. abort() or a timeout breaks
// it; waiting on a broken barrier throws PyError{"BrokenBarrierError"}.
class Barrier : public Waitable {
public:
    Barrier(RunContext& ctx, const QString& name, int parties);
    ~Barrier() override;

    int wait(double timeoutMs = -1); // returns the arrival index, 0 .. parties-1
    void abort();
    void reset();
    bool broken() const;
    int parties() const { return m_parties; }
    int nWaiting() const;

    void interruptWaiters() override;
    std::vector<int> holders() const override;
    std::vector<int> waiters() const override;

private:
    struct Waiter;
    void breakLocked(int me); // m_m held: wakes every waiter with BrokenBarrierError
    mutable std::mutex m_m;
    const int m_parties;
    bool m_broken = false;
    quint64 m_generation = 0;
    std::deque<Waiter*> m_waiters;
};

} // namespace interleave
