// SPDX-License-Identifier: MIT
#include "net/asynctcp.h"

#include "engine/runcontext.h"
#include "net/fdwait.h"
#include "net/network.h"
#include "net/tcpconnection.h"

#include <QCoreApplication>

#include <cerrno>

#include <sys/socket.h>

namespace interleave {

namespace {

PyError connectionError(const QString& message)
{
    return PyError { QStringLiteral("ConnectionError"), message };
}

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
    if (m_bufferPos > 0 && m_bufferPos == m_buffer.size()) {
        m_buffer.clear();
        m_bufferPos = 0;
    }
    // Drained by the last read and no edge since: no recv() to learn EAGAIN, wait at once.
    while (!m_socket.mayRead())
        co_await m_socket.readable();
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + max);
    for (;;) {
        const ssize_t n = ::recv(m_socket.fd(), m_buffer.data() + old, std::size_t(max), 0);
        if (n > 0) {
            if (n < max)
                m_socket.drained(); // a short TCP read empties the receive queue
            m_buffer.resize(old + n);
            const int actor = taskActor();
            mark(m_net->bytesText(Network::BytesOp::Recv, n), n);
            m_conn->received(m_client, actor, n);
            co_return qint64(n);
        }
        if (n == 0) {
            m_buffer.resize(old);
            m_eof = true;
            mark(m_net->text(QStringLiteral("recv EOF")), 0);
            co_return 0;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            m_buffer.resize(old);
            m_socket.drained();
            co_await m_socket.readable();
            m_buffer.resize(old + max);
            continue;
        }
        const int e = errno;
        m_buffer.resize(old);
        throwOsError(e, QStringLiteral("recv"));
    }
}

aio::Async<QByteArray> AsyncTcp::recvSome(qint64 max)
{
    if (m_bufferPos == m_buffer.size() && co_await fill(max) == 0)
        co_return QByteArray();
    const qint64 take = std::min<qint64>(max, m_buffer.size() - m_bufferPos);
    QByteArray out = m_buffer.mid(m_bufferPos, take);
    m_bufferPos += take;
    co_return out;
}

aio::Async<std::optional<QByteArray>> AsyncTcp::readLine(qint64 maxLength)
{
    qsizetype searchFrom = m_bufferPos;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', searchFrom);
        if (nl >= 0) {
            QByteArray line = m_buffer.mid(m_bufferPos, nl + 1 - m_bufferPos);
            m_bufferPos = nl + 1;
            co_return std::optional<QByteArray>(std::move(line));
        }
        if (m_buffer.size() - m_bufferPos > maxLength) {
            throw PyError { QStringLiteral("ValueError"),
                QCoreApplication::translate("Net", "line longer than %1 bytes: not the expected protocol")
                    .arg(maxLength) };
        }
        if (m_bufferPos > 0) {
            m_buffer.remove(0, m_bufferPos);
            m_bufferPos = 0;
        }
        searchFrom = m_buffer.size();
        if (co_await fill(16384) == 0) {
            if (m_buffer.size() == m_bufferPos)
                co_return std::nullopt;
            throw connectionError(QCoreApplication::translate(
                "Net", "the peer closed in the middle of a message (%1 bytes without an end of line)")
                                      .arg(m_buffer.size() - m_bufferPos));
        }
    }
}

aio::Async<QByteArray> AsyncTcp::readExactly(qint64 n)
{
    while (m_buffer.size() - m_bufferPos < n) {
        if (m_bufferPos > 0) {
            m_buffer.remove(0, m_bufferPos);
            m_bufferPos = 0;
        }
        if (co_await fill(std::max<qint64>(16384, n - m_buffer.size())) == 0) {
            throw connectionError(
                QCoreApplication::translate("Net", "the peer closed in the middle of a message (%1 of %2 bytes)")
                    .arg(m_buffer.size() - m_bufferPos)
                    .arg(n));
        }
    }
    QByteArray out = m_buffer.mid(m_bufferPos, n);
    m_bufferPos += n;
    co_return out;
}

void AsyncTcp::close()
{
    if (!m_socket.isOpen())
        return;
    m_socket.close();
    mark(m_net->text(QStringLiteral("close")), 0);
}

} // namespace interleave
