// SPDX-License-Identifier: MIT
#include "aio/asynclock.h"

#include "engine/runcontext.h"

namespace interleave::aio {

Lock::Lock(EventLoop& loop, const QString& name)
    : m_loop(loop)
    , m_resource(loop.addResource(name, ResourceKind::Mutex, 1))
{
    m_loop.setHolderQuery(
        m_resource, [this] { return m_owner ? std::vector<int> { m_owner->actor } : std::vector<int> {}; });
}

Lock::~Lock()
{
    m_loop.clearHolderQuery(m_resource);
}

void Lock::take(TaskCore* t)
{
    m_owner = t;
    if (Recorder* rec = m_loop.recorder()) {
        m_holdId = qint64(rec->nextId());
        rec->holdBegin(t->actor, m_resource, m_holdId);
    }
}

bool Lock::Acquire::await_ready()
{
    if (lock->m_owner || !lock->m_waiters.empty())
        return false;
    lock->take(lock->m_loop.currentTask());
    return true;
}

void Lock::Acquire::await_suspend(std::coroutine_handle<> h)
{
    node.task = lock->m_loop.currentTask();
    lock->m_waiters.push(&node);
    lock->m_loop.suspend(h, lock->m_resource, this, [](void* self, TaskCore* t) {
        auto* a = static_cast<Acquire*>(self);
        a->lock->m_waiters.remove(&a->node);
        t->mustCancel = true;
        a->lock->m_loop.wake(t);
        return true;
    });
}

void Lock::Acquire::await_resume()
{
    if (node.granted) {
        node.granted = false;
        lock->take(node.task);
        if (node.task->mustCancel) {
            lock->release(); // cancelled after the hand-over: pass it on
            lock->m_loop.throwIfCancelPending();
        }
        return;
    }
    lock->m_loop.throwIfCancelPending();
}

void Lock::release()
{
    if (!m_owner)
        throw PyError { QStringLiteral("RuntimeError"), tr("Lock is not acquired.") };
    Recorder* rec = m_loop.recorder();
    const int me = m_loop.currentActor();
    if (rec)
        rec->holdEnd(m_owner->actor, m_resource, m_holdId);
    m_owner = nullptr;
    if (WaitQueueNode* next = m_waiters.pop()) {
        next->granted = true;
        m_owner = next->task; // reserved for it: nobody can barge in before it runs
        m_loop.wake(next->task, m_loop.flowFrom(me, FlowKind::Release, m_resource));
    }
}

} // namespace interleave::aio
