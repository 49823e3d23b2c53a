// SPDX-License-Identifier: MIT
#include "sync/barrier.h"

#include "sync/waitnode.h"

namespace interleave {

struct Barrier::Waiter : WaitNode {
    using WaitNode::WaitNode;
    int index = 0;
    bool broken = false; // woken because the barrier broke, not because it filled
};

namespace {

int checkedParties(int parties)
{
    if (parties < 1)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "parties must be >= 1"));
    return parties;
}

PyError brokenBarrier() { return PyError { QStringLiteral("BrokenBarrierError"), QString() }; }

} // namespace

Barrier::Barrier(RunContext& ctx, const QString& name, int parties)
    : Waitable(ctx, ResourceInfo { name, ResourceKind::Barrier, checkedParties(parties), -1 })
    , m_parties(parties)
{
    ctx.recorder().counter(RunContext::currentActor(), resource(), 0);
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
Barrier::~Barrier() { context().detach(this); }

int Barrier::wait(double timeoutMs)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    ctx.throwIfInterrupted(me);
    std::unique_lock lock(m_m);
    if (m_broken)
        throw brokenBarrier();
    const int index = int(m_waiters.size());
    if (index + 1 == m_parties) {
        // The last arrival lets everybody through.
        for (Waiter* w : m_waiters)
            wakeNode(ctx, me, *w, FlowKind::Notify, resource());
        m_waiters.clear();
        ++m_generation;
        rec.counter(me, resource(), 0);
        return index;
    }
    const Deadline deadline(timeoutMs);
    Waiter node(me);
    node.index = index;
    m_waiters.push_back(&node);
    rec.counter(me, resource(), qint64(m_waiters.size()));
    rec.state(me, State::Waiting, resource());
    ctx.beginWait(me, resource(), State::Waiting, !deadline.infinite);
    const WaitResult result = parkNode(ctx, lock, node, m_waiters, deadline);
    if (result == WaitResult::Woken) {
        recordWoken(ctx, node, resource());
        if (node.broken)
            throw brokenBarrier();
        return node.index;
    }
    // A timeout or an interruption breaks the barrier for everybody, as an exception does in Python.
    if (result == WaitResult::TimedOut)
        recordTimedOut(ctx, me, resource());
    else
        ctx.endWait(me);
    breakLocked(me);
    if (result == WaitResult::TimedOut)
        throw brokenBarrier();
    throw Interrupted {};
}

void Barrier::breakLocked(int me)
{
    m_broken = true;
    for (Waiter* w : m_waiters) {
        w->broken = true;
        wakeNode(context(), me, *w, FlowKind::Notify, resource());
    }
    m_waiters.clear();
    context().recorder().counter(me, resource(), 0);
}

void Barrier::abort()
{
    std::lock_guard lock(m_m);
    breakLocked(RunContext::currentActor());
}

void Barrier::reset()
{
    std::lock_guard lock(m_m);
    if (!m_waiters.empty())
        breakLocked(RunContext::currentActor());
    m_broken = false;
    ++m_generation;
}

bool Barrier::broken() const
{
    std::lock_guard lock(m_m);
    return m_broken;
}

int Barrier::nWaiting() const
{
    std::lock_guard lock(m_m);
    return int(m_waiters.size());
}

void Barrier::interruptWaiters()
{
    std::lock_guard lock(m_m);
    nudgeAll(m_waiters);
}

std::vector<int> Barrier::holders() const { return {}; }

std::vector<int> Barrier::waiters() const
{
    std::lock_guard lock(m_m);
    return actorsOf(m_waiters);
}

} // namespace interleave
