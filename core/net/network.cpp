// SPDX-License-Identifier: MIT
#include "net/network.h"

#include "engine/runcontext.h"
#include "net/tcpconnection.h"

#include <cerrno>
#include <cstring>

#include <sys/eventfd.h>
#include <unistd.h>

namespace interleave {

Network::Network(RunContext& ctx)
    : m_ctx(ctx)
    , m_stopFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    , m_bytesTexts(new std::atomic<quint32>[2 * CachedSizes]())
{
    if (m_stopFd < 0)
        throw PyError { QStringLiteral("OSError"),
            QStringLiteral("eventfd: %1").arg(QString::fromLocal8Bit(strerror(errno))) };
}

Network::~Network()
{
    {
        std::lock_guard lock(m_mutex);
        m_connections.clear(); // they detach from the run first
    }
    ::close(m_stopFd);
}

void Network::signalStop() noexcept
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_stopFd, &one, sizeof one);
}

quint32 Network::text(const QString& s)
{
    {
        std::lock_guard lock(m_mutex);
        auto it = m_texts.constFind(s);
        if (it != m_texts.constEnd())
            return it.value();
    }
    const quint32 id = m_ctx.recorder().addText(s);
    std::lock_guard lock(m_mutex);
    m_texts.insert(s, id);
    return id;
}

quint32 Network::bytesText(BytesOp op, qint64 n)
{
    const bool cached = n >= 0 && n < CachedSizes;
    std::atomic<quint32>* slot = cached ? &m_bytesTexts[std::size_t(int(op) * CachedSizes + n)] : nullptr;
    if (slot) {
        if (const quint32 id = slot->load(std::memory_order_relaxed))
            return id;
    }
    const QString s = (op == BytesOp::Send ? QStringLiteral("send %1 B") : QStringLiteral("recv %1 B")).arg(n);
    const quint32 id = text(s);
    if (slot)
        slot->store(id, std::memory_order_relaxed);
    return id;
}

void Network::addListener(quint16 port, const QString& name)
{
    std::lock_guard lock(m_mutex);
    m_listeners.insert(port, name);
    m_ports.append(port);
}

QString Network::listenerName(quint16 port) const
{
    std::lock_guard lock(m_mutex);
    return m_listeners.value(port, QStringLiteral(":%1").arg(port));
}

TcpConnection& Network::openConnection(quint16 clientPort, const QString& clientLabel, quint16 serverPort)
{
    const QString name = clientLabel + QStringLiteral(" ↔ ") + listenerName(serverPort);
    bool external = false;
    {
        std::lock_guard lock(m_mutex);
        external = !m_listeners.contains(serverPort);
    }
    auto conn = std::make_unique<TcpConnection>(*this, name, external);
    std::lock_guard lock(m_mutex);
    TcpConnection& ref = *conn;
    m_connections.push_back(std::move(conn));
    m_pending.insert(clientPort, &ref);
    m_ports.append(clientPort);
    return ref;
}

TcpConnection& Network::claimConnection(quint16 clientPort, quint16 serverPort)
{
    {
        std::lock_guard lock(m_mutex);
        if (TcpConnection* c = m_pending.take(clientPort))
            return *c;
    }
    // A peer from outside the run.
    const QString name = QStringLiteral("peer :%1 ↔ ").arg(clientPort) + listenerName(serverPort);
    auto conn = std::make_unique<TcpConnection>(*this, name, true);
    std::lock_guard lock(m_mutex);
    TcpConnection& ref = *conn;
    m_connections.push_back(std::move(conn));
    return ref;
}

void Network::addUdpSocket(quint16 port, int resource)
{
    std::lock_guard lock(m_mutex);
    m_udp.insert(port, resource);
    m_ports.append(port);
}

void Network::udpSent(int actor, int resource, quint16 from, quint16 to, qint64 bytes)
{
    Recorder& rec = m_ctx.recorder();
    std::lock_guard lock(m_mutex);
    if (!m_udp.contains(to))
        return;
    const auto id = quint32(rec.nextId());
    rec.record(Event { rec.now(), bytes, id, actor, resource, EventType::FlowBegin, quint8(FlowKind::Send), 0 });
    m_datagrams[{ from, to }].push_back(id);
}

void Network::udpReceived(int actor, int resource, quint16 from, quint16 to)
{
    quint32 id = 0;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_datagrams.find({ from, to });
        if (it == m_datagrams.end() || it->second.empty())
            return;
        id = it->second.front();
        it->second.pop_front();
    }
    m_ctx.recorder().flowEnd(actor, id, resource);
}

void Network::reportError(int resource, const QString& type, const QString& message, int actor)
{
    Recorder& rec = m_ctx.recorder();
    if (actor < 0)
        actor = RunContext::currentActor();
    const QString text = type + QStringLiteral(": ") + message;
    rec.instant(actor, InstantKind::Exception, resource, 0, rec.addText(text));
    const auto actors = rec.actors();
    const QString who = actor >= 0 && std::size_t(actor) < actors.size() ? actors[std::size_t(actor)].name : QString();
    std::lock_guard lock(m_mutex);
    m_errors.append(who.isEmpty() ? text : who + QStringLiteral(": ") + text);
}

QStringList Network::errors() const
{
    std::lock_guard lock(m_mutex);
    return m_errors;
}

QList<int> Network::ports() const
{
    std::lock_guard lock(m_mutex);
    return m_ports;
}

void Network::addPort(quint16 port)
{
    std::lock_guard lock(m_mutex);
    m_ports.append(port);
}

} // namespace interleave
