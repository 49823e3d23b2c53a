// SPDX-License-Identifier: MIT
#include "aio/eventloop.h"

#include "aio/executor.h"
#include "engine/deadlockdetector.h"
#include "engine/runcontext.h"
#include "sync/waitable.h"
#include "trace/clock.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace interleave::aio {

namespace {

thread_local EventLoop* t_loop = nullptr;
// While the loop destroys the frames left at its end, handles inside them must not touch the tasks
// they refer to (which may already be gone).
thread_local bool t_tearingDown = false;

// Task ids in the trace: unique within the loop's process, far from any OS thread id.
constexpr qint64 TaskTidBase = qint64(1) << 40;

void appendCallback(TaskCore* t, DoneCallback* node)
{
    node->next = nullptr;
    DoneCallback** p = &t->callbacks;
    while (*p)
        p = &(*p)->next;
    *p = node;
}

QString describeException(const std::exception_ptr& e, TaskCore::Status* status, bool* interrupted)
{
    try {
        std::rethrow_exception(e);
    } catch (const CancelledError&) {
        *status = TaskCore::Status::Cancelled;
    } catch (const Interrupted&) {
        *status = TaskCore::Status::Cancelled;
        *interrupted = true;
    } catch (const PyError& err) {
        *status = TaskCore::Status::Failed;
        return err.message.isEmpty() ? err.type : err.type + QStringLiteral(": ") + err.message;
    } catch (const std::exception& err) {
        *status = TaskCore::Status::Failed;
        return QStringLiteral("Exception: ") + QString::fromLocal8Bit(err.what());
    } catch (...) {
        *status = TaskCore::Status::Failed;
        return QStringLiteral("Exception");
    }
    return {};
}

} // namespace

// The loop as the engine sees it: a resource whose waiter (the loop thread in epoll_wait) a stop must
// wake. Writing the eventfd is all it takes, from any thread.
struct EventLoop::LoopWaitable : Waitable {
    LoopWaitable(RunContext& ctx, int wakeFd)
        : Waitable(ctx, ResourceInfo { QStringLiteral("event loop"), ResourceKind::Loop, 0, -1 })
        , m_wakeFd(wakeFd)
    {
    }
    ~LoopWaitable() override { context().detach(this); }
    void interruptWaiters() override
    {
        const quint64 one = 1;
        [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
    }
    std::vector<int> holders() const override { return {}; }
    std::vector<int> waiters() const override { return {}; }
    int m_wakeFd;
};

namespace detail {

void taskFinished(TaskCore* core) noexcept
{
    core->loop->finished(core);
}

void throwIfCancelPending()
{
    if (EventLoop* loop = EventLoop::current())
        loop->throwIfCancelPending();
}

void retain(TaskCore* core) noexcept
{
    if (!t_tearingDown)
        ++core->refs;
}

void release(TaskCore* core) noexcept
{
    if (!t_tearingDown)
        core->loop->release(core);
}

bool cancelTask(TaskCore* core)
{
    return core->loop->cancel(core);
}

void TaskWait::suspend(std::coroutine_handle<> h)
{
    EventLoop* loop = awaited->loop;
    waiter = loop->currentTask();
    node.fn = [](DoneCallback* self, TaskCore* done) {
        auto* w = reinterpret_cast<TaskWait*>(self);
        EventLoop* l = done->loop;
        l->wake(w->waiter, l->flowFrom(done->actor, FlowKind::Wake, done->futureResource));
    };
    appendCallback(awaited, &node);
    // Cancelling the awaiting task cancels the awaited one (asyncio: Task.cancel cancels _fut_waiter).
    loop->suspend(h, loop->futureResource(awaited), this, [](void* self, TaskCore*) {
        return static_cast<TaskWait*>(self)->awaited->loop->cancel(static_cast<TaskWait*>(self)->awaited);
    });
}

void TaskWait::resumeCheck()
{
    if (waiter)
        waiter->loop->throwIfCancelPending();
}

} // namespace detail

EventLoop::EventLoop(RunContext* ctx)
    : m_ctx(ctx)
    , m_origin(Clock::now())
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wakeFd < 0)
        throw std::runtime_error(std::string("event loop: ") + std::strerror(errno));
    epoll_event ev {};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
    m_ready.reserve(64);
    m_batch.reserve(64);
    if (m_ctx) {
        m_rec = &m_ctx->recorder();
        m_loopActor = RunContext::currentActor();
        m_pid = qint64(::getpid());
        m_waitable = std::make_unique<LoopWaitable>(*m_ctx, m_wakeFd);
        m_loopResource = m_waitable->resource();
        m_timerResource = m_rec->addResource(ResourceInfo { QStringLiteral("timer"), ResourceKind::Timer, 0, -1 });
    }
}

