// SPDX-License-Identifier: MIT
#include "net/asynctcp.h"

#include "engine/runcontext.h"
#include "net/fdwait.h"
#include "net/network.h"
#include "net/tcpconnection.h"


#include <cerrno>

#include <sys/socket.h>

namespace interleave {

namespace {

int taskActor()
{
    aio::EventLoop* loop = aio::EventLoop::current();
    return loop ? loop->currentActor() : RunContext::currentActor();
}

} // namespace

aio::Async<AsyncTcp> AsyncTcp::connect(Network* net, quint16 port, QString label)
{
    AsyncTcp c;
    c.m_net = net;
    c.m_client = true;
    c.m_socket = aio::AsyncSocket::tcp();
    // Bound first so that the server's accept finds this connection's resource by our port.
    c.m_socket.bind(0);
    c.m_conn = &net->openConnection(c.m_socket.localPort(), label, port);
    c.m_socket.setResource(c.m_conn->resource());
    co_await c.m_socket.connect(port);
    c.mark(net->text(QStringLiteral("connect :%1").arg(port)), 0);
    co_return c;
}

AsyncTcp AsyncTcp::accepted(Network& net, aio::AsyncSocket socket, quint16 serverPort)
{
    AsyncTcp c;
    c.m_net = &net;
    c.m_client = false;
    c.m_socket = std::move(socket);
    const quint16 peer = c.m_socket.peerPort();
    c.m_conn = &net.claimConnection(peer, serverPort);
    c.m_socket.setResource(c.m_conn->resource());
    c.mark(net.text(QStringLiteral("accept :%1").arg(peer)), 0);
    return c;
}

int AsyncTcp::resource() const
{
    return m_conn ? m_conn->resource() : -1;
}

void AsyncTcp::mark(quint32 text, qint64 value)
{
    m_net->context().recorder().instant(taskActor(), InstantKind::Mark, resource(), value, text);
}

aio::Async<void> AsyncTcp::sendAll(QByteArray data)
{
    if (!m_socket.isOpen())
        throwOsError(EBADF, QStringLiteral("send"));
    m_conn->beginMessage(m_client, taskActor(), data.size());
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(m_socket.fd(), data.constData() + done, std::size_t(data.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
            mark(m_net->bytesText(Network::BytesOp::Send, n), n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            co_await m_socket.writable();
            continue;
        }
        throwOsError(errno, QStringLiteral("send"));
    }
}

aio::Async<qint64> AsyncTcp::fill(qint64 max)
{
    if (!m_socket.isOpen())
        throwOsError(EBADF, QStringLiteral("recv"));
    if (m_eof)
        co_return 0;
    for (;;) {
        // Drained by the last read and no edge since: no recv() to learn EAGAIN, wait at once.
        while (!m_socket.mayRead())
            co_await m_socket.readable();
        const ssize_t n = ::recv(m_socket.fd(), m_in.reserve(max), std::size_t(max), 0);
        const int e = errno;
        m_in.commit(std::max<ssize_t>(n, 0));
        if (n > 0) {
            if (n < max)
                m_socket.drained(); // a short TCP read empties the receive queue
            const int actor = taskActor();
            mark(m_net->bytesText(Network::BytesOp::Recv, n), n);
            m_conn->received(m_client, actor, n);
            co_return qint64(n);
        }
        if (n == 0) {
            m_eof = true;
            mark(m_net->text(QStringLiteral("recv EOF")), 0);
            co_return 0;
        }
        if (e == EINTR)
            continue;
        if (e == EAGAIN || e == EWOULDBLOCK) {
            m_socket.drained();
            co_await m_socket.readable();
            continue;
        }
        throwOsError(e, QStringLiteral("recv"));
    }
}

aio::Async<QByteArray> AsyncTcp::recvSome(qint64 max)
{
    if (m_in.empty() && co_await fill(max) == 0)
        co_return QByteArray();
    co_return m_in.takeSome(max);
}

aio::Async<std::optional<QByteArray>> AsyncTcp::readLine(qint64 maxLength)
{
    for (;;) {
        if (std::optional<QByteArray> line = m_in.takeLine(maxLength))
            co_return line;
        if (co_await fill(16384) == 0) {
            if (m_in.empty())
                co_return std::nullopt;
            m_in.throwClosedInLine();
        }
    }
}

aio::Async<QByteArray> AsyncTcp::readExactly(qint64 n)
{
    for (;;) {
        if (std::optional<QByteArray> bytes = m_in.takeExactly(n))
            co_return *bytes;
        if (co_await fill(std::max<qint64>(16384, n - m_in.size())) == 0)
            m_in.throwClosedShort(n);
    }
}

void AsyncTcp::close()
{
    if (!m_socket.isOpen())
        return;
    m_socket.close();
    mark(m_net->text(QStringLiteral("close")), 0);
}

} // namespace interleave
