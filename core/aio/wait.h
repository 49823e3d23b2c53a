// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"

#include <vector>

namespace interleave::aio {

enum class ReturnWhen { FirstCompleted, FirstException, AllCompleted };

template <typename T> struct WaitResult {
    std::vector<Task<T>> done; // in argument order (asyncio returns sets)
    std::vector<Task<T>> pending;
};

namespace detail {

// The untyped part of wait(): done-callbacks on every task, an optional timeout timer.
struct WaitCore {
    struct Child {
        DoneCallback node; // first
        WaitCore* owner = nullptr;
        TaskCore* core = nullptr;
    };
    TimerNode timer; // first member: the timer callback finds the core from it
    std::vector<Child> children;
    EventLoop* loop = nullptr;
    TaskCore* waiter = nullptr;
    int resource = -1;
    ReturnWhen when = ReturnWhen::AllCompleted;
    double timeoutMs = -1;
    bool complete = false;
    bool suspended = false;

    bool satisfied() const;
    bool suspend(std::coroutine_handle<> h, const std::vector<TaskCore*>& cores);
    void childDone(TaskCore* child);
    void finish(int causeActor);
    void detach();
    void resume();
};

// wait_for()/shield(): one awaited task, plus a timeout (wait_for) or none (shield).
struct AwaitOneCore {
    TimerNode timer; // first
    DoneCallback node;
    EventLoop* loop = nullptr;
    TaskCore* waiter = nullptr;
    TaskCore* inner = nullptr;
    double timeoutMs = -1;
    bool shield = false;
    bool timedOut = false;
    bool ended = false;

    bool suspend(std::coroutine_handle<> h);
    void resume(); // raises a pending cancel, or TimeoutError when the timeout cancelled the task
};

} // namespace detail

// `co_await wait(tasks, when, timeoutMs)`: asyncio.wait. Returns (done, pending) when the condition
// holds or the timeout passes; never cancels a task and never raises for one. Cancelling the awaiting
// task leaves the tasks running. The awaiting task is Suspended on a Future resource "wait".
template <typename T> struct WaitAwaiter {
    std::vector<Task<T>> tasks;
    detail::WaitCore core;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> h)
    {
        std::vector<TaskCore*> cores;
        for (const auto& t : tasks)
            cores.push_back(t.core());
        return core.suspend(h, cores);
    }
    WaitResult<T> await_resume()
    {
        core.resume();
        WaitResult<T> r;
        for (const auto& t : tasks)
            (t.done() ? r.done : r.pending).push_back(t);
        return r;
    }
};

template <typename T>
WaitAwaiter<T> wait(std::vector<Task<T>> tasks, ReturnWhen when = ReturnWhen::AllCompleted, double timeoutMs = -1)
{
    WaitAwaiter<T> a { std::move(tasks), {} };
    a.core.when = when;
    a.core.timeoutMs = timeoutMs;
    return a;
}

// `co_await waitFor(task, timeoutMs)`: asyncio.wait_for. On timeout the task is cancelled, and once it
// has finished cancelling a TimeoutError (PyError) is raised, with a timeout instant on the waiter.
// Cancelling the awaiting task cancels the inner one too.
template <typename T> struct AwaitOne {
    Task<T> task;
    detail::AwaitOneCore core;
    bool await_ready() const noexcept { return task.done(); }
    bool await_suspend(std::coroutine_handle<> h)
    {
        core.inner = task.core();
        return core.suspend(h);
    }
    T await_resume()
    {
        core.resume();
        return task.result();
    }
};

template <typename T> AwaitOne<T> waitFor(Task<T> task, double timeoutMs)
{
    AwaitOne<T> a { std::move(task), {} };
    a.core.timeoutMs = timeoutMs;
    return a;
}

// wait_for(coro, timeout) wraps the coroutine in a task, as asyncio does.
template <typename T> AwaitOne<T> waitFor(Async<T> coro, double timeoutMs)
{
    return waitFor(EventLoop::current()->createTask(std::move(coro)), timeoutMs);
}

// `co_await shield(task)`: asyncio.shield. Cancelling the awaiting task raises CancelledError in it
// at once, but the shielded task keeps running.
template <typename T> AwaitOne<T> shield(Task<T> task)
{
    AwaitOne<T> a { std::move(task), {} };
    a.core.shield = true;
    return a;
}

} // namespace interleave::aio
