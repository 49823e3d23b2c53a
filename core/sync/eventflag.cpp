// SPDX-License-Identifier: MIT
#include "sync/eventflag.h"

#include "sync/waitnode.h"

namespace interleave {

struct EventFlag::Waiter : WaitNode {
    using WaitNode::WaitNode;
};

EventFlag::EventFlag(RunContext& ctx, const QString& name)
    : Waitable(ctx, ResourceInfo { name, ResourceKind::Event, 0, -1 })
{
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
EventFlag::~EventFlag() { context().detach(this); }

void EventFlag::set()
{
    RunContext& ctx = context();
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    m_flag = true;
    ctx.recorder().instant(me, InstantKind::Set, resource(), qint64(m_waiters.size()));
    while (Waiter* w = popLiveWaiter(ctx, m_waiters))
        wakeNode(ctx, me, *w, FlowKind::Set, resource());
}

void EventFlag::clear()
{
    std::lock_guard lock(m_m);
    m_flag = false;
}

bool EventFlag::isSet() const
{
    std::lock_guard lock(m_m);
    return m_flag;
}

bool EventFlag::wait(double timeoutMs)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    ctx.throwIfInterrupted(me);
    std::unique_lock lock(m_m);
    if (m_flag)
        return true;
    const Deadline deadline(timeoutMs);
    Waiter node(me);
    m_waiters.push_back(&node);
    rec.state(me, State::Waiting, resource());
    ctx.beginWait(me, resource(), State::Waiting, !deadline.infinite);
    switch (parkNode(ctx, lock, node, m_waiters, deadline)) {
    case WaitResult::Woken:
        recordWoken(ctx, node, resource());
        return true;
    case WaitResult::TimedOut:
        recordTimedOut(ctx, me, resource());
        return false;
    case WaitResult::Interrupted:
        break;
    }
    lock.unlock();
    ctx.endWait(me);
    throw Interrupted {};
}

void EventFlag::interruptWaiters()
{
    std::lock_guard lock(m_m);
    nudgeAll(m_waiters);
}

std::vector<int> EventFlag::holders() const { return {}; }

std::vector<int> EventFlag::waiters() const
{
    std::lock_guard lock(m_m);
    return actorsOf(m_waiters);
}

} // namespace interleave