EventLoop::~EventLoop()
{
    destroyAll();
    m_waitable.reset();
    ::close(m_wakeFd);
    ::close(m_epoll);
}

EventLoop* EventLoop::current()
{
    return t_loop;
}

bool EventLoop::tearingDown()
{
    return t_tearingDown;
}

qint64 EventLoop::timeNs() const
{
    return Clock::now() - m_origin;
}

int EventLoop::currentActor() const
{
    return m_current ? m_current->actor : m_loopActor;
}

int EventLoop::addResource(const QString& name, ResourceKind kind, qint64 capacity)
{
    return m_rec ? m_rec->addResource(ResourceInfo { name, kind, capacity, -1 }) : -1;
}

void EventLoop::setHolderQuery(int resource, std::function<std::vector<int>()> query)
{
    if (resource >= 0)
        m_holderQueries[resource] = std::move(query);
}

void EventLoop::clearHolderQuery(int resource)
{
    m_holderQueries.erase(resource);
}

int EventLoop::futureResource(TaskCore* task)
{
    if (!m_rec)
        return -1;
    if (task->futureResource < 0) {
        const QString name = task->actor >= 0 && std::size_t(task->actor) < m_taskNames.size()
            ? m_taskNames[std::size_t(task->actor)]
            : QStringLiteral("task");
        task->futureResource = addResource(name, ResourceKind::Future);
        m_futureOwners[task->futureResource] = task;
    }
    return task->futureResource;
}

void EventLoop::adopt(TaskCore* core, std::coroutine_handle<> h, const QString& name)
{
    core->loop = this;
    core->self = h;
    core->resumePoint = h;
    core->refs = 1; // the loop's, until the task is done
    core->next = m_first;
    if (m_first)
        m_first->prev = core;
    m_first = core;
    ++m_pending;
    ++m_taskCount;
    if (m_rec) {
        const QString actorName = name.isEmpty() ? QStringLiteral("Task-%1").arg(++m_unnamed) : name;
        core->actor = m_rec->addActor(
            ActorInfo { actorName, ActorKind::Task, currentActor(), m_pid, TaskTidBase + m_taskCount });
        if (m_taskNames.size() <= std::size_t(core->actor))
            m_taskNames.resize(std::size_t(core->actor) + 1);
        m_taskNames[std::size_t(core->actor)] = actorName; // shares the string
        m_rec->state(core->actor, State::Runnable);
    } else if (name.isEmpty()) {
        ++m_unnamed;
    }
    m_ready.push_back(core);
}

void EventLoop::suspend(std::coroutine_handle<> h, int resource, void* hookObject, bool (*hook)(void*, TaskCore*))
{
    TaskCore* t = m_current;
    t->resumePoint = h;
    t->hookObject = hookObject;
    t->hookFn = hook;
    t->waitResource = resource;
    if (m_rec)
        m_rec->state(t->actor, State::Suspended, resource);
}

void EventLoop::wake(TaskCore* t, quint32 flow)
{
    t->hookObject = nullptr;
    t->hookFn = nullptr;
    t->waitResource = -1;
    if (flow)
        t->wakeFlow = flow;
    if (m_rec)
        m_rec->state(t->actor, State::Runnable);
    m_ready.push_back(t);
}

