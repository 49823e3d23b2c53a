// SPDX-License-Identifier: MIT
#pragma once

#include "sync/thread.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <optional>

namespace interleave {

class Network;
class TcpListener;
class TcpSocket;

// A minimal HTTP/1.1 server on the run's own instrumented sockets, like Python's
// ThreadingHTTPServer: a thread accepts ("HTTPServer"), and each connection gets a handler thread
// ("handler-<k>") that reads one request (request line, headers, a Content-Length body), waits
// latencyMs (the slow backend the lesson needs), answers 200 with a short text body and closes
// ("TcpConnection: close"). A request it cannot parse gets 400 and is reported (Network::reportError), a
// client that closes early is reported too; neither stops the server.
class HttpServer {
public:
    HttpServer(Network& net, double latencyMs);
    ~HttpServer();

    quint16 port() const;
    void start(); // from the run's main actor
    // server.shutdown() + server_close(): no more accepts, then every handler joined. Interruptible.
    void stop();

    int served() const { return m_served.load(); }
    int badRequests() const { return m_bad.load(); }

    struct Request {
        QByteArray method;
        QByteArray target;
        QByteArray body;
    };
    // Reads one request from `conn`; std::nullopt at EOF before its first byte. Throws PyError
    // ValueError for a malformed request, ConnectionError when the peer closes in the middle.
    static std::optional<Request> readRequest(TcpSocket& conn);

private:
    void acceptLoop();
    void handle(TcpSocket& conn);

    Network& m_net;
    const double m_latencyMs;
    std::unique_ptr<TcpListener> m_listener;
    Thread m_thread;
    std::atomic<int> m_served { 0 };
    std::atomic<int> m_bad { 0 };
};

// A blocking GET of `path` over a new connection (as urllib.request.urlopen does), labelled `label`
// ("request-1"). Throws PyError on a connection problem or a response it cannot parse.
struct HttpResponse {
    int status = 0;
    QByteArray body;
};
HttpResponse httpGet(Network& net, quint16 port, const QByteArray& path, const QString& label);

// The request httpGet() sends and the response head parsing it uses (shared with the async clients).
QByteArray httpGetRequest(quint16 port, const QByteArray& path);
// Parses "HTTP/1.1 200 OK"; throws PyError ValueError when it is not a status line.
int httpStatus(const QByteArray& statusLine);
// Parses one "Name: value" header line; throws PyError ValueError when malformed.
std::pair<QByteArray, QByteArray> httpHeader(const QByteArray& line);

} // namespace interleave
