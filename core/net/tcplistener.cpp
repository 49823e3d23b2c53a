// SPDX-License-Identifier: MIT
#include "net/tcplistener.h"

#include "engine/runcontext.h"
#include "net/fdwait.h"
#include "net/network.h"

#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace interleave {

TcpListener::Bound TcpListener::listenOnLoopback(int backlog)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        throwOsError(errno, QStringLiteral("socket"));
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0; // an ephemeral port: runs never collide with each other or with anything else
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, backlog) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        const int e = errno;
        ::close(fd);
        throwOsError(e, QStringLiteral("bind/listen"));
    }
    return Bound { fd, ntohs(a.sin_port) };
}

TcpListener::TcpListener(Network& net, const QString& name, int backlog)
    : TcpListener(net, name, listenOnLoopback(backlog))
{
}

TcpListener::TcpListener(Network& net, const QString& name, Bound bound)
    : Waitable(
        net.context(), ResourceInfo { name + QStringLiteral(" :%1").arg(bound.port), ResourceKind::Socket, 0, -1 })
    , m_net(net)
    , m_name(name)
    , m_fd(bound.fd)
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    , m_port(bound.port)
{
    m_net.addListener(m_port, name);
}

TcpListener::~TcpListener()
{
    context().detach(this);
    const int fd = m_fd.exchange(-1);
    if (fd >= 0)
        ::close(fd);
    ::close(m_wakeFd);
}

std::optional<TcpSocket> TcpListener::accept()
{
    for (;;) {
        const int lfd = m_fd.load();
        if (m_shutdown.load() || lfd < 0)
            return std::nullopt;
        sockaddr_in peer {};
        socklen_t len = sizeof peer;
        const int fd = ::accept4(lfd, reinterpret_cast<sockaddr*>(&peer), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            const quint16 peerPort = ntohs(peer.sin_port);
            TcpConnection& conn = m_net.claimConnection(peerPort, m_port);
            return TcpSocket(m_net, conn, fd, m_port, peerPort);
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (waitFd(m_net, lfd, POLLIN, resource(), -1, m_wakeFd) == FdWait::Woken)
                return std::nullopt;
            continue;
        }
        throwOsError(errno, QStringLiteral("accept"));
    }
}

void TcpListener::shutdown()
{
    m_shutdown.store(true);
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
}

void TcpListener::close()
{
    shutdown();
    const int fd = m_fd.exchange(-1);
    if (fd >= 0) {
        ::close(fd);
        context().recorder().instant(
            RunContext::currentActor(), InstantKind::Mark, resource(), 0, m_net.text(QStringLiteral("close")));
    }
}

void TcpListener::interruptWaiters()
{
    m_net.signalStop();
}

} // namespace interleave
