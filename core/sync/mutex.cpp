// SPDX-License-Identifier: MIT
#include "sync/mutex.h"

#include "sync/waitnode.h"

namespace interleave {

struct Mutex::Waiter : WaitNode {
    using WaitNode::WaitNode;
};

Mutex::Mutex(RunContext& ctx, const QString& name)
    : Lockable(ctx, ResourceInfo { name, ResourceKind::Mutex, 1, -1 })
{
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
Mutex::~Mutex() { context().detach(this); }

bool Mutex::acquire(bool blocking, double timeoutMs)
{
    checkAcquireArgs(blocking, timeoutMs);
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    // A thread that only takes free locks must still end when the run stops or it is cut off.
    ctx.throwIfInterrupted(me);
    std::unique_lock lock(m_m);
    if (m_owner < 0 && m_waiters.empty()) {
        m_owner = me;
        m_holdId = qint64(rec.nextId());
        m_pending = nullptr;
        rec.holdBegin(me, resource(), m_holdId);
        return true;
    }
    if (!blocking)
        return false;

    const Deadline deadline(timeoutMs);
    Waiter node(me);
    m_waiters.push_back(&node);
    rec.state(me, State::Blocked, resource());
    ctx.beginWait(me, resource(), State::Blocked, !deadline.infinite);
    switch (parkNode(ctx, lock, node, m_waiters, deadline)) {
    case WaitResult::Woken:
        recordWoken(ctx, node, resource());
        if (m_pending == &node) {
            m_pending = nullptr;
            rec.holdBegin(me, resource(), node.holdId);
        } else {
            // Released by another thread before this one ran: the hold was empty.
            rec.holdBegin(me, resource(), node.holdId);
            rec.holdEnd(me, resource(), node.holdId);
        }
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

void Mutex::release()
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (m_owner < 0)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "release unlocked lock"));
    if (m_pending) {
        // The owner was handed the lock but has not run yet; it records an empty hold when it does.
        m_pending = nullptr;
    } else {
        rec.holdEnd(me, resource(), m_holdId);
    }
    Waiter* next = popLiveWaiter(ctx, m_waiters);
    if (!next) {
        m_owner = -1;
        m_holdId = 0;
        return;
    }
    m_owner = next->actor;
    m_holdId = qint64(rec.nextId());
    next->holdId = m_holdId;
    m_pending = next;
    wakeNode(ctx, me, *next, FlowKind::Release, resource());
}

bool Mutex::locked() const
{
    std::lock_guard lock(m_m);
    return m_owner >= 0;
}

int Mutex::owner() const
{
    std::lock_guard lock(m_m);
    return m_owner;
}

bool Mutex::isOwnedByCaller() const
{
    std::lock_guard lock(m_m);
    return m_owner >= 0 && m_owner == RunContext::currentActor();
}

int Mutex::releaseAll()
{
    release();
    return 1;
}

void Mutex::restore(int) { acquire(true, -1); }

void Mutex::interruptWaiters()
{
    std::lock_guard lock(m_m);
    nudgeAll(m_waiters);
}

std::vector<int> Mutex::holders() const
{
    std::lock_guard lock(m_m);
    if (m_owner < 0)
        return {};
    return { m_owner };
}

std::vector<int> Mutex::waiters() const
{
    std::lock_guard lock(m_m);
    return actorsOf(m_waiters);
}

} // namespace interleave
