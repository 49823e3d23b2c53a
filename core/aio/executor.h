// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"
#include "sync/waitable.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace interleave::aio {

// One blocking call handed to the executor (lives in the awaiting coroutine's frame).
struct ExecutorJob {
    std::function<void()> fn;
    std::exception_ptr error;
    Completion completion;
    int resource = -1; // its future
    quint32 submitFlow = 0;
};

// The loop's default executor (asyncio's ThreadPoolExecutor): threads named "asyncio_0",
// "asyncio_1", ... made on demand up to min(32, cores + 4), as Python does. Each is an actor of the
// run; an idle worker waits on the "executor queue" (State Waiting). A job: FlowBegin(Submit) at the
// task -> FlowEnd at the worker; the worker runs it; FlowBegin(Wake) at the worker -> FlowEnd at the
// task. Destroying it waits for the jobs in hand, as shutdown(wait=True) does.
class Executor : public Waitable {
public:
    Executor(RunContext& ctx, EventLoop& loop);
    ~Executor() override;

    void submit(ExecutorJob* job); // on the loop's thread
    int maxWorkers() const { return m_maxWorkers; }

    void interruptWaiters() override;
    std::vector<int> holders() const override { return {}; }
    std::vector<int> waiters() const override;

private:
    void work(int actor);

    EventLoop& m_loop;
    int m_maxWorkers;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<ExecutorJob*> m_jobs;
    std::vector<int> m_idle; // actors waiting for work
    bool m_shutdown = false;
    std::vector<std::thread> m_threads;
};

// `co_await runInExecutor(fn)`: loop.run_in_executor(None, fn). The task is suspended on the call's
// future until a worker thread has run `fn`; an exception it throws is raised in the task. A
// cancel takes effect when the call returns (the thread cannot be stopped midway).
struct ExecutorAwaiter {
    ExecutorJob job;
    EventLoop* loop = nullptr;

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h);
    void await_resume();
};

inline ExecutorAwaiter runInExecutor(std::function<void()> fn)
{
    ExecutorAwaiter a;
    a.job.fn = std::move(fn);
    return a;
}

} // namespace interleave::aio
