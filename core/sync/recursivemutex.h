// SPDX-License-Identifier: MIT
#pragma once

#include "sync/lockable.h"

#include <deque>
#include <mutex>

namespace interleave {

// threading.RLock, instrumented: the owner may take it again; each acquire needs its release.
// Only the owner may release (RuntimeError otherwise).
class RecursiveMutex : public Lockable {
public:
    RecursiveMutex(RunContext& ctx, const QString& name);
    ~RecursiveMutex() override;

    bool acquire(bool blocking = true, double timeoutMs = -1) override;
    void release() override;
    int owner() const;
    int depth() const;
    bool isOwnedByCaller() const override;
    int releaseAll() override;
    void restore(int saved) override;

    void interruptWaiters() override;
    std::vector<int> holders() const override;
    std::vector<int> waiters() const override;

private:
    struct Waiter;
    bool acquireWithDepth(bool blocking, double timeoutMs, int depth);
    void handOffLocked(int me); // m_m held, depth reached 0
    mutable std::mutex m_m;
    int m_owner = -1;
    int m_depth = 0;
    qint64 m_holdId = 0;
    std::deque<Waiter*> m_waiters;
};

} // namespace interleave
