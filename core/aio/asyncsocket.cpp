// SPDX-License-Identifier: MIT
#include "aio/asyncsocket.h"

#include "engine/runcontext.h"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace interleave::aio {

namespace {

sockaddr_in loopback(quint16 port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

bool wouldBlock(int err)
{
    return err == EAGAIN || err == EWOULDBLOCK;
}

void noDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

} // namespace

void raiseOsError(int err)
{
    QString type = QStringLiteral("OSError");
    switch (err) {
    case ECONNREFUSED:
        type = QStringLiteral("ConnectionRefusedError");
        break;
    case ECONNRESET:
        type = QStringLiteral("ConnectionResetError");
        break;
    case ECONNABORTED:
        type = QStringLiteral("ConnectionAbortedError");
        break;
    case EPIPE:
        type = QStringLiteral("BrokenPipeError");
        break;
    case ETIMEDOUT:
        type = QStringLiteral("TimeoutError");
        break;
    default:
        break;
    }
    throw PyError { type, QStringLiteral("[Errno %1] %2").arg(err).arg(QString::fromLocal8Bit(std::strerror(err))) };
}

AsyncSocket::AsyncSocket(EventLoop* loop, int fd, int resource)
    : m_loop(loop)
    , m_watch(std::make_unique<IoWatch>())
    , m_resource(resource)
{
    m_watch->fd = fd;
    m_loop->watch(m_watch.get());
}

AsyncSocket::AsyncSocket(AsyncSocket&& o) noexcept
    : m_loop(o.m_loop)
    , m_watch(std::move(o.m_watch))
    , m_resource(o.m_resource)
{
}

AsyncSocket& AsyncSocket::operator=(AsyncSocket&& o) noexcept
{
    if (this != &o) {
        close();
        m_loop = o.m_loop;
        m_watch = std::move(o.m_watch);
        m_resource = o.m_resource;
    }
    return *this;
}

AsyncSocket::~AsyncSocket()
{
    close();
}

AsyncSocket AsyncSocket::make(int type, const QString& name)
{
    EventLoop* loop = EventLoop::current();
    if (!loop)
        throw PyError { QStringLiteral("RuntimeError"), tr("no running event loop") };
    const int fd = ::socket(AF_INET, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        raiseOsError(errno);
    if (type == SOCK_STREAM)
        noDelay(fd);
    return AsyncSocket(loop, fd, name.isEmpty() ? -1 : loop->addResource(name, ResourceKind::Socket));
}

AsyncSocket AsyncSocket::tcp(const QString& name)
{
    return make(SOCK_STREAM, name);
}
AsyncSocket AsyncSocket::udp(const QString& name)
{
    return make(SOCK_DGRAM, name);
}

void AsyncSocket::bind(quint16 port)
{
    const int one = 1;
    ::setsockopt(fd(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in a = loopback(port);
    if (::bind(fd(), reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0)
        raiseOsError(errno);
}

void AsyncSocket::listen(int backlog)
{
    if (::listen(fd(), backlog) != 0)
        raiseOsError(errno);
}

quint16 AsyncSocket::localPort() const
{
    sockaddr_in a {};
    socklen_t len = sizeof a;
    if (!m_watch || ::getsockname(fd(), reinterpret_cast<sockaddr*>(&a), &len) != 0)
        return 0;
    return ntohs(a.sin_port);
}

quint16 AsyncSocket::peerPort() const
{
    sockaddr_in a {};
    socklen_t len = sizeof a;
    if (!m_watch || ::getpeername(fd(), reinterpret_cast<sockaddr*>(&a), &len) != 0)
        return 0;
    return ntohs(a.sin_port);
}

void AsyncSocket::close()
{
    if (!m_watch)
        return;
    m_loop->unwatch(m_watch.get());
    ::close(m_watch->fd);
    // A task still waiting on it wakes and sees the socket gone (EBADF: OSError). Not while the loop
    // destroys what is left at its end: that task's frame may be gone already.
    for (IoWaiter** s : { &m_watch->reader, &m_watch->writer }) {
        if (EventLoop::tearingDown())
            break;
        if (IoWaiter* w = std::exchange(*s, nullptr))
            w->ready(w);
    }
    m_watch.reset();
}

void AsyncSocket::shutdownWrite()
{
    if (m_watch)
        ::shutdown(fd(), SHUT_WR);
}

void AsyncSocket::ReadyAwaiter::await_suspend(std::coroutine_handle<> h)
{
    loop = EventLoop::current();
    task = loop->currentTask();
    if (!socket->m_watch)
        raiseOsError(EBADF);
    IoWaiter** s = socket->slot(write);
    if (*s) {
        throw PyError { QStringLiteral("RuntimeError"),
            write ? tr("another task is already waiting to write to this socket")
                  : tr("another task is already waiting to read from this socket") };
    }
    static_assert(offsetof(ReadyAwaiter, node) == 0);
    io.ready = [](IoWaiter* w) {
        auto* self = reinterpret_cast<ReadyAwaiter*>(reinterpret_cast<char*>(w) - offsetof(ReadyAwaiter, io));
        self->finish();
        self->loop->wake(self->task);
    };
    *s = &io;
    loop->ioWaitChanged(+1);
    if (timeoutMs >= 0) {
        node.fire = [](TimerNode* n) {
            auto* self = reinterpret_cast<ReadyAwaiter*>(n);
            self->timedOut = true;
            self->finish();
            EventLoop* l = self->loop;
            l->wake(self->task, l->flowFrom(l->loopActor(), FlowKind::Wake, l->timerResource()));
        };
        loop->addTimer(&node, qint64(timeoutMs * 1e6));
    }
    loop->suspend(h, socket->m_resource, this, [](void* self, TaskCore* t) {
        auto* a = static_cast<ReadyAwaiter*>(self);
        a->finish();
        t->mustCancel = true;
        a->loop->wake(t);
        return true;
    });
}

// Ends the wait whichever way it ends: I/O, timeout, cancel or close.
void AsyncSocket::ReadyAwaiter::finish()
{
    if (ended)
        return;
    ended = true;
    loop->removeTimer(&node);
    if (socket->m_watch) {
        IoWaiter** s = socket->slot(write);
        if (*s == &io)
            *s = nullptr;
    }
    loop->ioWaitChanged(-1);
}

bool AsyncSocket::ReadyAwaiter::await_resume()
{
    loop->throwIfCancelPending();
    return !timedOut;
}

Async<AsyncSocket> AsyncSocket::accept(QString name)
{
    for (;;) {
        const int fd = ::accept4(this->fd(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            noDelay(fd);
            co_return AsyncSocket(m_loop, fd, name.isEmpty() ? -1 : m_loop->addResource(name, ResourceKind::Socket));
        }
        if (!wouldBlock(errno) && errno != EINTR && errno != ECONNABORTED)
            raiseOsError(errno);
        co_await readable();
    }
}

Async<void> AsyncSocket::connect(quint16 port)
{
    const sockaddr_in a = loopback(port);
    if (::connect(fd(), reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0)
        co_return;
    if (errno != EINPROGRESS && errno != EINTR)
        raiseOsError(errno);
    co_await writable();
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(fd(), SOL_SOCKET, SO_ERROR, &err, &len);
    if (err != 0)
        raiseOsError(err);
}

Async<QByteArray> AsyncSocket::recv(qint64 maxBytes, double timeoutMs)
{
    QByteArray buffer(qsizetype(std::max<qint64>(1, maxBytes)), Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::recv(fd(), buffer.data(), std::size_t(buffer.size()), 0);
        if (n >= 0) {
            buffer.truncate(qsizetype(n));
            co_return buffer;
        }
        if (!wouldBlock(errno) && errno != EINTR)
            raiseOsError(errno);
        if (!co_await readable(timeoutMs))
            throw PyError { QStringLiteral("TimeoutError"), {} };
    }
}

Async<qint64> AsyncSocket::send(QByteArray data)
{
    for (;;) {
        const ssize_t n = ::send(fd(), data.constData(), std::size_t(data.size()), MSG_NOSIGNAL);
        if (n >= 0)
            co_return qint64(n);
        if (!wouldBlock(errno) && errno != EINTR)
            raiseOsError(errno);
        co_await writable();
    }
}

Async<void> AsyncSocket::sendAll(QByteArray data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd(), data.constData() + sent, std::size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n >= 0) {
            sent += qsizetype(n);
            continue;
        }
        if (!wouldBlock(errno) && errno != EINTR)
            raiseOsError(errno);
        co_await writable();
    }
}

Async<void> AsyncSocket::sendTo(QByteArray data, quint16 port)
{
    const sockaddr_in a = loopback(port);
    for (;;) {
        const ssize_t n = ::sendto(fd(), data.constData(), std::size_t(data.size()), MSG_NOSIGNAL,
            reinterpret_cast<const sockaddr*>(&a), sizeof a);
        if (n >= 0)
            co_return;
        if (!wouldBlock(errno) && errno != EINTR)
            raiseOsError(errno);
        co_await writable();
    }
}

Async<Datagram> AsyncSocket::recvFrom(qint64 maxBytes, double timeoutMs)
{
    QByteArray buffer(qsizetype(std::max<qint64>(1, maxBytes)), Qt::Uninitialized);
    for (;;) {
        sockaddr_in from {};
        socklen_t len = sizeof from;
        const ssize_t n
            = ::recvfrom(fd(), buffer.data(), std::size_t(buffer.size()), 0, reinterpret_cast<sockaddr*>(&from), &len);
        if (n >= 0) {
            buffer.truncate(qsizetype(n));
            co_return Datagram { buffer, ntohs(from.sin_port) };
        }
        if (!wouldBlock(errno) && errno != EINTR)
            raiseOsError(errno);
        if (!co_await readable(timeoutMs))
            throw PyError { QStringLiteral("TimeoutError"), {} };
    }
}

} // namespace interleave::aio
