// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <deque>
#include <mutex>
#include <utility>

namespace interleave {

class Network;

// One TCP connection as the trace shows it: a single socket resource shared by both ends, and per
// direction the messages in flight. A message is a flow that begins when its sender starts writing it
// and ends at the read that delivers its last byte; TCP keeps bytes in order, so counting bytes per
// direction matches reads to messages whatever the framing.
class TcpConnection : public Waitable {
public:
    // `external`: the other end is not part of the run (a raw client in a test, curl), so there is
    // nobody to end a flow.
    TcpConnection(Network& net, const QString& name, bool external);
    ~TcpConnection() override;

    Network& network() const { return m_net; }
    bool external() const { return m_external; }

    // The sender (`fromClient` tells which end) is about to write a message of `bytes`.
    void beginMessage(bool fromClient, int actor, qint64 bytes);
    // `bytes` arrived at the end `atClient`.
    void received(bool atClient, int actor, qint64 bytes);

    void interruptWaiters() override;
    std::vector<int> holders() const override { return {}; }
    std::vector<int> waiters() const override { return {}; }

private:
    struct Channel {
        std::mutex mutex;
        std::deque<std::pair<quint64, quint32>> inFlight; // (stream offset of the last byte + 1, flow)
        quint64 sent = 0;
        quint64 received = 0;
    };
    Network& m_net;
    const bool m_external;
    Channel m_toServer;
    Channel m_toClient;
};

} // namespace interleave
