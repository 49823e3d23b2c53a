// SPDX-License-Identifier: MIT
#include "engine/runcontext.h"

#include "sync/thread.h"
#include "sync/waitable.h"

#include <algorithm>
#include <chrono>
#include <thread>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace interleave {

namespace {

// The actor the calling thread acts as, and a direct pointer to its cut-off flag so that the
// hot interruption check (every acquire, every shared write) takes no lock.
thread_local int t_actor = -1;
thread_local const RunContext* t_context = nullptr;
thread_local const std::atomic<bool>* t_cutOff = nullptr;

void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#endif
}

} // namespace

RunContext::RunContext(Recorder& recorder, QVariantMap params, quint64 seed)
    : m_recorder(recorder)
    , m_params(std::move(params))
    , m_seed(seed)
    , m_rng(seed)
{
}

RunContext::~RunContext()
{
    // Shared objects go first: their destructors detach from this context, which takes m_mutex.
    std::vector<std::shared_ptr<void>> keepAlive;
    {
        std::lock_guard lock(m_mutex);
        keepAlive.swap(m_keepAlive);
    }
    keepAlive.clear();
    std::vector<std::shared_ptr<ThreadState>> threads;
    {
        std::lock_guard lock(m_mutex);
        threads.swap(m_threads);
    }
    threads.clear();
    if (t_context == this) {
        t_context = nullptr;
        t_cutOff = nullptr;
        t_actor = -1;
    }
}

qint64 RunContext::intParam(const QString& name) const { return m_params.value(name).toLongLong(); }
double RunContext::doubleParam(const QString& name) const { return m_params.value(name).toDouble(); }
bool RunContext::boolParam(const QString& name) const { return m_params.value(name).toBool(); }
QString RunContext::enumParam(const QString& name) const { return m_params.value(name).toString(); }

quint64 RunContext::random(quint64 bound)
{
    if (bound == 0)
        return 0;
    std::lock_guard lock(m_mutex);
    std::uniform_int_distribution<quint64> dist(0, bound - 1);
    return dist(m_rng);
}

void RunContext::setOutcome(const QString& key, const QVariant& value)
{
    std::lock_guard lock(m_mutex);
    m_outcome.insert(key, value);
}

QVariantMap RunContext::outcome() const
{
    std::lock_guard lock(m_mutex);
    return m_outcome;
}

int RunContext::currentActor() { return t_actor; }

int RunContext::addActor(const ActorInfo& info)
{
    const int id = m_recorder.addActor(info);
    std::lock_guard lock(m_mutex);
    if (m_waits.size() <= std::size_t(id)) {
        m_waits.resize(std::size_t(id) + 1);
        while (m_cutOff.size() <= std::size_t(id))
            m_cutOff.push_back(std::make_unique<std::atomic<bool>>(false));
    }
    if (info.kind == ActorKind::Main && m_mainActor < 0)
        m_mainActor = id;
    return id;
}

void RunContext::bindCurrentThread(int actor)
{
    t_actor = actor;
    t_context = this;
    std::lock_guard lock(m_mutex);
    t_cutOff = actor >= 0 && std::size_t(actor) < m_cutOff.size() ? m_cutOff[std::size_t(actor)].get() : nullptr;
}

bool RunContext::interrupted(int actor) const
{
    if (m_stopReason.load(std::memory_order_acquire) != StopReason::None)
        return true;
    if (actor < 0)
        return false;
    if (actor == t_actor && t_context == this && t_cutOff)
        return t_cutOff->load(std::memory_order_acquire);
    std::lock_guard lock(m_mutex);
    return std::size_t(actor) < m_cutOff.size() && m_cutOff[std::size_t(actor)]->load(std::memory_order_acquire);
}

void RunContext::throwIfInterrupted(int actor) const
{
    if (interrupted(actor))
        throw Interrupted {};
}

void RunContext::sleepMs(double ms)
{
    const int actor = currentActor();
    throwIfInterrupted(actor);
    m_recorder.state(actor, State::Sleeping);
    beginWait(actor, -1, State::Sleeping, true);
    const auto deadline = std::chrono::steady_clock::now()
        + std::chrono::nanoseconds(qint64(std::max(0.0, ms) * 1e6));
    bool stopped = false;
    {
        std::unique_lock lock(m_sleepMutex);
        stopped = m_sleepCv.wait_until(lock, deadline, [&] { return interrupted(actor); });
    }
    endWait(actor);
    if (stopped)
        throw Interrupted {};
    m_recorder.state(actor, State::Running);
}

