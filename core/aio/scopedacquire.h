// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"

#include <coroutine>
#include <utility>

namespace interleave::aio {

// `async with primitive:` for the loop's Lock and Semaphore: releases what was acquired when it goes
// out of scope (not while the loop destroys what is left at its end: the primitive may be gone).
template <typename Primitive> class ReleaseGuard {
public:
    explicit ReleaseGuard(Primitive* p = nullptr)
        : m_primitive(p)
    {
    }
    ReleaseGuard(ReleaseGuard&& o) noexcept
        : m_primitive(std::exchange(o.m_primitive, nullptr))
    {
    }
    ReleaseGuard& operator=(ReleaseGuard&&) = delete;
    ~ReleaseGuard()
    {
        if (m_primitive && !EventLoop::tearingDown())
            m_primitive->release();
    }

private:
    Primitive* m_primitive;
};

// `auto guard = co_await primitive.scoped()`: the primitive's own acquire, then a guard.
template <typename Primitive> struct ScopedAcquire {
    typename Primitive::Acquire acquire;
    Primitive* primitive;
    bool await_ready() { return acquire.await_ready(); }
    void await_suspend(std::coroutine_handle<> h) { acquire.await_suspend(h); }
    ReleaseGuard<Primitive> await_resume()
    {
        acquire.await_resume();
        return ReleaseGuard<Primitive>(primitive);
    }
};

} // namespace interleave::aio
