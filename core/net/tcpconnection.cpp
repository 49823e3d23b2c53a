// SPDX-License-Identifier: MIT
#include "net/tcpconnection.h"

#include "engine/runcontext.h"
#include "net/network.h"

namespace interleave {

TcpConnection::TcpConnection(Network& net, const QString& name, bool external)
    : Waitable(net.context(), ResourceInfo { name, ResourceKind::Socket, 0, -1 })
    , m_net(net)
    , m_external(external)
{
}

TcpConnection::~TcpConnection()
{
    context().detach(this);
}

void TcpConnection::beginMessage(bool fromClient, int actor, qint64 bytes)
{
    if (m_external || bytes <= 0)
        return;
    Recorder& rec = context().recorder();
    Channel& ch = fromClient ? m_toServer : m_toClient;
    std::lock_guard lock(ch.mutex);
    const auto id = quint32(rec.nextId());
    rec.record(Event { rec.now(), bytes, id, actor, resource(), EventType::FlowBegin, quint8(FlowKind::Send), 0 });
    ch.sent += quint64(bytes);
    ch.inFlight.emplace_back(ch.sent, id);
}

void TcpConnection::received(bool atClient, int actor, qint64 bytes)
{
    if (m_external || bytes <= 0)
        return;
    Recorder& rec = context().recorder();
    Channel& ch = atClient ? m_toClient : m_toServer;
    std::lock_guard lock(ch.mutex);
    ch.received += quint64(bytes);
    while (!ch.inFlight.empty() && ch.inFlight.front().first <= ch.received) {
        rec.flowEnd(actor, ch.inFlight.front().second, resource());
        ch.inFlight.pop_front();
    }
}

void TcpConnection::interruptWaiters()
{
    m_net.signalStop();
}

} // namespace interleave
