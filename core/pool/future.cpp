// SPDX-License-Identifier: MIT
#include "pool/future.h"

#include "pool/futurewaiter.h"
#include "sync/waitnode.h"

#include <algorithm>

namespace interleave {

Future::Future(RunContext& ctx, const QString& name, int index)
    : Waitable(ctx, ResourceInfo { name, ResourceKind::Future, 0, -1 })
    , m_index(index)
{
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
Future::~Future()
{
    context().detach(this);
}

QString Future::errorText(const PyError& e)
{
    return e.message.isEmpty() ? e.type : e.type + QStringLiteral(": ") + e.message;
}

Future::Status Future::status() const
{
    std::lock_guard lock(m_m);
    return m_status;
}

QVariant Future::resultNow() const
{
    std::lock_guard lock(m_m);
    return m_status == Status::Finished && !m_error ? m_result : QVariant();
}

std::optional<PyError> Future::exceptionNow() const
{
    std::lock_guard lock(m_m);
    return m_error;
}

bool Future::cancelled() const
{
    return status() == Status::Cancelled;
}
bool Future::running() const
{
    return status() == Status::Running;
}

bool Future::done() const
{
    const Status s = status();
    return s == Status::Cancelled || s == Status::Finished;
}

bool Future::cancel()
{
    const int me = RunContext::currentActor();
    std::unique_lock lock(m_m);
    if (m_status == Status::Running || m_status == Status::Finished)
        return false;
    if (m_status == Status::Cancelled)
        return true;
    m_status = Status::Cancelled;
    context().recorder().instant(me, InstantKind::Cancel, resource());
    finish(lock, me);
    return true;
}

bool Future::setRunningOrNotifyCancel()
{
    Recorder& rec = context().recorder();
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (m_status != Status::Pending)
        return false; // cancelled while queued: the worker skips it
    m_status = Status::Running;
    m_runner = me;
    rec.flowEnd(me, m_submitFlow, resource());
    m_holdId = qint64(rec.nextId());
    rec.holdBegin(me, resource(), m_holdId);
    return true;
}

void Future::setResult(const QVariant& value)
{
    Recorder& rec = context().recorder();
    const int me = RunContext::currentActor();
    std::unique_lock lock(m_m);
    if (m_status != Status::Running)
        return;
    m_result = value;
    const QString text = value.isNull() ? QStringLiteral("None") : value.toString();
    bool isInt = false;
    const qint64 v = value.toLongLong(&isInt);
    rec.instant(me, InstantKind::Result, resource(), isInt ? v : 0, rec.addText(text));
    rec.holdEnd(m_runner, resource(), m_holdId);
    m_status = Status::Finished;
    finish(lock, me);
}

void Future::setException(const PyError& error)
{
    Recorder& rec = context().recorder();
    const int me = RunContext::currentActor();
    std::unique_lock lock(m_m);
    if (m_status != Status::Running)
        return;
    m_error = error;
    rec.instant(me, InstantKind::Exception, resource(), 0, rec.addText(errorText(error)));
    rec.holdEnd(m_runner, resource(), m_holdId);
    m_status = Status::Finished;
    finish(lock, me);
}

void Future::abandon()
{
    std::lock_guard lock(m_m);
    if (m_status == Status::Running && m_holdId) {
        context().recorder().holdEnd(m_runner, resource(), m_holdId);
        m_holdId = 0;
    }
}

void Future::finish(std::unique_lock<std::mutex>& lock, int me)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    for (FutureWaiter* w : m_waiters) {
        std::lock_guard wl(w->m);
        w->finished.push_back(this);
        if (w->parked && !w->woken) {
            w->woken = true;
            w->flow = rec.flowBegin(me, FlowKind::Wake, resource());
            w->flowResource = resource();
            rec.state(w->actor, State::Runnable, resource());
            ctx.endWait(w->actor);
        }
        w->cv.notify_one();
    }
    // A done future reports to nobody again: waiters installed later hear of it at once.
    m_waiters.clear();
    std::vector<std::function<void(Future&)>> callbacks;
    callbacks.swap(m_callbacks);
    lock.unlock();
    // As Python: callbacks run on the thread that finished the future, outside its lock, and one that
    // raises is only reported (it cannot reach the worker's task).
    for (auto& fn : callbacks) {
        try {
            fn(*this);
        } catch (const PyError&) {
        } catch (const std::exception&) {
        }
    }
}

void Future::addDoneCallback(std::function<void(Future&)> fn)
{
    {
        std::lock_guard lock(m_m);
        if (m_status != Status::Cancelled && m_status != Status::Finished) {
            m_callbacks.push_back(std::move(fn));
            return;
        }
    }
    try {
        fn(*this);
    } catch (const PyError&) {
    } catch (const std::exception&) {
    }
}

void Future::addWaiter(FutureWaiter* w)
{
    std::lock_guard lock(m_m);
    if (m_status == Status::Cancelled || m_status == Status::Finished) {
        std::lock_guard wl(w->m);
        w->finished.push_back(this);
        return;
    }
    m_waiters.push_back(w);
}

void Future::removeWaiter(FutureWaiter* w)
{
    std::lock_guard lock(m_m);
    m_waiters.erase(std::remove(m_waiters.begin(), m_waiters.end(), w), m_waiters.end());
}

bool Future::waitDone(double timeoutMs)
{
    FutureWaiter w(RunContext::currentActor());
    addWaiter(&w);
    Future* f = nullptr;
    try {
        f = takeFinished(context(), w, resource(), timeoutMs);
    } catch (...) {
        removeWaiter(&w);
        throw;
    }
    removeWaiter(&w);
    return f != nullptr;
}

QVariant Future::result(double timeoutMs)
{
    if (!waitDone(timeoutMs))
        throw PyError { QStringLiteral("TimeoutError"), {} };
    std::lock_guard lock(m_m);
    if (m_status == Status::Cancelled)
        raiseOnCaller(PyError { QStringLiteral("CancelledError"), {} });
    if (m_error)
        raiseOnCaller(*m_error);
    return m_result;
}

std::optional<PyError> Future::exception(double timeoutMs)
{
    if (!waitDone(timeoutMs))
        throw PyError { QStringLiteral("TimeoutError"), {} };
    std::lock_guard lock(m_m);
    if (m_status == Status::Cancelled)
        raiseOnCaller(PyError { QStringLiteral("CancelledError"), {} });
    return m_error;
}

void Future::raiseOnCaller(const PyError& error) const
{
    Recorder& rec = context().recorder();
    rec.instant(RunContext::currentActor(), InstantKind::Exception, resource(), 0, rec.addText(errorText(error)));
    throw error;
}

void Future::interruptWaiters()
{
    std::lock_guard lock(m_m);
    for (FutureWaiter* w : m_waiters) {
        std::lock_guard wl(w->m);
        w->cv.notify_all();
    }
}

std::vector<int> Future::holders() const
{
    std::lock_guard lock(m_m);
    if (m_status == Status::Running)
        return { m_runner };
    return {};
}

std::vector<int> Future::waiters() const
{
    std::lock_guard lock(m_m);
    std::vector<int> out;
    for (FutureWaiter* w : m_waiters) {
        std::lock_guard wl(w->m);
        if (w->parked)
            out.push_back(w->actor);
    }
    return out;
}

} // namespace interleave
