// SPDX-License-Identifier: MIT
#pragma once

#include "aio/taskcore.h"

#include <coroutine>
#include <optional>
#include <utility>

namespace interleave::aio {

template <typename T> class Async;

namespace detail {

// What the loop does when a task's coroutine returns or raises (eventloop.cpp).
void taskFinished(TaskCore* core) noexcept;
// Raises CancelledError when the current task has a cancel pending (at every await's end).
void throwIfCancelPending();

struct PromiseBase {
    TaskCore core;
    std::coroutine_handle<> continuation; // the coroutine awaiting this one inline, if any

    struct Initial {
        PromiseBase* promise;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept { }
        // A task cancelled before its first step never runs its body (as in asyncio).
        void await_resume() const
        {
            if (promise->core.loop && promise->core.mustCancel) {
                promise->core.mustCancel = false;
                throw CancelledError {};
            }
        }
    };
    struct Final {
        bool await_ready() const noexcept { return false; }
        template <typename P> std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) const noexcept
        {
            PromiseBase& p = h.promise();
            if (p.continuation)
                return p.continuation;
            if (p.core.loop)
                taskFinished(&p.core);
            return std::noop_coroutine();
        }
        void await_resume() const noexcept { }
    };

    Initial initial_suspend() noexcept { return Initial { this }; }
    Final final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { core.exception = std::current_exception(); }
};

template <typename T> struct Promise : PromiseBase {
    std::optional<T> value;
    Async<T> get_return_object() noexcept;
    template <typename U> void return_value(U&& v) { value.emplace(std::forward<U>(v)); }
    T take()
    {
        if (core.exception)
            std::rethrow_exception(core.exception);
        return std::move(*value);
    }
};

template <> struct Promise<void> : PromiseBase {
    Async<void> get_return_object() noexcept;
    void return_void() noexcept { }
    void take()
    {
        if (core.exception)
            std::rethrow_exception(core.exception);
    }
};

} // namespace detail

// What an `async def` returns: a coroutine object. `co_await f()` runs it inline in the current task
// (no new task, as `await f()` in Python); EventLoop::createTask(f()) makes it a task. Move-only; it
// owns its frame until a task adopts it.
template <typename T = void> class [[nodiscard]] Async {
public:
    using promise_type = detail::Promise<T>;
    using Handle = std::coroutine_handle<promise_type>;

    Async() = default;
    explicit Async(Handle h) noexcept
        : m_handle(h)
    {
    }
    Async(Async&& o) noexcept
        : m_handle(std::exchange(o.m_handle, {}))
    {
    }
    Async& operator=(Async&& o) noexcept
    {
        if (this != &o) {
            if (m_handle)
                m_handle.destroy();
            m_handle = std::exchange(o.m_handle, {});
        }
        return *this;
    }
    ~Async()
    {
        if (m_handle)
            m_handle.destroy();
    }

    bool valid() const { return bool(m_handle); }
    Handle release() noexcept { return std::exchange(m_handle, {}); }

    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept
    {
        m_handle.promise().continuation = awaiting;
        return m_handle;
    }
    T await_resume() { return m_handle.promise().take(); }

private:
    Handle m_handle;
};

namespace detail {
template <typename T> Async<T> Promise<T>::get_return_object() noexcept
{
    return Async<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Async<void> Promise<void>::get_return_object() noexcept
{
    return Async<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}
} // namespace detail

} // namespace interleave::aio
