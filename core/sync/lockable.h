// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <exception>

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
        , m_uncaught(std::uncaught_exceptions())
    {
        m_lock.acquire();
    }
    // May throw Python's RuntimeError (a lock released by hand inside the block), but never while
    // unwinding: an interrupted Condition.wait() leaves without the lock, so then it gives the lock
    // back only if the caller holds it, and quietly.
    ~Guard() noexcept(false)
    {
        if (std::uncaught_exceptions() > m_uncaught) {
            try {
                if (heldByCaller())
                    m_lock.release();
            } catch (...) {
            }
            return;
        }
        m_lock.release();
    }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

private:
    bool heldByCaller() const
    {
        if constexpr (requires { m_lock.isOwnedByCaller(); })
            return m_lock.isOwnedByCaller();
        else if constexpr (requires { m_lock.lock().isOwnedByCaller(); })
            return m_lock.lock().isOwnedByCaller();
        else
            return true;
    }

    L& m_lock;
    const int m_uncaught;
};

} // namespace interleave
