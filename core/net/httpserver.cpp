// SPDX-License-Identifier: MIT
#include "net/httpserver.h"

#include "engine/runcontext.h"
#include "net/network.h"
#include "net/tcplistener.h"
#include "net/tcpsocket.h"

#include <QCoreApplication>

#include <vector>

namespace interleave {

namespace {

constexpr qint64 MaxLine = 8192;
constexpr int MaxHeaders = 100;
constexpr qint64 MaxBody = 1 << 20;

PyError valueError(const QString& message)
{
    return PyError { QStringLiteral("ValueError"), message };
}

// Shows a peer's bytes in an error message without flooding it or letting control bytes through.
QString preview(const QByteArray& bytes)
{
    QString out;
    for (char c : bytes.left(40)) {
        if (c == '\r' || c == '\n')
            break;
        out += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'?');
    }
    return bytes.size() > 40 ? out + QStringLiteral("…") : out;
}

QByteArray chomp(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray response(int status, const QByteArray& reason, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: text/plain\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

HttpServer::HttpServer(Network& net, double latencyMs)
    : m_net(net)
    , m_latencyMs(latencyMs)
    , m_listener(std::make_unique<TcpListener>(net, QStringLiteral("http server")))
{
}

HttpServer::~HttpServer() = default;

quint16 HttpServer::port() const
{
    return m_listener->port();
}

void HttpServer::start()
{
    m_thread = Thread(m_net.context(), QStringLiteral("HTTPServer"), [this] { acceptLoop(); });
    m_thread.start();
}

void HttpServer::stop()
{
    m_listener->shutdown();
    if (m_thread.isValid())
        m_thread.join();
}

void HttpServer::acceptLoop()
{
    RunContext& ctx = m_net.context();
    std::vector<Thread> handlers;
    int count = 0;
    while (std::optional<TcpSocket> conn = m_listener->accept()) {
        auto shared = std::make_shared<TcpSocket>(std::move(*conn));
        handlers.emplace_back(ctx, QStringLiteral("handler-%1").arg(++count), [this, shared] { handle(*shared); });
        handlers.back().start();
    }
    // block_on_close: the server waits for its handlers before it is closed.
    for (Thread& t : handlers)
        t.join();
    m_listener->close();
}

std::optional<HttpServer::Request> HttpServer::readRequest(TcpSocket& conn)
{
    const std::optional<QByteArray> first = conn.readLine(MaxLine);
    if (!first)
        return std::nullopt;
    const QList<QByteArray> parts = chomp(*first).split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || !parts[1].startsWith('/') || !parts[2].startsWith("HTTP/1.")) {
        throw valueError(QCoreApplication::translate("Net", "bad request line '%1'").arg(preview(*first)));
    }
    Request r { parts[0], parts[1], {} };
    qint64 length = 0;
    for (int i = 0;; ++i) {
        const std::optional<QByteArray> line = conn.readLine(MaxLine);
        if (!line)
            throw PyError { QStringLiteral("ConnectionError"),
                QCoreApplication::translate("Net", "the peer closed in the middle of the request's headers") };
        if (chomp(*line).isEmpty())
            break;
        if (i >= MaxHeaders)
            throw valueError(QCoreApplication::translate("Net", "more than %1 headers").arg(MaxHeaders));
        const auto [name, value] = httpHeader(*line);
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0 || length > MaxBody)
                throw valueError(QCoreApplication::translate("Net", "bad Content-Length '%1'").arg(preview(value)));
        }
    }
    if (length > 0)
        r.body = conn.readExactly(length);
    return r;
}

void HttpServer::handle(TcpSocket& conn)
{
    RunContext& ctx = m_net.context();
    try {
        const std::optional<Request> request = readRequest(conn);
        if (!request) {
            m_net.reportError(conn.resource(), QStringLiteral("ConnectionError"),
                QCoreApplication::translate("Net", "the client closed without sending a request"));
        } else {
            ctx.sleepMs(m_latencyMs); // the slow work behind the page
            conn.sendAll(response(200, "OK", "hello from " + request->target + '\n'));
            m_served.fetch_add(1);
        }
    } catch (const PyError& e) {
        m_net.reportError(conn.resource(), e.type, e.message);
        if (e.type == QLatin1String("ValueError")) {
            m_bad.fetch_add(1);
            try {
                conn.sendAll(response(400, "Bad Request", "bad request\n"));
            } catch (const PyError&) {
                // The peer is gone already: nothing more to tell it.
            }
        }
    }
    conn.close();
}

HttpResponse httpGet(Network& net, quint16 port, const QByteArray& path, const QString& label)
{
    TcpSocket conn = TcpSocket::connect(net, port, label);
    conn.sendAll(httpGetRequest(port, path));
    const std::optional<QByteArray> statusLine = conn.readLine(MaxLine);
    if (!statusLine)
        throw PyError { QStringLiteral("RemoteDisconnected"),
            QCoreApplication::translate("Net", "the server closed the connection without a response") };
    HttpResponse r;
    r.status = httpStatus(*statusLine);
    qint64 length = -1;
    for (;;) {
        const std::optional<QByteArray> line = conn.readLine(MaxLine);
        if (!line || chomp(*line).isEmpty())
            break;
        const auto [name, value] = httpHeader(*line);
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (length >= 0) {
        r.body = conn.readExactly(length);
    } else {
        while (true) {
            const QByteArray piece = conn.recvSome();
            if (piece.isEmpty())
                break;
            r.body += piece;
        }
    }
    conn.close();
    return r;
}

QByteArray httpGetRequest(quint16 port, const QByteArray& path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUser-Agent: interleave\r\nConnection: close\r\n\r\n";
}

int httpStatus(const QByteArray& statusLine)
{
    const QList<QByteArray> parts = chomp(statusLine).split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 ? parts[1].toInt(&ok) : 0;
    if (!parts[0].startsWith("HTTP/1.") || !ok || status < 100 || status > 599)
        throw valueError(QCoreApplication::translate("Net", "bad status line '%1'").arg(preview(statusLine)));
    return status;
}

std::pair<QByteArray, QByteArray> httpHeader(const QByteArray& line)
{
    const QByteArray l = chomp(line);
    const qsizetype colon = l.indexOf(':');
    if (colon <= 0 || l.left(colon).contains(' '))
        throw valueError(QCoreApplication::translate("Net", "bad header line '%1'").arg(preview(line)));
    return { l.left(colon), l.mid(colon + 1).trimmed() };
}

} // namespace interleave
