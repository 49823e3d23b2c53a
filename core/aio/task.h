// SPDX-License-Identifier: MIT
#pragma once

#include "aio/async.h"

#include <coroutine>
#include <utility>

namespace interleave::aio {

namespace detail {
void retain(TaskCore* core) noexcept;
void release(TaskCore* core) noexcept;
bool cancelTask(TaskCore* core);
// Suspends the current task until `core` is done (Task awaiting); see eventloop.cpp.
struct TaskWait {
    DoneCallback node;
    TaskCore* awaited = nullptr;
    TaskCore* waiter = nullptr;
    void suspend(std::coroutine_handle<> h);
    void resumeCheck();
};
} // namespace detail

// asyncio.Task: a handle (shared, reference counted) to a coroutine the loop runs as a task.
// `co_await task` waits for it and returns its result or raises its exception; cancelling the
// awaiting task cancels the awaited one too (as in asyncio; see shield()).
template <typename T = void> class Task {
public:
    using Handle = std::coroutine_handle<detail::Promise<T>>;

    Task() = default;
    explicit Task(Handle h) noexcept
        : m_handle(h)
    {
        if (m_handle)
            detail::retain(&m_handle.promise().core);
    }
    Task(const Task& o) noexcept
        : Task(o.m_handle)
    {
    }
    Task(Task&& o) noexcept
        : m_handle(std::exchange(o.m_handle, {}))
    {
    }
    Task& operator=(Task o) noexcept
    {
        std::swap(m_handle, o.m_handle);
        return *this;
    }
    ~Task()
    {
        if (m_handle)
            detail::release(&m_handle.promise().core);
    }

    bool valid() const { return bool(m_handle); }
    TaskCore* core() const { return &m_handle.promise().core; }
    bool done() const { return core()->done(); }
    bool cancelled() const { return core()->status == TaskCore::Status::Cancelled; }
    bool failed() const { return core()->status == TaskCore::Status::Failed; }
    std::exception_ptr exception() const
    {
        return core()->status == TaskCore::Status::Failed ? core()->exception : nullptr;
    }
    int actor() const { return core()->actor; }
    // Task.cancel(): false when it has already finished.
    bool cancel() const { return detail::cancelTask(core()); }
    // Task.result(): the value, or the exception it ended with (CancelledError when cancelled).
    // Only once done.
    T result() const
    {
        if constexpr (std::is_void_v<T>) {
            m_handle.promise().take();
        } else {
            if (core()->exception)
                std::rethrow_exception(core()->exception);
            return *m_handle.promise().value;
        }
    }

    struct Awaiter {
        const Task* task;
        detail::TaskWait wait;
        bool await_ready() const noexcept { return task->done(); }
        void await_suspend(std::coroutine_handle<> h)
        {
            wait.awaited = task->core();
            wait.suspend(h);
        }
        T await_resume()
        {
            wait.resumeCheck();
            return task->result();
        }
    };
    Awaiter operator co_await() const& noexcept { return Awaiter { this, {} }; }

private:
    Handle m_handle;
};

} // namespace interleave::aio
