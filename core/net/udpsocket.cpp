// SPDX-License-Identifier: MIT
#include "net/udpsocket.h"

#include "engine/runcontext.h"
#include "net/fdwait.h"
#include "net/network.h"

#include <algorithm>
#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace interleave {

UdpSocket::Bound UdpSocket::bindLoopback()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        throwOsError(errno, QStringLiteral("socket"));
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        const int e = errno;
        ::close(fd);
        throwOsError(e, QStringLiteral("bind"));
    }
    return Bound { fd, ntohs(a.sin_port) };
}

UdpSocket::UdpSocket(Network& net, const QString& label)
    : UdpSocket(net, label, bindLoopback())
{
}

UdpSocket::UdpSocket(Network& net, const QString& label, Bound bound)
    : Waitable(
        net.context(), ResourceInfo { label + QStringLiteral(" :%1").arg(bound.port), ResourceKind::Socket, 0, -1 })
    , m_net(net)
    , m_fd(bound.fd)
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    , m_port(bound.port)
{
    m_net.addUdpSocket(m_port, resource());
}

UdpSocket::~UdpSocket()
{
    context().detach(this);
    if (m_fd >= 0)
        ::close(m_fd);
    ::close(m_wakeFd);
}

void UdpSocket::mark(const QString& text, qint64 value)
{
    context().recorder().instant(RunContext::currentActor(), InstantKind::Mark, resource(), value, m_net.text(text));
}

void UdpSocket::sendTo(const QByteArray& data, quint16 port)
{
    if (m_fd < 0)
        throwOsError(EBADF, QStringLiteral("sendto"));
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    to.sin_port = htons(port);
    m_net.udpSent(RunContext::currentActor(), resource(), m_port, port, data.size());
    for (;;) {
        const ssize_t n = ::sendto(
            m_fd, data.constData(), std::size_t(data.size()), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
        if (n >= 0) {
            mark(QStringLiteral("sendto :%1 %2 B").arg(port).arg(n), n);
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            waitFd(m_net, m_fd, POLLOUT, resource());
            continue;
        }
        throwOsError(errno, QStringLiteral("sendto"));
    }
}

std::optional<UdpSocket::Datagram> UdpSocket::recvFrom(double timeoutMs)
{
    if (m_fd < 0)
        throwOsError(EBADF, QStringLiteral("recvfrom"));
    QByteArray buffer(65536, Qt::Uninitialized);
    const qint64 deadline = context().recorder().now() + qint64(timeoutMs * 1e6);
    for (;;) {
        if (m_shutdown.load())
            return std::nullopt;
        sockaddr_in from {};
        socklen_t len = sizeof from;
        const ssize_t n
            = ::recvfrom(m_fd, buffer.data(), std::size_t(buffer.size()), 0, reinterpret_cast<sockaddr*>(&from), &len);
        if (n >= 0) {
            buffer.resize(n);
            const quint16 peer = ntohs(from.sin_port);
            m_net.udpReceived(RunContext::currentActor(), resource(), peer, m_port);
            mark(QStringLiteral("recvfrom :%1 %2 B").arg(peer).arg(n), n);
            return Datagram { buffer, peer };
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            throwOsError(errno, QStringLiteral("recvfrom"));
        // A timeout counts from the call, as socket.settimeout() does.
        const double left = timeoutMs < 0 ? -1 : std::max(0.0, double(deadline - context().recorder().now()) / 1e6);
        switch (waitFd(m_net, m_fd, POLLIN, resource(), left, m_wakeFd)) {
        case FdWait::Ready:
            break;
        case FdWait::Woken:
            return std::nullopt;
        case FdWait::TimedOut:
            context().recorder().instant(RunContext::currentActor(), InstantKind::Timeout, resource(), 0,
                m_net.text(QStringLiteral("socket.timeout")));
            return std::nullopt;
        }
    }
}

void UdpSocket::shutdown()
{
    m_shutdown.store(true);
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
}

void UdpSocket::close()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
    mark(QStringLiteral("close"), 0);
}

void UdpSocket::interruptWaiters()
{
    m_net.signalStop();
}

} // namespace interleave
