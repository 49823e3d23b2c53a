// SPDX-License-Identifier: MIT
#include "process/startgate.h"

#include "engine/runcontext.h"
#include "process/shmsegment.h"
#include "process/side.h"

#include <QJsonObject>

#include <atomic>

#include <semaphore.h>

namespace interleave {

namespace {

struct GateShm {
    sem_t sem;
    std::atomic<int> arrived;
};

} // namespace

struct StartGate::Impl {
    std::shared_ptr<ShmSegment> segment;
    GateShm* shm = nullptr;
    int parties = 0;
    int resource = -1;
    std::unique_ptr<ParentSide> parentSide;
    Side* side = nullptr;
};

StartGate::StartGate(RunContext& ctx, int parties, const QString& name)
    : d(std::make_shared<Impl>())
{
    d->segment = ShmSegment::create(sizeof(GateShm));
    d->shm = static_cast<GateShm*>(d->segment->data());
    new (&d->shm->arrived) std::atomic<int>(0);
    ::sem_init(&d->shm->sem, 1, 0);
    d->parties = parties;
    d->resource = ctx.recorder().addResource(ResourceInfo { name, ResourceKind::Barrier, parties, -1 });
    d->parentSide = std::make_unique<ParentSide>(ctx);
    d->side = d->parentSide.get();
}

StartGate StartGate::attach(Side& side, const QJsonValue& handle)
{
    const QJsonObject h = handle.toObject();
    StartGate g;
    g.d = std::make_shared<Impl>();
    g.d->segment = ShmSegment::attach(h.value(u"fd").toInt(), sizeof(GateShm));
    g.d->shm = static_cast<GateShm*>(g.d->segment->data());
    g.d->parties = h.value(u"parties").toInt();
    g.d->resource = h.value(u"res").toInt();
    g.d->side = &side;
    return g;
}

QJsonValue StartGate::share(FdTable& fds) const
{
    return QJsonObject { { QStringLiteral("fd"), fds.pass(d->segment->fd()) },
        { QStringLiteral("parties"), d->parties }, { QStringLiteral("res"), d->resource } };
}

void StartGate::wait()
{
    Side& side = *d->side;
    if (d->shm->arrived.fetch_add(1, std::memory_order_acq_rel) + 1 == d->parties) {
        // The last party trips the gate and goes on without waiting.
        side.instant(InstantKind::Set, d->resource);
        for (int i = 1; i < d->parties; ++i)
            ::sem_post(&d->shm->sem);
        return;
    }
    side.state(State::Waiting, d->resource);
    side.beginWait(d->resource, State::Waiting, false);
    while (::sem_wait(&d->shm->sem) != 0) { }
    side.endWait();
    side.state(State::Running);
}

} // namespace interleave
