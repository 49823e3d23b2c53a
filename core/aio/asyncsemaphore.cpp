// SPDX-License-Identifier: MIT
#include "aio/asyncsemaphore.h"

#include <algorithm>

namespace interleave::aio {

Semaphore::Semaphore(EventLoop& loop, int value, const QString& name)
    : m_loop(loop)
    , m_resource(loop.addResource(name, ResourceKind::Semaphore, value))
    , m_value(value)
{
    m_loop.setHolderQuery(m_resource, [this] {
        std::vector<int> out;
        for (const auto& h : m_holders)
            out.push_back(h.first->actor);
        return out;
    });
    recordLevel();
}

Semaphore::~Semaphore()
{
    m_loop.clearHolderQuery(m_resource);
}

void Semaphore::recordLevel()
{
    if (Recorder* rec = m_loop.recorder())
        rec->counter(m_loop.currentActor(), m_resource, m_value);
}

void Semaphore::take(TaskCore* t)
{
    const qint64 id = m_loop.recorder() ? qint64(m_loop.recorder()->nextId()) : 0;
    m_holders.emplace_back(t, id);
    if (Recorder* rec = m_loop.recorder())
        rec->holdBegin(t->actor, m_resource, id);
}

bool Semaphore::Acquire::await_ready()
{
    if (sem->m_value == 0 || !sem->m_waiters.empty())
        return false;
    --sem->m_value;
    sem->recordLevel();
    sem->take(sem->m_loop.currentTask());
    return true;
}

void Semaphore::Acquire::await_suspend(std::coroutine_handle<> h)
{
    node.task = sem->m_loop.currentTask();
    sem->m_waiters.push(&node);
    sem->m_loop.suspend(h, sem->m_resource, this, [](void* self, TaskCore* t) {
        auto* a = static_cast<Acquire*>(self);
        a->sem->m_waiters.remove(&a->node);
        t->mustCancel = true;
        a->sem->m_loop.wake(t);
        return true;
    });
}

void Semaphore::Acquire::await_resume()
{
    if (node.granted) {
        node.granted = false;
        sem->take(node.task);
        if (node.task->mustCancel) {
            sem->release();
            sem->m_loop.throwIfCancelPending();
        }
        return;
    }
    sem->m_loop.throwIfCancelPending();
}

void Semaphore::release()
{
    TaskCore* me = m_loop.currentTask();
    // The releasing task's own permit when it has one, else the oldest.
    auto it = std::find_if(m_holders.rbegin(), m_holders.rend(), [me](const auto& h) { return h.first == me; });
    if (it == m_holders.rend() && !m_holders.empty())
        it = std::prev(m_holders.rend());
    if (it != m_holders.rend()) {
        if (Recorder* rec = m_loop.recorder())
            rec->holdEnd(it->first->actor, m_resource, it->second);
        m_holders.erase(std::next(it).base());
    }
    if (WaitQueueNode* next = m_waiters.pop()) {
        next->granted = true; // the permit goes straight to it: the level stays
        m_loop.wake(next->task, m_loop.flowFrom(m_loop.currentActor(), FlowKind::Release, m_resource));
        return;
    }
    ++m_value;
    recordLevel();
}

} // namespace interleave::aio
