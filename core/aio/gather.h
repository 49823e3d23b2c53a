// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"

#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

namespace interleave::aio {

// One result of gather(..., return_exceptions=True): a value, or the exception the task ended with
// (cancelled: a CancelledError).
// What a result holds: T, or std::monostate for Task<void>.
template <typename T> using ValueOf = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

template <typename T> struct Settled {
    std::optional<ValueOf<T>> value;
    std::exception_ptr error;
    bool cancelled = false;
    bool ok() const { return value.has_value(); }
};

namespace detail {

// The untyped part of gather(): one done-callback per child, the outer future's completion rules.
struct GatherCore {
    struct Child {
        DoneCallback node; // first: the callback finds the child from it
        GatherCore* owner = nullptr;
    };
    std::vector<TaskCore*> cores;
    std::vector<Child> children;
    EventLoop* loop = nullptr;
    TaskCore* waiter = nullptr;
    int resource = -1;
    std::size_t finished = 0;
    bool returnExceptions = false;
    bool complete = false;
    bool suspended = false;
    bool cancelRequested = false;
    std::exception_ptr error;

    void init(bool returnExceptions); // after `cores` is filled
    bool suspend(std::coroutine_handle<> h); // false: already complete, do not suspend
    void resume(); // raises the outer error or a pending cancel
    void childDone(TaskCore* child);
    void finish(TaskCore* by);
    void detach();
};

} // namespace detail

// `co_await gather(tasks)`: asyncio.gather(*tasks). Waits for every task and returns their results in
// ARGUMENT order (not completion order). The first exception (or cancellation) of a task is raised at
// once; the other tasks keep running. Cancelling the awaiting task cancels every task (and raises
// CancelledError). The awaiting task is Suspended on a Future resource "gather".
template <typename T> struct GatherAwaiter {
    std::vector<Task<T>> tasks;
    detail::GatherCore core;
    bool await_ready() const noexcept { return tasks.empty(); }
    bool await_suspend(std::coroutine_handle<> h)
    {
        core.cores.reserve(tasks.size());
        for (const auto& t : tasks)
            core.cores.push_back(t.core());
        core.init(false);
        return core.suspend(h);
    }
    std::vector<ValueOf<T>> await_resume()
    {
        core.resume();
        std::vector<ValueOf<T>> out;
        out.reserve(tasks.size());
        for (const auto& t : tasks) {
            if constexpr (std::is_void_v<T>) {
                t.result();
                out.emplace_back();
            } else {
                out.push_back(t.result());
            }
        }
        return out;
    }
};

// `co_await gatherSettled(tasks)`: asyncio.gather(*tasks, return_exceptions=True): never raises for a
// task; each result is a value or an exception, in argument order.
template <typename T> struct GatherSettledAwaiter {
    std::vector<Task<T>> tasks;
    detail::GatherCore core;
    bool await_ready() const noexcept { return tasks.empty(); }
    bool await_suspend(std::coroutine_handle<> h)
    {
        core.cores.reserve(tasks.size());
        for (const auto& t : tasks)
            core.cores.push_back(t.core());
        core.init(true);
        return core.suspend(h);
    }
    std::vector<Settled<T>> await_resume()
    {
        core.resume();
        std::vector<Settled<T>> out(tasks.size());
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            if (tasks[i].cancelled()) {
                out[i].cancelled = true;
                out[i].error = tasks[i].core()->exception;
            } else if (tasks[i].failed()) {
                out[i].error = tasks[i].exception();
            } else if constexpr (std::is_void_v<T>) {
                out[i].value.emplace();
            } else {
                out[i].value = tasks[i].result();
            }
        }
        return out;
    }
};

template <typename T> GatherAwaiter<T> gather(std::vector<Task<T>> tasks)
{
    return GatherAwaiter<T> { std::move(tasks), {} };
}

template <typename T> GatherSettledAwaiter<T> gatherSettled(std::vector<Task<T>> tasks)
{
    return GatherSettledAwaiter<T> { std::move(tasks), {} };
}

} // namespace interleave::aio
