// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

namespace interleave {

// A lock a Condition can be built on (Lock or RLock).
class Lockable : public Waitable {
public:
    using Waitable::Waitable;
    // Python: acquire(blocking=True, timeout=-1). Returns whether the lock was taken.
    virtual bool acquire(bool blocking = true, double timeoutMs = -1) = 0;
    // Python: release(). Throws PyError{"RuntimeError"} when not held (by the caller, for RLock).
    virtual void release() = 0;
    virtual bool isOwnedByCaller() const = 0;

    // For Condition.wait(): give the lock up completely and take it back with the same depth.
    virtual int releaseAll() = 0; // returns what restore() needs (the recursion depth)
    virtual void restore(int saved) = 0; // blocks like acquire(); interruptible
};

// `with lock:`
template <typename L>
class Guard {
public:
    explicit Guard(L& lock)
        : m_lock(lock)
    {
        m_lock.acquire();
    }
    ~Guard() { m_lock.release(); }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

private:
    L& m_lock;
};

} // namespace interleave
