// SPDX-License-Identifier: MIT
#include "aio/asyncevent.h"

namespace interleave::aio {

Event::Event(EventLoop& loop, const QString& name)
    : m_loop(loop)
    , m_resource(loop.addResource(name, ResourceKind::Event))
{
    m_loop.setHolderQuery(m_resource, [] { return std::vector<int> {}; });
}

Event::~Event()
{
    m_loop.clearHolderQuery(m_resource);
}

void Event::Wait::await_suspend(std::coroutine_handle<> h)
{
    node.task = event->m_loop.currentTask();
    event->m_waiters.push(&node);
    event->m_loop.suspend(h, event->m_resource, this, [](void* self, TaskCore* t) {
        auto* w = static_cast<Wait*>(self);
        w->event->m_waiters.remove(&w->node);
        t->mustCancel = true;
        w->event->m_loop.wake(t);
        return true;
    });
}

void Event::Wait::await_resume()
{
    event->m_loop.throwIfCancelPending();
}

void Event::set()
{
    if (m_set)
        return;
    m_set = true;
    const int me = m_loop.currentActor();
    if (Recorder* rec = m_loop.recorder())
        rec->instant(me, InstantKind::Set, m_resource);
    while (WaitQueueNode* n = m_waiters.pop())
        m_loop.wake(n->task, m_loop.flowFrom(me, FlowKind::Set, m_resource));
}

} // namespace interleave::aio
