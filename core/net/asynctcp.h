// SPDX-License-Identifier: MIT
#pragma once

#include "aio/asyncsocket.h"
#include "net/readbuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace interleave {

class Network;
class TcpConnection;

// One end of a TCP connection driven by the event loop (aio::AsyncSocket), recorded exactly as
// TcpSocket records its blocking twin: the connection's resource shared by both ends, a mark per
// read()/write() with its byte count, one send flow per message to the read that delivers its last byte.
// A wait is the task's suspended state on the connection (the loop records it). Lives in a coroutine's
// frame; its coroutines must be awaited while it lives, one reader and one writer at a time.
class AsyncTcp {
public:
    AsyncTcp() = default;
    AsyncTcp(AsyncTcp&&) noexcept = default;
    AsyncTcp& operator=(AsyncTcp&&) noexcept = default;

    // asyncio.open_connection("127.0.0.1", port); the connection's resource is "<label> ↔ <server>".
    static aio::Async<AsyncTcp> connect(Network* net, quint16 port, QString label);
    // The server end of a socket the listener on `serverPort` accepted.
    static AsyncTcp accepted(Network& net, aio::AsyncSocket socket, quint16 serverPort);

    int resource() const;
    aio::Async<void> sendAll(QByteArray data);
    aio::Async<QByteArray> recvSome(qint64 max);
    // As TcpSocket::readLine / readExactly (same errors).
    aio::Async<std::optional<QByteArray>> readLine(qint64 maxLength);
    aio::Async<QByteArray> readExactly(qint64 n);
    void close();

private:
    aio::Async<qint64> fill(qint64 max); // one read() into m_in; 0 at EOF
    void mark(quint32 text, qint64 value);

    Network* m_net = nullptr;
    TcpConnection* m_conn = nullptr;
    aio::AsyncSocket m_socket;
    bool m_client = false;
    bool m_eof = false;
    ReadBuffer m_in;
};

} // namespace interleave
