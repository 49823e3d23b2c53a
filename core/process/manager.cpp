// SPDX-License-Identifier: MIT
#include "process/manager.h"

#include "engine/runcontext.h"
#include "process/channel.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/side.h"
#include "sync/waitnode.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace interleave {

namespace {

std::atomic<int> g_nextManager { 1 };

sockaddr_un abstractAddress(const QByteArray& name, socklen_t* len)
{
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    // Abstract namespace: sun_path starts with a NUL byte; the name vanishes with the socket.
    std::memcpy(addr.sun_path + 1, name.constData(), std::size_t(name.size()));
    *len = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + std::size_t(name.size()));
    return addr;
}

PyError osError(int err)
{
    return PyError { QStringLiteral("OSError"), QString::fromLocal8Bit(std::strerror(err)) };
}

QByteArray encode(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

struct DictProxy::Impl {
    QByteArray address;
    int resource = -1;
    std::unique_ptr<ParentSide> parentSide;
    Side* side = nullptr;
    std::mutex m; // one call at a time on this process's connection
    int fd = -1;
    ~Impl()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

DictProxy DictProxy::attach(Side& side, const QJsonValue& handle)
{
    const QJsonObject h = handle.toObject();
    DictProxy p;
    p.d = std::make_shared<Impl>();
    p.d->address = h.value(u"address").toString().toLatin1();
    p.d->resource = h.value(u"res").toInt();
    p.d->side = &side;
    return p;
}

QJsonValue DictProxy::share(FdTable&) const
{
    return QJsonObject { { QStringLiteral("address"), QString::fromLatin1(d->address) },
        { QStringLiteral("res"), d->resource } };
}

int DictProxy::resource() const
{
    return d ? d->resource : -1;
}

QJsonValue DictProxy::call(const QString& op, const QString& key, const QJsonValue& value)
{
    Side& side = *d->side;
    side.throwIfInterrupted();
    std::lock_guard lock(d->m);
    if (d->fd < 0) {
        const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
        if (fd < 0)
            throw osError(errno);
        socklen_t len = 0;
        const sockaddr_un addr = abstractAddress(d->address, &len);
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), len) != 0) {
            const int err = errno;
            ::close(fd);
            throw PyError { QStringLiteral("ConnectionRefusedError"), QString::fromLocal8Bit(std::strerror(err)) };
        }
        d->fd = fd;
    }
    const quint32 flow = side.flowBegin(FlowKind::Send, d->resource);
    if (!channel::send(side, d->fd, encode(QJsonArray { op, key, value, qint64(flow) })))
        throw pyError("BrokenPipeError", QT_TRANSLATE_NOOP("PyError", "the manager is gone"));
    side.state(State::Io, d->resource);
    side.beginWait(d->resource, State::Io, false);
    std::optional<QByteArray> reply;
    try {
        reply = channel::receive(side, d->fd);
    } catch (...) {
        side.endWait();
        throw;
    }
    side.endWait();
    if (!reply) {
        side.state(State::Running);
        throw pyError("EOFError", QT_TRANSLATE_NOOP("PyError", "the manager is gone"));
    }
    const QJsonArray a = QJsonDocument::fromJson(*reply).array();
    side.flowEnd(quint32(a.at(0).toInteger()), d->resource);
    side.state(State::Running);
    if (!a.at(2).toString().isEmpty())
        throw PyError { a.at(2).toString(), a.at(3).toString() };
    return a.at(1);
}

void DictProxy::set(const QString& key, const QJsonValue& value)
{
    call(QStringLiteral("set"), key, value);
}
QJsonValue DictProxy::get(const QString& key)
{
    return call(QStringLiteral("get"), key);
}
qint64 DictProxy::size()
{
    return call(QStringLiteral("len")).toInteger();
}
QJsonObject DictProxy::copy()
{
    return call(QStringLiteral("copy")).toObject();
}

