// SPDX-License-Identifier: MIT
#pragma once

#include "net/readbuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace interleave {

class Network;
class TcpConnection;

// One end of a TCP connection on 127.0.0.1, instrumented: connect, accept, every write() and read()
// and close are instants with their byte counts on the connection's resource (shared by both ends),
// a call that blocks shows the io state, and each message given to sendAll() is one send flow to the
// read that delivers its last byte. Every wait can be interrupted by the engine. Move-only; used by
// one actor at a time. Errors are Python's: PyError ConnectionResetError, BrokenPipeError, ...
//
// Framing helpers: readLine() for messages that end in "\n" (the echo protocol, HTTP's head),
// readExactly() for a known length (an HTTP body).
class TcpSocket {
public:
    TcpSocket() = default;
    ~TcpSocket(); // closes without recording (the run may be over)
    TcpSocket(TcpSocket&& other) noexcept;
    TcpSocket& operator=(TcpSocket&& other) noexcept;
    TcpSocket(const TcpSocket&) = delete;
    TcpSocket& operator=(const TcpSocket&) = delete;

    // socket.create_connection(("127.0.0.1", port)). `label` names the client end ("client-1"); the
    // connection's resource is "<label> ↔ <the listener's name>".
    static TcpSocket connect(Network& net, quint16 port, const QString& label);
    // The server end, made by TcpListener::accept().
    TcpSocket(Network& net, TcpConnection& conn, int fd, quint16 localPort, quint16 peerPort);

    bool isOpen() const { return m_fd >= 0; }
    int resource() const;
    quint16 localPort() const { return m_localPort; }
    quint16 peerPort() const { return m_peerPort; }

    // sendall(): writes every byte, waiting while the kernel's buffer is full. One message, one flow.
    void sendAll(const QByteArray& data);
    // recv(max): what is there (waits for at least one byte); empty at EOF.
    QByteArray recvSome(qint64 max = 65536);
    // A line including its "\n". std::nullopt at EOF before any byte of a new line. Throws
    // PyError ConnectionError when the peer closes in the middle of a line, ValueError when the line
    // grows past maxLength.
    std::optional<QByteArray> readLine(qint64 maxLength);
    // Exactly n bytes; PyError ConnectionError when the peer closes first.
    QByteArray readExactly(qint64 n);
    // shutdown(SHUT_WR): the peer reads EOF after what was sent.
    void shutdownWrite();
    void close();

private:
    qint64 fill(qint64 max); // one read() into m_in; 0 at EOF
    bool isClient() const { return m_client; }
    void mark(const QString& text, qint64 value = 0);
    void markId(quint32 text, qint64 value);

    Network* m_net = nullptr;
    TcpConnection* m_conn = nullptr;
    int m_fd = -1;
    bool m_client = false;
    bool m_eof = false;
    quint16 m_localPort = 0;
    quint16 m_peerPort = 0;
    ReadBuffer m_in;
};

} // namespace interleave
