// SPDX-License-Identifier: MIT
#include "process/sharedlock.h"

#include "engine/runcontext.h"
#include "process/shmsegment.h"
#include "process/side.h"
#include "sync/waitable.h"
#include "sync/waitnode.h"

#include <QJsonObject>

#include <cerrno>
#include <chrono>
#include <ctime>

namespace interleave {

void initLockShm(LockShm* shm)
{
    new (&shm->owner) std::atomic<int>(-1);
    new (&shm->depth) std::atomic<int>(0);
    new (&shm->holdId) std::atomic<qint64>(0);
    new (&shm->releaseFlow) std::atomic<quint32>(0);
    new (&shm->waiters) std::atomic<int>(0);
    ::sem_init(&shm->sem, 1, 1);
}

namespace {

// The parent's view of the lock for the engine: who holds it (the deadlock detector asks). Waits poll
// for a stop, so there is nobody to wake.
class LockWatch final : public Waitable {
public:
    LockWatch(RunContext& ctx, const ResourceInfo& info, const LockShm* shm)
        : Waitable(ctx, info)
        , m_shm(shm)
    {
    }
    ~LockWatch() override { context().detach(this); }
    void interruptWaiters() override { }
    std::vector<int> holders() const override
    {
        const int owner = m_shm->owner.load(std::memory_order_acquire);
        return owner >= 0 ? std::vector<int> { owner } : std::vector<int> {};
    }
    std::vector<int> waiters() const override { return {}; }

private:
    const LockShm* m_shm;
};

constexpr int SliceMs = 20;

} // namespace

struct SharedLock::Impl {
    std::shared_ptr<ShmSegment> segment;
    LockShm* shm = nullptr;
    std::unique_ptr<ParentSide> parentSide;
    Side* side = nullptr;
    std::unique_ptr<LockWatch> watch;
    int resource = -1;
    bool recursive = false;
};

SharedLock::SharedLock(RunContext& ctx, const QString& name, bool recursive)
{
    auto segment = ShmSegment::create(sizeof(LockShm));
    auto* shm = static_cast<LockShm*>(segment->data());
    initLockShm(shm);
    *this = SharedLock(ctx, name, recursive, std::move(segment), shm);
}

SharedLock::SharedLock(
    RunContext& ctx, const QString& name, bool recursive, std::shared_ptr<ShmSegment> segment, LockShm* shm)
    : d(std::make_shared<Impl>())
{
    d->segment = std::move(segment);
    d->shm = shm;
    d->parentSide = std::make_unique<ParentSide>(ctx);
    d->side = d->parentSide.get();
    d->watch = std::make_unique<LockWatch>(
        ctx, ResourceInfo { name, recursive ? ResourceKind::RMutex : ResourceKind::Mutex, 1, -1 }, shm);
    d->resource = d->watch->resource();
    d->recursive = recursive;
}

SharedLock SharedLock::attach(Side& side, const QJsonValue& handle)
{
    const QJsonObject h = handle.toObject();
    SharedLock lock;
    lock.d = std::make_shared<Impl>();
    lock.d->segment = ShmSegment::attach(h.value(u"fd").toInt(), std::size_t(h.value(u"size").toInteger()));
    lock.d->shm = reinterpret_cast<LockShm*>(static_cast<char*>(lock.d->segment->data()) + h.value(u"offset").toInt());
    lock.d->side = &side;
    lock.d->resource = h.value(u"res").toInt();
    lock.d->recursive = h.value(u"recursive").toBool();
    return lock;
}

QJsonValue SharedLock::share(FdTable& fds) const
{
    const auto offset = reinterpret_cast<const char*>(d->shm) - static_cast<const char*>(d->segment->data());
    return QJsonObject { { QStringLiteral("fd"), fds.pass(d->segment->fd()) },
        { QStringLiteral("size"), qint64(d->segment->size()) }, { QStringLiteral("offset"), qint64(offset) },
        { QStringLiteral("res"), d->resource }, { QStringLiteral("recursive"), d->recursive } };
}

int SharedLock::resource() const
{
    return d ? d->resource : -1;
}
int SharedLock::owner() const
{
    return d ? d->shm->owner.load(std::memory_order_acquire) : -1;
}

bool SharedLock::acquire(bool blocking, double timeoutMs)
{
    checkAcquireArgs(blocking, timeoutMs);
    Side& side = *d->side;
    LockShm* shm = d->shm;
    const int me = side.actor();
    if (d->recursive && shm->owner.load(std::memory_order_acquire) == me) {
        shm->depth.fetch_add(1, std::memory_order_relaxed);
        return true;
    }
    side.throwIfInterrupted();
    if (::sem_trywait(&shm->sem) != 0) {
        if (!blocking)
            return false;
        using Clock = std::chrono::steady_clock;
        const auto deadline = Clock::now() + std::chrono::microseconds(qint64(std::max(0.0, timeoutMs) * 1000));
        shm->waiters.fetch_add(1, std::memory_order_acq_rel);
        side.state(State::Blocked, d->resource);
        side.beginWait(d->resource, State::Blocked, timeoutMs >= 0);
        enum { Got, TimedOut, Stopped } how = Got;
        for (;;) {
            if (side.interrupted()) {
                how = Stopped;
                break;
            }
            int sliceMs = side.isChild() ? 1000 : SliceMs;
            if (timeoutMs >= 0) {
                const auto left
                    = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
                if (left <= 0) {
                    how = ::sem_trywait(&shm->sem) == 0 ? Got : TimedOut;
                    break;
                }
                sliceMs = int(std::min<qint64>(sliceMs, left));
            }
            timespec until {};
            ::clock_gettime(CLOCK_REALTIME, &until);
            until.tv_nsec += long(sliceMs) * 1'000'000;
            until.tv_sec += until.tv_nsec / 1'000'000'000;
            until.tv_nsec %= 1'000'000'000;
            if (::sem_timedwait(&shm->sem, &until) == 0)
                break;
        }
        shm->waiters.fetch_sub(1, std::memory_order_acq_rel);
        if (how == Stopped) {
            side.endWait();
            throw Interrupted {};
        }
        if (how == TimedOut) {
            side.instant(InstantKind::Timeout, d->resource);
            side.state(State::Running);
            side.endWait();
            return false;
        }
        side.flowEnd(shm->releaseFlow.exchange(0, std::memory_order_acq_rel), d->resource);
        side.state(State::Running);
        side.endWait();
    }
    shm->owner.store(me, std::memory_order_release);
    shm->depth.store(1, std::memory_order_relaxed);
    const auto hold = qint64(side.nextId());
    shm->holdId.store(hold, std::memory_order_relaxed);
    side.holdBegin(d->resource, hold);
    return true;
}

void SharedLock::release()
{
    Side& side = *d->side;
    LockShm* shm = d->shm;
    if (d->recursive) {
        if (shm->owner.load(std::memory_order_acquire) != side.actor())
            throw pyError("AssertionError",
                QT_TRANSLATE_NOOP("PyError", "attempt to release recursive lock not owned by thread"));
        if (shm->depth.fetch_sub(1, std::memory_order_relaxed) > 1)
            return;
    } else {
        int value = 0;
        ::sem_getvalue(&shm->sem, &value);
        if (value > 0)
            throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "semaphore or lock released too many times"));
    }
    side.holdEnd(d->resource, shm->holdId.load(std::memory_order_relaxed));
    shm->owner.store(-1, std::memory_order_release);
    if (shm->waiters.load(std::memory_order_acquire) > 0)
        shm->releaseFlow.store(side.flowBegin(FlowKind::Release, d->resource), std::memory_order_release);
    ::sem_post(&shm->sem);
}

} // namespace interleave
