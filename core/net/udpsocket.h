// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <QByteArray>

#include <atomic>
#include <optional>

namespace interleave {

class Network;

// A UDP socket bound to 127.0.0.1 and an ephemeral port; its resource is "<label> :<port>". sendTo()
// and recvFrom() are instants with their byte counts; each datagram to a socket of the same run is a
// send flow from the sender's socket to the receiver's. recvFrom() waits in the io state, with a
// timeout like socket.settimeout(); shutdown() (from any actor) ends a waiting or later recvFrom().
class UdpSocket : public Waitable {
public:
    UdpSocket(Network& net, const QString& label);
    ~UdpSocket() override;

    quint16 port() const { return m_port; }

    struct Datagram {
        QByteArray data;
        quint16 port = 0; // the sender's
    };
    void sendTo(const QByteArray& data, quint16 port);
    // std::nullopt after timeoutMs (< 0: never; a timeout instant is recorded) or after shutdown().
    std::optional<Datagram> recvFrom(double timeoutMs = -1);
    void shutdown();
    void close();

    void interruptWaiters() override;
    std::vector<int> holders() const override { return {}; }
    std::vector<int> waiters() const override { return {}; }

private:
    struct Bound {
        int fd;
        quint16 port;
    };
    static Bound bindLoopback();
    UdpSocket(Network& net, const QString& label, Bound bound);
    void mark(const QString& text, qint64 value);

    Network& m_net;
    int m_fd = -1;
    int m_wakeFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_shutdown { false };
};

} // namespace interleave