Manager::Manager(RunContext& ctx)
{
    const QByteArray name = "interleave-" + QByteArray::number(qint64(::getpid())) + "-manager-"
        + QByteArray::number(g_nextManager.fetch_add(1));
    m_listenFd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        throw osError(errno);
    socklen_t len = 0;
    const sockaddr_un addr = abstractAddress(name, &len);
    if (::bind(m_listenFd, reinterpret_cast<const sockaddr*>(&addr), len) != 0 || ::listen(m_listenFd, 64) != 0) {
        const int err = errno;
        ::close(m_listenFd);
        m_listenFd = -1;
        throw osError(err);
    }
    m_dict.d = std::make_shared<DictProxy::Impl>();
    m_dict.d->address = name;
    m_dict.d->resource
        = ctx.recorder().addResource(ResourceInfo { QStringLiteral("dict"), ResourceKind::SharedValue, 0, -1 });
    m_dict.d->parentSide = std::make_unique<ParentSide>(ctx);
    m_dict.d->side = m_dict.d->parentSide.get();
    m_dict.d->side->counter(m_dict.d->resource, 0);

    struct Listener : Shareable { // the listening socket, passed to the server
        int fd;
        int res;
        QJsonValue share(FdTable& fds) const override
        {
            return QJsonObject { { QStringLiteral("fd"), fds.pass(fd) }, { QStringLiteral("res"), res } };
        }
    } listener;
    listener.fd = m_listenFd;
    listener.res = m_dict.d->resource;
    m_process = Process(ctx, QStringLiteral("process.manager"), ProcessArgs() << listener,
        Process::nextName(ctx, QStringLiteral("SyncManager")), true);
    m_process.start();
}

Manager::~Manager()
{
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

void Manager::shutdown()
{
    if (!m_process.isValid() || m_listenFd < 0)
        return;
    m_dict.call(QStringLiteral("shutdown"));
    m_process.join();
    ::close(m_listenFd);
    m_listenFd = -1;
}

namespace {

// The manager process: accepts proxies' connections and serves the dict until asked to shut down.
QJsonValue managerEntry(ChildContext& cx, const QJsonArray& args)
{
    const int listenFd = args.at(0).toObject().value(u"fd").toInt();
    const int res = args.at(0).toObject().value(u"res").toInt();
    QJsonObject dict;
    std::vector<pollfd> fds { pollfd { listenFd, POLLIN, 0 } };
    bool running = true;
    cx.state(State::Io, res);
    while (running) {
        if (::poll(fds.data(), nfds_t(fds.size()), -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (std::size_t i = fds.size(); i-- > 0;) {
            if (!fds[i].revents)
                continue;
            if (i == 0) {
                const int c = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
                if (c >= 0)
                    fds.push_back(pollfd { c, POLLIN, 0 });
                continue;
            }
            bool eof = false;
            const std::optional<QByteArray> m = channel::tryReceive(fds[i].fd, &eof);
            if (!m) {
                if (eof) {
                    ::close(fds[i].fd);
                    fds.erase(fds.begin() + std::ptrdiff_t(i));
                }
                continue;
            }
            const QJsonArray req = QJsonDocument::fromJson(*m).array();
            const QString op = req.at(0).toString();
            const QString key = req.at(1).toString();
            cx.flowEnd(quint32(req.at(3).toInteger()), res);
            cx.state(State::Running);
            QJsonValue result;
            QString errType;
            QString errMessage;
            if (op == u"set") {
                dict.insert(key, req.at(2));
                cx.counter(res, dict.size());
            } else if (op == u"get") {
                if (dict.contains(key)) {
                    result = dict.value(key);
                } else {
                    errType = QStringLiteral("KeyError");
                    errMessage = key;
                }
            } else if (op == u"len") {
                result = dict.size();
            } else if (op == u"copy") {
                result = dict;
            } else if (op == u"shutdown") {
                running = false;
            }
            const quint32 flow = cx.flowBegin(FlowKind::Send, res);
            channel::send(cx, fds[i].fd, encode(QJsonArray { qint64(flow), result, errType, errMessage }));
            if (running)
                cx.state(State::Io, res);
        }
    }
    return QJsonValue();
}

} // namespace

INTERLEAVE_CHILD_ENTRY(managerEntry, "process.manager");

} // namespace interleave
