// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace interleave {

class RunContext;
class TcpConnection;

// What the sockets of one run share: the run, a stop signal their waits poll, the table that ties the
// two ends of a loopback connection together (so both record on one resource and each message becomes
// one flow from sender to receiver), and the problems peers caused. One per run (ctx.make<Network>).
class Network {
public:
    explicit Network(RunContext& ctx);
    ~Network();
    Network(const Network&) = delete;
    Network& operator=(const Network&) = delete;

    RunContext& context() const { return m_ctx; }

    // An eventfd that becomes readable for good once the engine interrupts any wait on a socket of
    // this run; waits poll it beside their socket.
    int stopFd() const { return m_stopFd; }
    void signalStop() noexcept;

    // Text ids for instants, shared so that a million "send 64 B" cost one string.
    quint32 text(const QString& s);
    // "send <n> B" / "recv <n> B" without building the string on the hot path (small sizes cached).
    enum class BytesOp { Send, Recv };
    quint32 bytesText(BytesOp op, qint64 n);

    // TCP. A listener names itself by its port; a client registers its connection under its own port
    // before connecting, and the server's accept() claims it.
    void addListener(quint16 port, const QString& name);
    QString listenerName(quint16 port) const;
    TcpConnection& openConnection(quint16 clientPort, const QString& clientLabel, quint16 serverPort);
    TcpConnection& claimConnection(quint16 clientPort, quint16 serverPort);

    // UDP: a datagram's flow, from the sender's socket to the receiver's.
    void addUdpSocket(quint16 port, int resource);
    void udpSent(int actor, int resource, quint16 from, quint16 to, qint64 bytes);
    void udpReceived(int actor, int resource, quint16 from, quint16 to);

    // A peer misbehaved (closed mid-message, sent garbage): an exception instant on the acting actor and
    // a line for the outcome ("server: ConnectionError: ...").
    // `actor` < 0: the calling thread's (an event-loop task passes its own).
    void reportError(int resource, const QString& type, const QString& message, int actor = -1);
    QStringList errors() const;

    // Every port a socket of this run bound, in order (for checks that none is left).
    QList<int> ports() const;
    void addPort(quint16 port);

private:
    RunContext& m_ctx;
    int m_stopFd = -1;
    mutable std::mutex m_mutex; // guards what follows
    QHash<QString, quint32> m_texts;
    static constexpr int CachedSizes = 4096;
    std::unique_ptr<std::atomic<quint32>[]> m_bytesTexts; // [op * CachedSizes + n], 0: not yet
    QHash<quint16, QString> m_listeners;
    QHash<quint16, TcpConnection*> m_pending; // client port -> connection not yet accepted
    std::deque<std::unique_ptr<TcpConnection>> m_connections;
    QHash<quint16, int> m_udp; // port -> resource
    std::map<std::pair<quint16, quint16>, std::deque<quint32>> m_datagrams; // (from, to) -> flows in flight
    QStringList m_errors;
    QList<int> m_ports;
};

} // namespace interleave
