// SPDX-License-Identifier: MIT
#include "process/shmvalue.h"

#include "engine/runcontext.h"
#include "process/shmsegment.h"
#include "process/side.h"

#include <QJsonArray>
#include <QJsonObject>

namespace interleave {

namespace {

// The segment: the lock, then the elements.
constexpr std::size_t ItemsOffset = (sizeof(LockShm) + 63) / 64 * 64;

std::size_t segmentSize(int length)
{
    return ItemsOffset + sizeof(std::atomic<qint64>) * std::size_t(length);
}

LockShm* lockIn(const ShmSegment& s)
{
    return static_cast<LockShm*>(s.data());
}

std::atomic<qint64>* itemsIn(const ShmSegment& s)
{
    return reinterpret_cast<std::atomic<qint64>*>(static_cast<char*>(s.data()) + ItemsOffset);
}

} // namespace

struct ShmArray::Impl {
    std::shared_ptr<ShmSegment> segment;
    std::atomic<qint64>* items = nullptr;
    int length = 0;
    std::vector<int> resources;
    std::unique_ptr<ParentSide> parentSide;
    Side* side = nullptr;
    SharedLock lock;
};

ShmArray::ShmArray(RunContext& ctx, const QStringList& elementNames, const QString& lockName, qint64 initial)
    : d(std::make_shared<Impl>())
{
    d->length = int(elementNames.size());
    d->segment = ShmSegment::create(segmentSize(d->length));
    d->items = itemsIn(*d->segment);
    initLockShm(lockIn(*d->segment));
    d->parentSide = std::make_unique<ParentSide>(ctx);
    d->side = d->parentSide.get();
    d->lock = SharedLock(ctx, lockName, true, d->segment, lockIn(*d->segment));
    Recorder& rec = ctx.recorder();
    for (int i = 0; i < d->length; ++i) {
        new (&d->items[i]) std::atomic<qint64>(initial);
        d->resources.push_back(rec.addResource(ResourceInfo { elementNames[i], ResourceKind::SharedValue, 0, -1 }));
        d->side->counter(d->resources.back(), initial);
    }
}

ShmArray ShmArray::attach(Side& side, const QJsonValue& handle)
{
    const QJsonObject h = handle.toObject();
    ShmArray a;
    a.d = std::make_shared<Impl>();
    a.d->length = h.value(u"length").toInt();
    a.d->side = &side;
    a.d->lock = SharedLock::attach(side, h.value(u"lock"));
    // The lock's attach mapped the same segment: share that mapping.
    const int fd = h.value(u"fd").toInt();
    a.d->segment = ShmSegment::attach(fd, segmentSize(a.d->length));
    a.d->items = itemsIn(*a.d->segment);
    for (const QJsonValue& r : h.value(u"res").toArray())
        a.d->resources.push_back(r.toInt());
    return a;
}

QJsonValue ShmArray::share(FdTable& fds) const
{
    QJsonArray res;
    for (int r : d->resources)
        res.append(r);
    return QJsonObject { { QStringLiteral("fd"), fds.pass(d->segment->fd()) }, { QStringLiteral("length"), d->length },
        { QStringLiteral("res"), res }, { QStringLiteral("lock"), d->lock.share(fds) } };
}

int ShmArray::length() const
{
    return d ? d->length : 0;
}

qint64 ShmArray::read(int index) const
{
    return d->items[index].load(std::memory_order_relaxed);
}

void ShmArray::write(int index, qint64 value)
{
    // A loop of reads and writes never waits: this is where a stopped parent thread ends.
    d->side->throwIfInterrupted();
    d->items[index].store(value, std::memory_order_relaxed);
    d->side->counter(d->resources[std::size_t(index)], value);
}

int ShmArray::resource(int index) const
{
    return d->resources[std::size_t(index)];
}
SharedLock& ShmArray::getLock()
{
    return d->lock;
}

ShmValue::ShmValue(RunContext& ctx, const QString& name, qint64 initial)
    : m_array(ctx, QStringList { name }, name + QStringLiteral(" lock"), initial)
{
}

ShmValue ShmValue::attach(Side& side, const QJsonValue& handle)
{
    ShmValue v;
    v.m_array = ShmArray::attach(side, handle);
    return v;
}

} // namespace interleave
