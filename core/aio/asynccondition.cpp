// SPDX-License-Identifier: MIT
#include "aio/asynccondition.h"

#include "engine/runcontext.h"

namespace interleave::aio {

Condition::Condition(Lock& lock, const QString& name)
    : m_lock(lock)
    , m_loop(lock.loop())
    , m_resource(m_loop.addResource(name, ResourceKind::Condition))
{
    m_loop.setHolderQuery(m_resource, [] { return std::vector<int> {}; });
}

Condition::~Condition()
{
    m_loop.clearHolderQuery(m_resource);
}

void Condition::Notified::await_suspend(std::coroutine_handle<> h)
{
    node.task = cond->m_loop.currentTask();
    cond->m_waiters.push(&node);
    cond->m_loop.suspend(h, cond->m_resource, this, [](void* self, TaskCore* t) {
        auto* w = static_cast<Notified*>(self);
        w->cond->m_waiters.remove(&w->node);
        t->mustCancel = true;
        w->cond->m_loop.wake(t);
        return true;
    });
}

void Condition::Notified::await_resume()
{
    cond->m_loop.throwIfCancelPending();
}

Async<void> Condition::wait()
{
    if (m_lock.owner() != m_loop.currentTask() || !m_lock.owner())
        throw PyError { QStringLiteral("RuntimeError"), tr("cannot wait on un-acquired lock") };
    m_lock.release();
    std::exception_ptr error;
    try {
        co_await Notified { this, {} };
    } catch (...) {
        error = std::current_exception();
    }
    // The lock comes back whatever happened; a cancel meanwhile is raised afterwards.
    for (;;) {
        try {
            co_await m_lock.acquire();
            break;
        } catch (const CancelledError&) {
            if (!error)
                error = std::current_exception();
        }
    }
    if (error)
        std::rethrow_exception(error);
}

Async<void> Condition::waitFor(std::function<bool()> predicate)
{
    while (!predicate())
        co_await wait();
}

void Condition::notify(int n)
{
    if (m_lock.owner() != m_loop.currentTask() || !m_lock.owner())
        throw PyError { QStringLiteral("RuntimeError"), tr("cannot notify on un-acquired lock") };
    const int me = m_loop.currentActor();
    for (int i = 0; i < n; ++i) {
        WaitQueueNode* w = m_waiters.pop();
        if (!w)
            break;
        m_loop.wake(w->task, m_loop.flowFrom(me, FlowKind::Notify, m_resource));
    }
    if (Recorder* rec = m_loop.recorder())
        rec->instant(me, InstantKind::Notify, m_resource);
}

void Condition::notifyAll()
{
    notify(1 << 30);
}

} // namespace interleave::aio
