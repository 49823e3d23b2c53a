// SPDX-License-Identifier: MIT
#include "sync/semaphore.h"

#include "sync/waitnode.h"

namespace interleave {

struct Semaphore::Waiter : WaitNode {
    using WaitNode::WaitNode;
};

namespace {

int checkedInitial(int value)
{
    if (value < 0)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "semaphore initial value must be >= 0"));
    return value;
}

} // namespace

Semaphore::Semaphore(RunContext& ctx, const QString& name, int value, bool bounded)
    : Waitable(ctx, ResourceInfo { name, ResourceKind::Semaphore, checkedInitial(value), -1 })
    , m_initial(value)
    , m_bounded(bounded)
    , m_value(value)
{
    ctx.recorder().counter(RunContext::currentActor(), resource(), m_value);
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
Semaphore::~Semaphore() { context().detach(this); }

bool Semaphore::acquire(bool blocking, double timeoutMs)
{
    if (!blocking && timeoutMs >= 0)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "can't specify timeout for non-blocking acquire"));
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    ctx.throwIfInterrupted(me);
    std::unique_lock lock(m_m);
    if (m_value > 0) {
        --m_value;
        const auto holdId = qint64(rec.nextId());
        m_held.push_back(Held { me, holdId });
        rec.holdBegin(me, resource(), holdId);
        rec.counter(me, resource(), m_value);
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
        rec.holdBegin(me, resource(), node.holdId);
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

void Semaphore::release(int n)
{
    if (n < 1)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "n must be one or more"));
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (m_bounded && m_value + n > m_initial)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "Semaphore released too many times"));
    for (int i = 0; i < n; ++i) {
        // The releaser gives back a permit it holds, if any: any thread may release a semaphore.
        auto mine = std::find_if(m_held.begin(), m_held.end(), [me](const Held& h) { return h.actor == me; });
        if (mine != m_held.end()) {
            rec.holdEnd(me, resource(), mine->holdId);
            m_held.erase(mine);
        }
        Waiter* next = popLiveWaiter(ctx, m_waiters);
        if (!next) {
            ++m_value;
            continue;
        }
        next->holdId = qint64(rec.nextId());
        m_held.push_back(Held { next->actor, next->holdId });
        wakeNode(ctx, me, *next, FlowKind::Release, resource());
    }
    rec.counter(me, resource(), m_value);
}

int Semaphore::value() const
{
    std::lock_guard lock(m_m);
    return m_value;
}

void Semaphore::interruptWaiters()
{
    std::lock_guard lock(m_m);
    nudgeAll(m_waiters);
}

std::vector<int> Semaphore::holders() const
{
    std::lock_guard lock(m_m);
    std::vector<int> out;
    for (const Held& h : m_held)
        out.push_back(h.actor);
    return out;
}

std::vector<int> Semaphore::waiters() const
{
    std::lock_guard lock(m_m);
    return actorsOf(m_waiters);
}

} // namespace interleave
