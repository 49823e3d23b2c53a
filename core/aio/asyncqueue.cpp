// SPDX-License-Identifier: MIT
#include "aio/asyncqueue.h"

#include "engine/runcontext.h"

namespace interleave::aio {

QueueBase::QueueBase(EventLoop& loop, int maxsize, const QString& name)
    : m_loop(loop)
    , m_maxsize(std::max(0, maxsize))
    , m_resource(loop.addResource(name, ResourceKind::Queue, m_maxsize))
{
    m_loop.setHolderQuery(m_resource, [] { return std::vector<int> {}; });
    if (Recorder* rec = m_loop.recorder())
        rec->counter(m_loop.currentActor(), m_resource, 0);
}

QueueBase::~QueueBase()
{
    m_loop.clearHolderQuery(m_resource);
}

void QueueBase::Park::await_suspend(std::coroutine_handle<> h)
{
    node.task = queue->m_loop.currentTask();
    line->push(&node);
    queue->m_loop.suspend(h, queue->m_resource, this, [](void* self, TaskCore* t) {
        auto* p = static_cast<Park*>(self);
        p->line->remove(&p->node);
        t->mustCancel = true;
        p->queue->m_loop.wake(t);
        return true;
    });
}

void QueueBase::Park::await_resume()
{
    queue->m_loop.throwIfCancelPending();
}

quint32 QueueBase::recordPut(qsizetype size)
{
    Recorder* rec = m_loop.recorder();
    if (!rec)
        return 0;
    const int me = m_loop.currentActor();
    const quint32 flow = rec->flowBegin(me, FlowKind::Put, m_resource);
    rec->counter(me, m_resource, size);
    return flow;
}

void QueueBase::recordGet(quint32 flow, qsizetype size)
{
    Recorder* rec = m_loop.recorder();
    if (!rec)
        return;
    const int me = m_loop.currentActor();
    if (flow)
        rec->flowEnd(me, flow, m_resource);
    rec->counter(me, m_resource, size);
}

void QueueBase::wakeOne(WaitQueue& line, quint32 flow)
{
    if (WaitQueueNode* n = line.pop())
        m_loop.wake(n->task, flow);
    else if (flow && m_loop.recorder())
        m_loop.recorder()->flowEnd(m_loop.currentActor(), flow, m_resource); // nobody to wake: no arrow
}

void QueueBase::taskDone()
{
    if (m_unfinished <= 0)
        throw PyError { QStringLiteral("ValueError"), tr("task_done() called too many times") };
    if (--m_unfinished > 0)
        return;
    const int me = m_loop.currentActor();
    while (WaitQueueNode* n = m_joiners.pop())
        m_loop.wake(n->task, m_loop.flowFrom(me, FlowKind::Wake, m_resource));
}

void QueueBase::raiseEmpty() const
{
    throw PyError { QStringLiteral("QueueEmpty"), {} };
}
void QueueBase::raiseFull() const
{
    throw PyError { QStringLiteral("QueueFull"), {} };
}

} // namespace interleave::aio