quint32 EventLoop::flowFrom(int actor, FlowKind kind, int resource)
{
    return m_rec ? m_rec->flowBegin(actor, kind, resource) : 0;
}

void EventLoop::yieldCurrent(std::coroutine_handle<> h)
{
    TaskCore* t = m_current;
    t->resumePoint = h;
    if (m_rec)
        m_rec->state(t->actor, State::Runnable);
    m_ready.push_back(t);
}

void EventLoop::addTimer(TimerNode* node, qint64 delayNs)
{
    node->deadline = Clock::now() + std::max<qint64>(0, delayNs);
    node->seq = ++m_timerSeq;
    m_timers.push(node);
}

bool EventLoop::cancel(TaskCore* t)
{
    if (t->done())
        return false;
    if (m_rec) {
        const quint32 flow = m_rec->flowBegin(currentActor(), FlowKind::Cancel, t->futureResource);
        if (!t->wakeFlow)
            t->wakeFlow = flow;
        else
            m_rec->flowEnd(t->actor, flow, t->futureResource); // already woken: the arrow ends at once
    }
    if (t->hookFn && t->hookFn(t->hookObject, t))
        return true;
    t->mustCancel = true;
    return true;
}

void EventLoop::throwIfCancelPending()
{
    TaskCore* t = m_current;
    if (t && t->mustCancel) {
        t->mustCancel = false;
        if (m_rec)
            m_rec->instant(t->actor, InstantKind::Cancel);
        throw CancelledError {};
    }
}

void EventLoop::release(TaskCore* t)
{
    if (--t->refs != 0)
        return;
    if (t->prev)
        t->prev->next = t->next;
    else
        m_first = t->next;
    if (t->next)
        t->next->prev = t->prev;
    if (t->futureResource >= 0)
        m_futureOwners.erase(t->futureResource);
    t->self.destroy();
}

void EventLoop::finished(TaskCore* t) noexcept
{
    TaskCore::Status status = TaskCore::Status::Done;
    QString error;
    if (t->exception) {
        bool interrupted = false;
        error = describeException(t->exception, &status, &interrupted);
        if (interrupted)
            m_stopFromTask = true;
    }
    t->status = status;
    --m_pending;
    if (m_rec) {
        if (!error.isEmpty())
            m_rec->instant(t->actor, InstantKind::Exception, -1, 0, m_rec->addText(error));
        m_rec->state(t->actor,
            status == TaskCore::Status::Done            ? State::Done
                : status == TaskCore::Status::Cancelled ? State::Cancelled
                                                        : State::Failed);
    }
    DoneCallback* cb = std::exchange(t->callbacks, nullptr);
    while (cb) {
        DoneCallback* next = cb->next;
        cb->next = nullptr;
        cb->fn(cb, t);
        cb = next;
    }
}

void EventLoop::watch(IoWatch* w)
{
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    ev.data.ptr = w;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, w->fd, &ev) != 0)
        throw PyError { QStringLiteral("OSError"), QString::fromLocal8Bit(std::strerror(errno)) };
}

void EventLoop::unwatch(IoWatch* w)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, w->fd, nullptr);
}

Executor& EventLoop::executor()
{
    if (!m_executor) {
        if (!m_ctx)
            throw std::logic_error("run_in_executor needs a recorded run");
        m_executor = std::make_unique<Executor>(*m_ctx, *this);
    }
    return *m_executor;
}

void EventLoop::postCompletion(Completion* c)
{
    {
        std::lock_guard lock(m_completionMutex);
        c->next = m_completions;
        m_completions = c;
    }
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
}

void EventLoop::runUntilDone(TaskCore* main)
{
    struct Current {
        EventLoop* previous;
        explicit Current(EventLoop* loop)
            : previous(std::exchange(t_loop, loop))
        {
        }
        ~Current() { t_loop = previous; }
    } current(this);
    while (!main->done())
        runOnce();
    // As asyncio.run() does: cancel what is still pending and let it finish.
    for (TaskCore* t = m_first; t; t = t->next) {
        if (!t->done())
            cancel(t);
    }
    while (m_pending > 0)
        runOnce();
    setLoopState(State::Running);
}

