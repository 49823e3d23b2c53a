// SPDX-License-Identifier: MIT
#include "sync/condition.h"

#include "sync/recursivemutex.h"
#include "sync/waitnode.h"

#include <limits>

namespace interleave {

struct Condition::Waiter : WaitNode {
    using WaitNode::WaitNode;
};

namespace {

Lockable* ownOrGiven(std::unique_ptr<RecursiveMutex>& own, RunContext& ctx, const QString& name, Lockable* given)
{
    if (given)
        return given;
    own = std::make_unique<RecursiveMutex>(ctx, name + QStringLiteral(".lock"));
    return own.get();
}

} // namespace

Condition::Condition(RunContext& ctx, const QString& name, Lockable* lock)
    : Waitable(ctx, ResourceInfo { name, ResourceKind::Condition, 0, -1 })
    , m_lock(ownOrGiven(m_ownLock, ctx, name, lock))
{
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
Condition::~Condition() { context().detach(this); }

bool Condition::acquire(bool blocking, double timeoutMs) { return m_lock->acquire(blocking, timeoutMs); }

void Condition::release() { m_lock->release(); }

bool Condition::wait(double timeoutMs)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    if (!m_lock->isOwnedByCaller())
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "cannot wait on un-acquired lock"));
    ctx.throwIfInterrupted(me);

    const Deadline deadline(timeoutMs);
    Waiter node(me);
    WaitResult result;
    int saved = 0;
    {
        // Queued before the lock is given up, and the lock given up under m_m: a notify that follows
        // the release cannot miss this waiter, and cannot reach it before it is recorded waiting.
        std::unique_lock lock(m_m);
        m_waiters.push_back(&node);
        saved = m_lock->releaseAll();
        rec.state(me, State::Waiting, resource());
        ctx.beginWait(me, resource(), State::Waiting, !deadline.infinite);
        result = parkNode(ctx, lock, node, m_waiters, deadline);
        switch (result) {
        case WaitResult::Woken:
            recordWoken(ctx, node, resource());
            break;
        case WaitResult::TimedOut:
            recordTimedOut(ctx, me, resource());
            break;
        case WaitResult::Interrupted:
            ctx.endWait(me);
            break;
        }
    }
    // Without the lock back: the run is ending; a `with` block's release gives up quietly.
    if (result == WaitResult::Interrupted)
        throw Interrupted {};
    m_lock->restore(saved);
    return result == WaitResult::Woken;
}

bool Condition::waitFor(const std::function<bool()>& predicate, double timeoutMs)
{
    bool result = predicate();
    if (result)
        return true;
    const bool timed = timeoutMs >= 0;
    const auto end = std::chrono::steady_clock::now()
        + std::chrono::nanoseconds(qint64(std::min(std::max(timeoutMs, 0.0), 1e12) * 1e6));
    while (!result) {
        double wait = -1;
        if (timed) {
            wait = std::chrono::duration<double, std::milli>(end - std::chrono::steady_clock::now()).count();
            if (wait <= 0)
                break;
        }
        this->wait(wait);
        result = predicate();
    }
    return result;
}

void Condition::notify(int n)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    if (!m_lock->isOwnedByCaller())
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "cannot notify on un-acquired lock"));
    std::lock_guard lock(m_m);
    if (m_waiters.empty()) {
        if (m_lostTextId == 0) {
            m_lostTextId = rec.addText(
                QCoreApplication::translate("Trace", "nobody was waiting: the notification is lost"));
        }
        rec.instant(me, InstantKind::Notify, resource(), 0, m_lostTextId);
        return;
    }
    const int count = std::min<qint64>(std::max(n, 0), qint64(m_waiters.size()));
    rec.instant(me, InstantKind::Notify, resource(), count);
    for (int i = 0; i < count; ++i) {
        Waiter* w = popLiveWaiter(ctx, m_waiters);
        if (!w)
            break;
        wakeNode(ctx, me, *w, FlowKind::Notify, resource());
    }
}

void Condition::notifyAll() { notify(std::numeric_limits<int>::max()); }

void Condition::interruptWaiters()
{
    std::lock_guard lock(m_m);
    nudgeAll(m_waiters);
}

std::vector<int> Condition::holders() const { return {}; }

std::vector<int> Condition::waiters() const
{
    std::lock_guard lock(m_m);
    return actorsOf(m_waiters);
}

} // namespace interleave