void RunContext::spinMs(double ms)
{
    const int actor = currentActor();
    throwIfInterrupted(actor);
    using Clock = std::chrono::steady_clock;
    const auto end = Clock::now() + std::chrono::nanoseconds(qint64(std::max(0.0, ms) * 1e6));
    auto nextCheck = Clock::now();
    for (;;) {
        const auto now = Clock::now();
        if (now >= end)
            break;
        if (now >= nextCheck) {
            throwIfInterrupted(actor);
            nextCheck = now + std::chrono::microseconds(200);
        }
        for (int i = 0; i < 64; ++i)
            cpuRelax();
    }
}

void RunContext::beginWait(int actor, int resource, State state, bool timed)
{
    if (actor < 0)
        return;
    std::lock_guard lock(m_mutex);
    if (std::size_t(actor) >= m_waits.size())
        return;
    ActorWait& w = m_waits[std::size_t(actor)];
    w.waiting = true;
    w.timed = timed;
    w.resource = resource;
    w.state = state;
}

void RunContext::endWait(int actor)
{
    if (actor < 0)
        return;
    std::lock_guard lock(m_mutex);
    if (std::size_t(actor) >= m_waits.size())
        return;
    ActorWait& w = m_waits[std::size_t(actor)];
    w.waiting = false;
    w.timed = false;
    w.resource = -1;
    w.state = State::Running;
}

void RunContext::attach(Waitable* w)
{
    std::lock_guard lock(m_waitablesMutex);
    m_waitables.push_back(w);
}

void RunContext::detach(Waitable* w)
{
    std::lock_guard lock(m_waitablesMutex);
    auto it = std::find(m_waitables.begin(), m_waitables.end(), w);
    if (it != m_waitables.end())
        m_waitables.erase(it);
}

void RunContext::registerThread(std::shared_ptr<ThreadState> t)
{
    std::lock_guard lock(m_mutex);
    m_threads.push_back(std::move(t));
}

void RunContext::requestStop(StopReason reason)
{
    StopReason expected = StopReason::None;
    m_stopReason.compare_exchange_strong(expected, reason, std::memory_order_acq_rel);
    interruptAll();
}

void RunContext::cutOff(int actor)
{
    {
        std::lock_guard lock(m_mutex);
        if (actor < 0 || std::size_t(actor) >= m_cutOff.size())
            return;
        m_cutOff[std::size_t(actor)]->store(true, std::memory_order_release);
    }
    interruptAll();
}

void RunContext::interruptAll()
{
    // Only primitives somebody waits on are woken: a primitive is attached by Waitable's
    // constructor, before the derived part exists, and detached by Waitable's destructor, after it is
    // gone, so calling one nobody waits on could reach a half-built object. A waiter that registers
    // its wait after this scan sees the stop flag, which was set before, when it checks under its
    // primitive's lock.
    std::vector<int> waited;
    {
        std::lock_guard lock(m_mutex);
        for (const ActorWait& w : m_waits) {
            if (w.waiting && w.resource >= 0)
                waited.push_back(w.resource);
        }
    }
    std::sort(waited.begin(), waited.end());
    waited.erase(std::unique(waited.begin(), waited.end()), waited.end());
    {
        // Held while calling into the primitives so that none can be destroyed meanwhile.
        std::lock_guard lock(m_waitablesMutex);
        for (Waitable* w : m_waitables) {
            if (std::binary_search(waited.begin(), waited.end(), w->resource()))
                w->interruptWaiters();
        }
    }
    {
        std::lock_guard lock(m_sleepMutex);
    }
    m_sleepCv.notify_all();
}

std::vector<RunContext::ActorWait> RunContext::waitTable() const
{
    std::lock_guard lock(m_mutex);
    return m_waits;
}

std::vector<int> RunContext::holdersOf(int resource) const
{
    std::lock_guard lock(m_waitablesMutex);
    for (const Waitable* w : m_waitables) {
        if (w->resource() == resource)
            return w->holders();
    }
    return {};
}

std::vector<int> RunContext::waitersOf(int resource) const
{
    std::lock_guard lock(m_waitablesMutex);
    for (const Waitable* w : m_waitables) {
        if (w->resource() == resource)
            return w->waiters();
    }
    return {};
}

void RunContext::setAlive(int actor, bool alive)
{
    std::lock_guard lock(m_mutex);
    if (actor >= 0 && std::size_t(actor) < m_waits.size())
        m_waits[std::size_t(actor)].alive = alive;
}

std::vector<std::shared_ptr<ThreadState>> RunContext::threads() const
{
    std::lock_guard lock(m_mutex);
    return m_threads;
}

} // namespace interleave
