// SPDX-License-Identifier: MIT
#include "sync/recursivemutex.h"

#include "sync/waitnode.h"

namespace interleave {

struct RecursiveMutex::Waiter : WaitNode {
    using WaitNode::WaitNode;
};

RecursiveMutex::RecursiveMutex(RunContext& ctx, const QString& name)
    : Lockable(ctx, ResourceInfo { name, ResourceKind::RMutex, 1, -1 })
{
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
RecursiveMutex::~RecursiveMutex() { context().detach(this); }

bool RecursiveMutex::acquire(bool blocking, double timeoutMs)
{
    checkAcquireArgs(blocking, timeoutMs);
    return acquireWithDepth(blocking, timeoutMs, 1);
}

bool RecursiveMutex::acquireWithDepth(bool blocking, double timeoutMs, int depth)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    ctx.throwIfInterrupted(me);
    std::unique_lock lock(m_m);
    if (m_owner >= 0 && m_owner == me) {
        // Re-entry: the same hold goes on, one level deeper.
        m_depth += depth;
        rec.counter(me, resource(), m_depth);
        return true;
    }
    if (m_owner < 0 && m_waiters.empty()) {
        m_owner = me;
        m_depth = depth;
        m_holdId = qint64(rec.nextId());
        rec.holdBegin(me, resource(), m_holdId);
        rec.counter(me, resource(), m_depth);
        return true;
    }
    if (!blocking)
        return false;

    const Deadline deadline(timeoutMs);
    Waiter node(me);
    node.depth = depth;
    m_waiters.push_back(&node);
    rec.state(me, State::Blocked, resource());
    ctx.beginWait(me, resource(), State::Blocked, !deadline.infinite);
    switch (parkNode(ctx, lock, node, m_waiters, deadline)) {
    case WaitResult::Woken:
        recordWoken(ctx, node, resource());
        rec.holdBegin(me, resource(), node.holdId);
        rec.counter(me, resource(), m_depth);
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

void RecursiveMutex::release()
{
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (m_owner < 0 || m_owner != me)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "cannot release un-acquired lock"));
    --m_depth;
    context().recorder().counter(me, resource(), m_depth);
    if (m_depth == 0)
        handOffLocked(me);
}

void RecursiveMutex::handOffLocked(int me)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    rec.holdEnd(me, resource(), m_holdId);
    Waiter* next = popLiveWaiter(ctx, m_waiters);
    if (!next) {
        m_owner = -1;
        m_depth = 0;
        m_holdId = 0;
        return;
    }
    m_owner = next->actor;
    m_depth = next->depth;
    m_holdId = qint64(rec.nextId());
    next->holdId = m_holdId;
    wakeNode(ctx, me, *next, FlowKind::Release, resource());
}

int RecursiveMutex::owner() const
{
    std::lock_guard lock(m_m);
    return m_owner;
}

int RecursiveMutex::depth() const
{
    std::lock_guard lock(m_m);
    return m_depth;
}

bool RecursiveMutex::isOwnedByCaller() const
{
    std::lock_guard lock(m_m);
    return m_owner >= 0 && m_owner == RunContext::currentActor();
}

int RecursiveMutex::releaseAll()
{
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (m_owner < 0 || m_owner != me)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "cannot release un-acquired lock"));
    const int saved = m_depth;
    m_depth = 0;
    context().recorder().counter(me, resource(), 0);
    handOffLocked(me);
    return saved;
}

void RecursiveMutex::restore(int saved) { acquireWithDepth(true, -1, std::max(saved, 1)); }

void RecursiveMutex::interruptWaiters()
{
    std::lock_guard lock(m_m);
    nudgeAll(m_waiters);
}

std::vector<int> RecursiveMutex::holders() const
{
    std::lock_guard lock(m_m);
    if (m_owner < 0)
        return {};
    return { m_owner };
}

std::vector<int> RecursiveMutex::waiters() const
{
    std::lock_guard lock(m_m);
    return actorsOf(m_waiters);
}

} // namespace interleave
