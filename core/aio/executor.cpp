// SPDX-License-Identifier: MIT
#include "aio/executor.h"

#include "engine/runcontext.h"

#include <algorithm>

#include <unistd.h>

namespace interleave::aio {

Executor::Executor(RunContext& ctx, EventLoop& loop)
    : Waitable(ctx, ResourceInfo { QStringLiteral("executor queue"), ResourceKind::Queue, 0, -1 })
    , m_loop(loop)
    , m_maxWorkers(int(std::min(32u, std::max(1u, std::thread::hardware_concurrency()) + 4)))
{
}

Executor::~Executor()
{
    {
        std::lock_guard lock(m_mutex);
        m_shutdown = true;
    }
    m_cv.notify_all();
    for (std::thread& t : m_threads)
        t.join();
    context().detach(this);
}

void Executor::submit(ExecutorJob* job)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    bool spawn = false;
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(job);
        spawn = m_idle.size() < m_jobs.size() && int(m_threads.size()) < m_maxWorkers;
        rec.counter(m_loop.currentActor(), resource(), qint64(m_jobs.size()));
    }
    if (spawn) {
        const int actor = ctx.addActor(ActorInfo { QStringLiteral("asyncio_%1").arg(m_threads.size()),
            ActorKind::Thread, m_loop.loopActor(), qint64(::getpid()), 0 });
        ctx.setAlive(actor, true);
        const quint32 flow = rec.flowBegin(m_loop.currentActor(), FlowKind::Spawn);
        m_threads.emplace_back([this, actor, flow] {
            context().bindCurrentThread(actor);
            context().recorder().setActorTid(actor, qint64(::gettid()));
            context().recorder().flowEnd(actor, flow);
            work(actor);
            context().bindCurrentThread(-1);
        });
    } else {
        m_cv.notify_one();
    }
}

void Executor::work(int actor)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    State end = State::Done;
    rec.state(actor, State::Running);
    for (;;) {
        ExecutorJob* job = nullptr;
        {
            std::unique_lock lock(m_mutex);
            if (m_jobs.empty() && !m_shutdown) {
                rec.state(actor, State::Waiting, resource());
                m_idle.push_back(actor);
                ctx.beginWait(actor, resource(), State::Waiting, false);
                m_cv.wait(lock, [&] { return !m_jobs.empty() || m_shutdown || ctx.interrupted(actor); });
                ctx.endWait(actor);
                m_idle.erase(std::find(m_idle.begin(), m_idle.end(), actor));
                rec.state(actor, State::Running);
            }
            if (m_jobs.empty()) {
                if (!m_shutdown)
                    end = State::Cancelled;
                break;
            }
            job = m_jobs.front();
            m_jobs.pop_front();
            rec.counter(actor, resource(), qint64(m_jobs.size()));
        }
        rec.flowEnd(actor, job->submitFlow, job->resource);
        const qint64 hold = qint64(rec.nextId());
        rec.holdBegin(actor, job->resource, hold);
        try {
            job->fn();
        } catch (...) {
            job->error = std::current_exception();
        }
        rec.state(actor, State::Running);
        rec.holdEnd(actor, job->resource, hold);
        job->completion.flow = rec.flowBegin(actor, FlowKind::Wake, job->resource);
        m_loop.postCompletion(&job->completion);
    }
    rec.state(actor, end);
    ctx.setAlive(actor, false);
}

void Executor::interruptWaiters()
{
    {
        std::lock_guard lock(m_mutex);
    }
    m_cv.notify_all();
}

std::vector<int> Executor::waiters() const
{
    std::lock_guard lock(m_mutex);
    return m_idle;
}

void ExecutorAwaiter::await_suspend(std::coroutine_handle<> h)
{
    loop = EventLoop::current();
    Executor& ex = loop->executor();
    job.resource = loop->addResource(QStringLiteral("future-%1").arg(loop->takeJobNumber()), ResourceKind::Future);
    job.completion.task = loop->currentTask();
    job.submitFlow = loop->flowFrom(loop->currentActor(), FlowKind::Submit, job.resource);
    loop->jobStarted();
    loop->suspend(h, job.resource, nullptr, nullptr);
    ex.submit(&job);
}

void ExecutorAwaiter::await_resume()
{
    loop->throwIfCancelPending();
    if (job.error)
        std::rethrow_exception(job.error);
}

} // namespace interleave::aio