void EventLoop::checkStop()
{
    if (m_stopFromTask || (m_ctx && m_ctx->interrupted(m_loopActor)))
        throw Interrupted {};
}

void EventLoop::setLoopState(State s)
{
    if (m_rec && s != m_loopState)
        m_rec->state(m_loopActor, s, s == State::Running ? -1 : m_loopResource);
    m_loopState = s;
}

void EventLoop::runOnce()
{
    checkStop();
    int timeout = 0;
    if (m_ready.empty()) {
        if (!m_timers.empty()) {
            const qint64 wait = m_timers.top()->deadline - Clock::now();
            timeout = wait <= 0 ? 0 : int(std::min<qint64>((wait + 999999) / 1000000, 1 << 30));
        } else if (m_ioWaiters > 0 || m_jobsInFlight > 0) {
            timeout = -1;
        } else {
            diagnoseStuck(); // throws
        }
    }
    // Skip the system call while tasks are ready and nothing outside the loop can make more ready.
    if (timeout != 0 || m_ioWaiters > 0 || m_jobsInFlight > 0)
        poll(timeout);
    if (!m_timers.empty())
        fireTimers();
    if (m_ready.empty())
        return;
    setLoopState(State::Running);
    const qint64 n = qint64(m_ready.size());
    m_maxReady = std::max(m_maxReady, int(n));
    if (m_rec && n != m_lastCounter) {
        m_rec->counter(m_loopActor, m_loopResource, n);
        m_lastCounter = n;
    }
    m_batch.swap(m_ready);
    const std::size_t count = m_batch.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (m_rec) {
            // Before each step: the tasks still waiting for their turn (the rest of this batch and those
            // made ready meanwhile), so a long step shows an empty or a growing queue, not a stale one.
            const qint64 waiting = qint64(count - i - 1 + m_ready.size());
            if (waiting != m_lastCounter) {
                m_rec->counter(m_loopActor, m_loopResource, waiting);
                m_lastCounter = waiting;
            }
        }
        step(m_batch[i]);
        if (m_stopFromTask)
            break;
    }
    m_batch.clear();
    if (m_batch.capacity() > 4096)
        m_batch = {}; // a burst of 100,000 ready tasks need not stay reserved twice over
}

void EventLoop::step(TaskCore* t)
{
    m_current = t;
    if (m_rec) {
        if (t->wakeFlow)
            m_rec->flowEnd(t->actor, t->wakeFlow, -1);
        m_rec->state(t->actor, State::Running);
    }
    t->wakeFlow = 0;
    t->started = true;
    t->resumePoint.resume();
    m_current = nullptr;
    if (t->done())
        release(t);
}

void EventLoop::poll(int timeout)
{
    if (timeout != 0) {
        if (m_rec && m_lastCounter != 0) {
            m_rec->counter(m_loopActor, m_loopResource, 0);
            m_lastCounter = 0;
        }
        setLoopState(m_ioWaiters > 0 || m_jobsInFlight > 0 ? State::Io : State::Sleeping);
        if (m_ctx) {
            // Registered before the last check, so that a stop either is seen here or wakes epoll.
            m_ctx->beginWait(m_loopActor, m_loopResource, m_loopState, timeout >= 0);
            if (m_ctx->interrupted(m_loopActor)) {
                m_ctx->endWait(m_loopActor);
                throw Interrupted {};
            }
        }
    }
    epoll_event events[64];
    int n = ::epoll_wait(m_epoll, events, 64, timeout);
    if (timeout != 0 && m_ctx)
        m_ctx->endWait(m_loopActor);
    if (n < 0)
        n = 0; // EINTR: the caller loops
    for (int i = 0; i < n; ++i) {
        auto* w = static_cast<IoWatch*>(events[i].data.ptr);
        if (!w) {
            quint64 value = 0;
            [[maybe_unused]] const auto r = ::read(m_wakeFd, &value, sizeof value);
            continue;
        }
        const quint32 e = events[i].events;
        if (e & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
            w->mayRead = true;
            w->hungUp = w->hungUp || (e & (EPOLLRDHUP | EPOLLHUP | EPOLLERR));
            if (IoWaiter* r = std::exchange(w->reader, nullptr))
                r->ready(r);
        }
        if ((e & (EPOLLOUT | EPOLLHUP | EPOLLERR)) && w->writer) {
            IoWaiter* r = std::exchange(w->writer, nullptr);
            r->ready(r);
        }
    }
    drainCompletions();
}

