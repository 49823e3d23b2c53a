// SPDX-License-Identifier: MIT
#include "sync/thread.h"

#include "sync/waitnode.h"

#include <system_error>
#include <thread>

#include <sys/types.h>
#include <unistd.h>

namespace interleave {

struct ThreadState::Impl {
    std::function<void()> fn;
    mutable std::mutex m; // guards the flags and the joiners
    bool started = false;
    bool finished = false;
    std::deque<WaitNode*> joiners;
    std::mutex osMutex; // guards `os`
    std::thread os;
};

namespace {

// The actor is registered while the Waitable base is built, so that the thread's resource can name
// it as its owner; this carries the id to the member initialiser.
thread_local int t_lastThreadActor = -1;

ResourceInfo registerThreadActor(RunContext& ctx, const QString& name)
{
    ActorInfo actor { name, ActorKind::Thread, RunContext::currentActor(), qint64(::getpid()), 0 };
    t_lastThreadActor = ctx.addActor(actor);
    return ResourceInfo { name, ResourceKind::Thread, 0, t_lastThreadActor };
}

QString errorText(const QString& type, const QString& message)
{
    return message.isEmpty() ? type : type + QStringLiteral(": ") + message;
}

} // namespace

Thread::Thread(RunContext& ctx, const QString& name, std::function<void()> fn, bool daemon)
    : m_state(std::make_shared<ThreadState>(ctx, name, std::move(fn), daemon))
{
}

void Thread::start()
{
    if (!m_state)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "thread.__init__() not called"));
    m_state->start(m_state);
}

bool Thread::join(double timeoutMs)
{
    if (!m_state)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "thread.__init__() not called"));
    return m_state->join(timeoutMs);
}

bool Thread::isAlive() const { return m_state && m_state->isAlive(); }
bool Thread::daemon() const { return m_state && m_state->daemon(); }
int Thread::actor() const { return m_state ? m_state->actor() : -1; }
QString Thread::name() const { return m_state ? m_state->name() : QString(); }

ThreadState::ThreadState(RunContext& ctx, const QString& name, std::function<void()> fn, bool daemon)
    : Waitable(ctx, registerThreadActor(ctx, name))
    , d(std::make_unique<Impl>())
    , m_name(name)
    , m_actor(t_lastThreadActor)
    , m_daemon(daemon)
{
    d->fn = std::move(fn);
}

ThreadState::~ThreadState()
{
    context().detach(this);
    // The engine joins every thread before the run's objects go; this only guards misuse.
    std::lock_guard lock(d->osMutex);
    if (d->os.joinable()) {
        if (d->os.get_id() == std::this_thread::get_id())
            d->os.detach();
        else
            d->os.join();
    }
}

void ThreadState::start(const std::shared_ptr<ThreadState>& self)
{
    RunContext& ctx = context();
    {
        std::lock_guard lock(d->m);
        if (d->started)
            throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "threads can only be started once"));
        d->started = true;
    }
    ctx.setAlive(m_actor, true);
    const quint32 flow = ctx.recorder().flowBegin(RunContext::currentActor(), FlowKind::Spawn, resource());
    {
        std::lock_guard lock(d->osMutex);
        try {
            // The run keeps `self` alive until it has joined this thread, so a raw pointer will do.
            d->os = std::thread([this, flow] { body(flow); });
        } catch (const std::system_error&) {
            ctx.recorder().state(m_actor, State::Failed);
            finish();
            throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "can't start new thread"));
        }
    }
    ctx.registerThread(self);
}

void ThreadState::body(quint32 spawnFlow)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    ctx.bindCurrentThread(m_actor);
    rec.setActorTid(m_actor, qint64(::gettid()));
    rec.flowEnd(m_actor, spawnFlow, resource());
    rec.state(m_actor, State::Running);
    State end = State::Done;
    QString error;
    try {
        ctx.throwIfInterrupted(m_actor);
        d->fn();
    } catch (const Interrupted&) {
        end = State::Cancelled;
    } catch (const PyError& e) {
        end = State::Failed;
        error = errorText(e.type, e.message);
    } catch (const std::exception& e) {
        end = State::Failed;
        error = errorText(QStringLiteral("Exception"), QString::fromLocal8Bit(e.what()));
    } catch (...) {
        end = State::Failed;
        error = QStringLiteral("Exception");
    }
    // What the function captured goes now, on this thread, not whenever the run ends.
    d->fn = nullptr;
    if (!error.isEmpty())
        rec.instant(m_actor, InstantKind::Exception, resource(), 0, rec.addText(error));
    rec.state(m_actor, end);
    finish();
    ctx.bindCurrentThread(-1);
}

void ThreadState::finish()
{
    RunContext& ctx = context();
    std::lock_guard lock(d->m);
    d->finished = true;
    ctx.setAlive(m_actor, false);
    ctx.endWait(m_actor);
    for (WaitNode* w : d->joiners)
        wakeNode(ctx, m_actor, *w, FlowKind::Join, resource());
    d->joiners.clear();
}

bool ThreadState::join(double timeoutMs)
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    std::unique_lock lock(d->m);
    if (!d->started)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "cannot join thread before it is started"));
    if (me == m_actor)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "cannot join current thread"));
    // A stopping run ends the joiner too, even when the joined thread has just ended (most likely
    // because of the same stop).
    if (ctx.interrupted(me))
        throw Interrupted {};
    if (d->finished)
        return true;
    const Deadline deadline(timeoutMs);
    WaitNode node(me);
    d->joiners.push_back(&node);
    rec.state(me, State::Waiting, resource());
    ctx.beginWait(me, resource(), State::Waiting, !deadline.infinite);
    switch (parkNode(ctx, lock, node, d->joiners, deadline)) {
    case WaitResult::Woken:
        recordWoken(ctx, node, resource());
        if (ctx.interrupted(me))
            throw Interrupted {};
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

bool ThreadState::isAlive() const
{
    std::lock_guard lock(d->m);
    return d->started && !d->finished;
}

bool ThreadState::started() const
{
    std::lock_guard lock(d->m);
    return d->started;
}

void ThreadState::joinOsThread()
{
    std::lock_guard lock(d->osMutex);
    if (d->os.joinable())
        d->os.join();
}

void ThreadState::interruptWaiters()
{
    std::lock_guard lock(d->m);
    for (WaitNode* w : d->joiners)
        w->cv.notify_one();
}

std::vector<int> ThreadState::holders() const
{
    std::lock_guard lock(d->m);
    if (d->started && !d->finished)
        return { m_actor };
    return {};
}

std::vector<int> ThreadState::waiters() const
{
    std::lock_guard lock(d->m);
    std::vector<int> out;
    for (const WaitNode* w : d->joiners)
        out.push_back(w->actor);
    return out;
}

} // namespace interleave
