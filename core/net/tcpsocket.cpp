// SPDX-License-Identifier: MIT
#include "net/tcpsocket.h"

#include "engine/runcontext.h"
#include "net/fdwait.h"
#include "net/network.h"
#include "net/tcpconnection.h"


#include <cerrno>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace interleave {

namespace {

quint16 portOf(int fd, bool peer)
{
    sockaddr_in a {};
    socklen_t len = sizeof a;
    const int r = peer ? ::getpeername(fd, reinterpret_cast<sockaddr*>(&a), &len)
                       : ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    return r == 0 ? ntohs(a.sin_port) : 0;
}

} // namespace

TcpSocket::~TcpSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

TcpSocket::TcpSocket(TcpSocket&& other) noexcept
{
    *this = std::move(other);
}

TcpSocket& TcpSocket::operator=(TcpSocket&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_net = other.m_net;
        m_conn = other.m_conn;
        m_fd = std::exchange(other.m_fd, -1);
        m_client = other.m_client;
        m_eof = other.m_eof;
        m_localPort = other.m_localPort;
        m_peerPort = other.m_peerPort;
        m_in = std::exchange(other.m_in, {});
    }
    return *this;
}

TcpSocket::TcpSocket(Network& net, TcpConnection& conn, int fd, quint16 localPort, quint16 peerPort)
    : m_net(&net)
    , m_conn(&conn)
    , m_fd(fd)
    , m_client(false)
    , m_localPort(localPort)
    , m_peerPort(peerPort)
{
    mark(QStringLiteral("accept :%1").arg(peerPort));
}

int TcpSocket::resource() const
{
    return m_conn ? m_conn->resource() : -1;
}

void TcpSocket::mark(const QString& text, qint64 value)
{
    markId(m_net->text(text), value);
}

void TcpSocket::markId(quint32 text, qint64 value)
{
    m_net->context().recorder().instant(RunContext::currentActor(), InstantKind::Mark, resource(), value, text);
}

TcpSocket TcpSocket::connect(Network& net, quint16 port, const QString& label)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        throwOsError(errno, QStringLiteral("socket"));
    TcpSocket s;
    s.m_net = &net;
    s.m_fd = fd;
    s.m_client = true;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    // Bind first so that our port is known before the server can accept us: the server finds this
    // connection's resource by it.
    sockaddr_in local {};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0)
        throwOsError(errno, QStringLiteral("bind"));
    s.m_localPort = portOf(fd, false);
    s.m_peerPort = port;
    s.m_conn = &net.openConnection(s.m_localPort, label, port);

    sockaddr_in remote {};
    remote.sin_family = AF_INET;
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    remote.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) != 0) {
        if (errno != EINPROGRESS)
            throwOsError(errno, QStringLiteral("connect"));
        waitFd(net, fd, POLLOUT, s.resource());
        int error = 0;
        socklen_t len = sizeof error;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len);
        if (error != 0)
            throwOsError(error, QStringLiteral("connect"));
    }
    s.mark(QStringLiteral("connect :%1").arg(port));
    return s;
}

void TcpSocket::sendAll(const QByteArray& data)
{
    if (m_fd < 0)
        throwOsError(EBADF, QStringLiteral("send"));
    m_conn->beginMessage(m_client, RunContext::currentActor(), data.size());
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(m_fd, data.constData() + done, std::size_t(data.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
            markId(m_net->bytesText(Network::BytesOp::Send, n), n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            waitFd(*m_net, m_fd, POLLOUT, resource());
            continue;
        }
        throwOsError(errno, QStringLiteral("send"));
    }
}

qint64 TcpSocket::fill(qint64 max)
{
    if (m_fd < 0)
        throwOsError(EBADF, QStringLiteral("recv"));
    if (m_eof)
        return 0;
    for (;;) {
        const ssize_t n = ::recv(m_fd, m_in.reserve(max), std::size_t(max), 0);
        const int e = errno;
        m_in.commit(std::max<ssize_t>(n, 0));
        if (n > 0) {
            markId(m_net->bytesText(Network::BytesOp::Recv, n), n);
            m_conn->received(m_client, RunContext::currentActor(), n);
            return n;
        }
        if (n == 0) {
            m_eof = true;
            mark(QStringLiteral("recv EOF"));
            return 0;
        }
        if (e == EINTR)
            continue;
        if (e == EAGAIN || e == EWOULDBLOCK) {
            waitFd(*m_net, m_fd, POLLIN, resource());
            continue;
        }
        throwOsError(e, QStringLiteral("recv"));
    }
}

QByteArray TcpSocket::recvSome(qint64 max)
{
    if (m_in.empty() && fill(max) == 0)
        return {};
    return m_in.takeSome(max);
}

std::optional<QByteArray> TcpSocket::readLine(qint64 maxLength)
{
    for (;;) {
        if (std::optional<QByteArray> line = m_in.takeLine(maxLength))
            return line;
        if (fill(65536) == 0) {
            if (m_in.empty())
                return std::nullopt;
            m_in.throwClosedInLine();
        }
    }
}

QByteArray TcpSocket::readExactly(qint64 n)
{
    for (;;) {
        if (std::optional<QByteArray> bytes = m_in.takeExactly(n))
            return *bytes;
        if (fill(std::max<qint64>(65536, n - m_in.size())) == 0)
            m_in.throwClosedShort(n);
    }
}

void TcpSocket::shutdownWrite()
{
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_WR);
}

void TcpSocket::close()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
    mark(QStringLiteral("close"));
}

} // namespace interleave