void EventLoop::fireTimers()
{
    const qint64 now = Clock::now();
    while (!m_timers.empty() && m_timers.top()->deadline <= now) {
        TimerNode* node = m_timers.pop();
        node->fire(node);
    }
}

void EventLoop::drainCompletions()
{
    Completion* list = nullptr;
    {
        std::lock_guard lock(m_completionMutex);
        list = std::exchange(m_completions, nullptr);
    }
    Completion* fifo = nullptr; // pushed newest first
    while (list) {
        Completion* next = list->next;
        list->next = fifo;
        fifo = list;
        list = next;
    }
    while (fifo) {
        Completion* next = fifo->next;
        --m_jobsInFlight;
        wake(fifo->task, fifo->flow);
        fifo = next;
    }
}

void EventLoop::diagnoseStuck()
{
    if (!m_ctx)
        throw std::runtime_error("event loop: every task waits for something nothing can do");
    const std::vector<ActorInfo> actors = m_rec->actors();
    const std::vector<ResourceInfo> resources = m_rec->resources();
    std::vector<RunContext::ActorWait> table(actors.size());
    std::vector<std::vector<int>> holders(actors.size());
    for (TaskCore* t = m_first; t; t = t->next) {
        if (t->done() || t->actor < 0)
            continue;
        auto& w = table[std::size_t(t->actor)];
        w.alive = true;
        w.waiting = true;
        w.resource = t->waitResource;
        w.state = State::Suspended;
        auto q = m_holderQueries.find(t->waitResource);
        if (q != m_holderQueries.end()) {
            holders[std::size_t(t->actor)] = q->second();
        } else {
            auto f = m_futureOwners.find(t->waitResource);
            if (f != m_futureOwners.end() && !f->second->done())
                holders[std::size_t(t->actor)] = { f->second->actor };
        }
    }
    const DeadlockDetector::Finding f = DeadlockDetector::analyse(table, actors, resources, holders);
    m_ctx->setOutcome(QStringLiteral("deadlock"), true);
    if (!f.cycle.isEmpty()) {
        m_ctx->setOutcome(QStringLiteral("cycle"), f.cycle);
        m_ctx->setOutcome(QStringLiteral("cycle_resources"), f.cycleResources);
    }
    const QString reason = f.reason.isEmpty() ? tr("every task waits and nothing can wake them") : f.reason;
    m_ctx->setOutcome(QStringLiteral("reason"), reason);
    const quint32 text = m_rec->addText(reason);
    for (int a : f.stuck)
        m_rec->instant(a, InstantKind::Deadlock, table[std::size_t(a)].resource, 0, text);
    m_ctx->requestStop(StopReason::Deadlock);
    throw Interrupted {};
}

void EventLoop::destroyAll()
{
    // Jobs on other threads first: they write into frames about to go.
    m_executor.reset();
    m_timers.clear();
    std::vector<std::coroutine_handle<>> frames;
    for (TaskCore* t = m_first; t; t = t->next) {
        if (!t->done()) {
            t->status = TaskCore::Status::Cancelled;
            if (m_rec)
                m_rec->state(t->actor, State::Cancelled);
        }
        frames.push_back(t->self);
    }
    m_first = nullptr;
    m_ready.clear();
    m_batch.clear();
    t_tearingDown = true;
    for (auto h : frames)
        h.destroy();
    t_tearingDown = false;
}

} // namespace interleave::aio
