// SPDX-License-Identifier: MIT
#include "process/queue.h"

#include "engine/runcontext.h"
#include "process/channel.h"
#include "process/shmsegment.h"
#include "process/side.h"
#include "sync/waitnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

#include <unistd.h>

namespace interleave {

struct Queue::Impl {
    std::atomic<int> readFd { -1 };
    std::atomic<int> writeFd { -1 };
    std::shared_ptr<ShmSegment> segment; // the item count
    int resource = -1;
    std::unique_ptr<ParentSide> parentSide;
    Side* side = nullptr;
    std::atomic<qint64>& count() const { return *static_cast<std::atomic<qint64>*>(segment->data()); }
    ~Impl()
    {
        for (auto* fd : { &readFd, &writeFd }) {
            const int f = fd->exchange(-1);
            if (f >= 0)
                ::close(f);
        }
    }
};

Queue::Queue(RunContext& ctx, const QString& name)
    : d(std::make_shared<Impl>())
{
    int fds[2];
    channel::makePair(fds);
    d->writeFd.store(fds[0]);
    d->readFd.store(fds[1]);
    d->segment = ShmSegment::create(sizeof(std::atomic<qint64>));
    new (d->segment->data()) std::atomic<qint64>(0);
    d->resource = ctx.recorder().addResource(ResourceInfo { name, ResourceKind::Queue, 0, -1 });
    d->parentSide = std::make_unique<ParentSide>(ctx);
    d->side = d->parentSide.get();
    d->side->counter(d->resource, 0);
}

Queue Queue::attach(Side& side, const QJsonValue& handle)
{
    const QJsonObject h = handle.toObject();
    Queue q;
    q.d = std::make_shared<Impl>();
    q.d->readFd.store(h.value(u"r").toInt());
    q.d->writeFd.store(h.value(u"w").toInt());
    q.d->segment = ShmSegment::attach(h.value(u"shm").toInt(), sizeof(std::atomic<qint64>));
    q.d->resource = h.value(u"res").toInt();
    q.d->side = &side;
    return q;
}

QJsonValue Queue::share(FdTable& fds) const
{
    const int w = d->writeFd.load();
    return QJsonObject { { QStringLiteral("r"), fds.pass(d->readFd.load()) },
        { QStringLiteral("w"), w >= 0 ? fds.pass(w) : -1 }, { QStringLiteral("shm"), fds.pass(d->segment->fd()) },
        { QStringLiteral("res"), d->resource } };
}

void Queue::put(const QJsonValue& value)
{
    const int fd = d->writeFd.load();
    if (fd < 0)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "Queue is closed"));
    Side& side = *d->side;
    side.throwIfInterrupted();
    side.counter(d->resource, d->count().fetch_add(1, std::memory_order_acq_rel) + 1);
    const quint32 flow = side.flowBegin(FlowKind::Put, d->resource);
    const QByteArray message = QJsonDocument(QJsonArray { qint64(flow), value }).toJson(QJsonDocument::Compact);
    if (!channel::send(side, fd, message))
        throw pyError("BrokenPipeError", QT_TRANSLATE_NOOP("PyError", "[Errno 32] Broken pipe"));
}

QJsonValue Queue::get(double timeoutMs)
{
    Side& side = *d->side;
    side.throwIfInterrupted();
    const int fd = d->readFd.load();
    bool eof = false;
    std::optional<QByteArray> message = channel::tryReceive(fd, &eof);
    bool waited = false;
    bool timedOut = false;
    if (!message && !eof) {
        waited = true;
        side.state(State::Waiting, d->resource);
        side.beginWait(d->resource, State::Waiting, timeoutMs >= 0);
        try {
            message = channel::receive(side, fd, timeoutMs, &timedOut);
        } catch (...) {
            side.endWait();
            throw;
        }
        side.endWait();
    }
    if (!message) {
        side.instant(timedOut ? InstantKind::Timeout : InstantKind::Exception, d->resource, 0,
            timedOut ? QString() : QStringLiteral("EOFError"));
        if (waited)
            side.state(State::Running);
        if (timedOut)
            throw PyError { QStringLiteral("Empty"), {} };
        throw PyError { QStringLiteral("EOFError"), {} };
    }
    const QJsonArray a = QJsonDocument::fromJson(*message).array();
    side.flowEnd(quint32(a.at(0).toInteger()), d->resource);
    if (waited)
        side.state(State::Running);
    side.counter(d->resource, d->count().fetch_sub(1, std::memory_order_acq_rel) - 1);
    return a.at(1);
}

qint64 Queue::qsize() const
{
    return d->count().load(std::memory_order_acquire);
}

void Queue::close()
{
    const int fd = d->writeFd.exchange(-1);
    if (fd >= 0)
        ::close(fd);
}

int Queue::resource() const
{
    return d ? d->resource : -1;
}

} // namespace interleave
