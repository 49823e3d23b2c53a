// SPDX-License-Identifier: MIT
#include "process/connection.h"

#include "engine/runcontext.h"
#include "process/channel.h"
#include "process/side.h"
#include "sync/waitnode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

#include <unistd.h>

namespace interleave {

struct Connection::Impl {
    std::atomic<int> fd { -1 };
    bool readable = true;
    bool writable = true;
    int resource = -1;
    std::unique_ptr<ParentSide> parentSide;
    Side* side = nullptr;
    ~Impl()
    {
        const int f = fd.exchange(-1);
        if (f >= 0)
            ::close(f);
    }
};

namespace {

PyError oserror(const char* message)
{
    return pyError("OSError", message);
}

} // namespace

std::pair<Connection, Connection> makePipe(RunContext& ctx, bool duplex, const QString& name)
{
    int fds[2];
    channel::makePair(fds);
    const QString resName = !name.isEmpty() ? name
        : duplex                            ? QStringLiteral("Pipe")
                                            : QStringLiteral("Pipe(duplex=False)");
    const int res = ctx.recorder().addResource(ResourceInfo { resName, ResourceKind::Pipe, 0, -1 });
    Connection a;
    Connection b;
    for (int i = 0; i < 2; ++i) {
        Connection& c = i == 0 ? a : b;
        c.d = std::make_shared<Connection::Impl>();
        c.d->fd.store(fds[i]);
        c.d->resource = res;
        c.d->parentSide = std::make_unique<ParentSide>(ctx);
        c.d->side = c.d->parentSide.get();
        c.d->readable = duplex || i == 0;
        c.d->writable = duplex || i == 1;
    }
    return { a, b };
}

Connection Connection::attach(Side& side, const QJsonValue& handle)
{
    const QJsonObject h = handle.toObject();
    Connection c;
    c.d = std::make_shared<Impl>();
    c.d->fd.store(h.value(u"fd").toInt());
    c.d->resource = h.value(u"res").toInt();
    c.d->readable = h.value(u"readable").toBool();
    c.d->writable = h.value(u"writable").toBool();
    c.d->side = &side;
    return c;
}

QJsonValue Connection::share(FdTable& fds) const
{
    const int fd = d->fd.load();
    if (fd < 0)
        throw oserror(QT_TRANSLATE_NOOP("PyError", "handle is closed"));
    return QJsonObject { { QStringLiteral("fd"), fds.pass(fd) }, { QStringLiteral("res"), d->resource },
        { QStringLiteral("readable"), d->readable }, { QStringLiteral("writable"), d->writable } };
}

void Connection::send(const QJsonValue& value)
{
    const int fd = d->fd.load();
    if (fd < 0)
        throw oserror(QT_TRANSLATE_NOOP("PyError", "handle is closed"));
    if (!d->writable)
        throw oserror(QT_TRANSLATE_NOOP("PyError", "connection is read-only"));
    Side& side = *d->side;
    side.throwIfInterrupted();
    const QByteArray body = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    const quint32 flow = side.flowBegin(FlowKind::Send, d->resource, body.size() - 2);
    const QByteArray message = QJsonDocument(QJsonArray { qint64(flow), value }).toJson(QJsonDocument::Compact);
    if (!channel::send(side, fd, message)) {
        side.instant(InstantKind::Exception, d->resource, 0, QStringLiteral("BrokenPipeError"));
        throw pyError("BrokenPipeError", QT_TRANSLATE_NOOP("PyError", "[Errno 32] Broken pipe"));
    }
}

QJsonValue Connection::recv()
{
    const int fd = d->fd.load();
    if (fd < 0)
        throw oserror(QT_TRANSLATE_NOOP("PyError", "handle is closed"));
    if (!d->readable)
        throw oserror(QT_TRANSLATE_NOOP("PyError", "connection is write-only"));
    Side& side = *d->side;
    side.throwIfInterrupted();
    bool eof = false;
    std::optional<QByteArray> message = channel::tryReceive(fd, &eof);
    bool waited = false;
    if (!message && !eof) {
        waited = true;
        side.state(State::Io, d->resource);
        side.beginWait(d->resource, State::Io, false);
        try {
            message = channel::receive(side, fd);
        } catch (...) {
            side.endWait();
            throw;
        }
        side.endWait();
    }
    if (!message) {
        side.instant(InstantKind::Exception, d->resource, 0, QStringLiteral("EOFError"));
        if (waited)
            side.state(State::Running);
        throw PyError { QStringLiteral("EOFError"), {} };
    }
    const QJsonArray a = QJsonDocument::fromJson(*message).array();
    side.flowEnd(quint32(a.at(0).toInteger()), d->resource);
    if (waited)
        side.state(State::Running);
    return a.at(1);
}

bool Connection::poll(double timeoutMs)
{
    const int fd = d->fd.load();
    if (fd < 0)
        throw oserror(QT_TRANSLATE_NOOP("PyError", "handle is closed"));
    return channel::waitFor(*d->side, fd, false, timeoutMs) == channel::Wait::Ready;
}

void Connection::close()
{
    const int fd = d ? d->fd.exchange(-1) : -1;
    if (fd < 0)
        return;
    ::close(fd);
    d->side->instant(InstantKind::Mark, d->resource, 0, QStringLiteral("close"));
}

bool Connection::closed() const
{
    return !d || d->fd.load() < 0;
}
bool Connection::readable() const
{
    return d && d->readable;
}
bool Connection::writable() const
{
    return d && d->writable;
}
int Connection::resource() const
{
    return d ? d->resource : -1;
}

} // namespace interleave
