// SPDX-License-Identifier: MIT
#pragma once

#include "aio/async.h"
#include "aio/eventloop.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace interleave::aio {

// One UDP datagram and the port it came from (always 127.0.0.1).
struct Datagram {
    QByteArray data;
    quint16 port = 0;
};

// A non-blocking socket on the loop's epoll set, bound to 127.0.0.1 only: loop.sock_accept,
// sock_connect, sock_recv, sock_sendall, sock_sendto, sock_recvfrom. Every operation tries the system
// call first; only when it would block does the task suspend, on this socket's trace resource
// (State Suspended, resource = resource()), until epoll reports the socket ready (or a timeout's timer
// fires: TimeoutError). Failures raise PyError with Python's names (ConnectionRefusedError,
// ConnectionResetError, BrokenPipeError, OSError "[Errno n] ...").
//
// The object must outlive the operations awaited on it; at most one task waits to read and one to
// write at a time. Move-only; closing (or destroying) it wakes a task still waiting on it.
class AsyncSocket {
    Q_DECLARE_TR_FUNCTIONS(AsyncSocket)
public:
    AsyncSocket() = default;
    AsyncSocket(AsyncSocket&& o) noexcept;
    AsyncSocket& operator=(AsyncSocket&& o) noexcept;
    ~AsyncSocket();

    // socket.socket(AF_INET, SOCK_STREAM / SOCK_DGRAM) with setblocking(False), on the current
    // loop. A non-empty `name` makes the trace resource (kind socket) the socket's waits are
    // recorded on; setResource() uses one made elsewhere (a connection shared by both ends).
    static AsyncSocket tcp(const QString& name = {});
    static AsyncSocket udp(const QString& name = {});

    void bind(quint16 port = 0); // 127.0.0.1:port; 0: a free port
    void listen(int backlog = 128);
    quint16 localPort() const;
    quint16 peerPort() const;
    bool isOpen() const { return bool(m_watch); }
    int fd() const { return m_watch ? m_watch->fd : -1; }
    int resource() const { return m_resource; }
    void setResource(int resource) { m_resource = resource; }
    // Whether a recv() may find data: false after drained() until epoll reports the socket readable
    // again. A closed socket may (its recv() then fails as it should).
    bool mayRead() const { return !m_watch || m_watch->mayRead; }
    void drained() const
    {
        if (m_watch && !m_watch->hungUp)
            m_watch->mayRead = false;
    }
    void close();
    void shutdownWrite(); // sock.shutdown(SHUT_WR): the peer's recv() returns b""

    Async<AsyncSocket> accept(QString name = {});
    Async<void> connect(quint16 port);
    // Up to maxBytes; an empty array when the peer has closed. timeoutMs < 0: no timeout.
    Async<QByteArray> recv(qint64 maxBytes, double timeoutMs = -1);
    Async<qint64> send(QByteArray data); // what one send() took (at least 1 byte)
    Async<void> sendAll(QByteArray data);
    Async<void> sendTo(QByteArray data, quint16 port);
    Async<Datagram> recvFrom(qint64 maxBytes, double timeoutMs = -1);

    // Waits until the socket is readable (writable); false when timeoutMs passed first.
    struct ReadyAwaiter {
        TimerNode node; // first: the timer callback finds the awaiter from it
        IoWaiter io;
        AsyncSocket* socket = nullptr;
        bool write = false;
        double timeoutMs = -1;
        EventLoop* loop = nullptr;
        TaskCore* task = nullptr;
        bool ended = false;
        bool timedOut = false;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h);
        bool await_resume();
        void finish();
    };
    ReadyAwaiter readable(double timeoutMs = -1) { return ReadyAwaiter { {}, {}, this, false, timeoutMs }; }
    ReadyAwaiter writable(double timeoutMs = -1) { return ReadyAwaiter { {}, {}, this, true, timeoutMs }; }

private:
    AsyncSocket(EventLoop* loop, int fd, int resource);
    static AsyncSocket make(int type, const QString& name);
    IoWaiter** slot(bool write) const { return write ? &m_watch->writer : &m_watch->reader; }

    EventLoop* m_loop = nullptr;
    std::unique_ptr<IoWatch> m_watch; // its address is the epoll cookie, so it stays put on a move
    int m_resource = -1;
};

// Raises the PyError Python would for errno `err` (ConnectionRefusedError, ..., OSError).
[[noreturn]] void raiseOsError(int err);

} // namespace interleave::aio
