// SPDX-License-Identifier: MIT
#pragma once

#include "net/tcpsocket.h"
#include "sync/waitable.h"

#include <atomic>
#include <optional>

namespace interleave {

class Network;

// A listening TCP socket on 127.0.0.1 and an ephemeral port; its resource is "<name> :<port>".
// accept() waits in the io state on it; shutdown() (from any actor) makes a waiting or later accept()
// return std::nullopt, as a server's shutdown() does in Python.
class TcpListener : public Waitable {
public:
    TcpListener(Network& net, const QString& name, int backlog = 1024);
    ~TcpListener() override;

    quint16 port() const { return m_port; }
    QString name() const { return m_name; }
    std::optional<TcpSocket> accept();
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
    static Bound listenOnLoopback(int backlog);
    TcpListener(Network& net, const QString& name, Bound bound);

    Network& m_net;
    QString m_name;
    std::atomic<int> m_fd { -1 };
    int m_wakeFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_shutdown { false };
};

} // namespace interleave
