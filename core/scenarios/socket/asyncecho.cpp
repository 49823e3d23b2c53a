// SPDX-License-Identifier: MIT
// The async halves of socket.tcp_echo and socket.http_fetch: tasks on one event loop (core/aio) using
// the run's instrumented connections (AsyncTcp).
#include "scenarios/socket/asyncecho.h"

#include "aio/aio.h"
#include "engine/runcontext.h"
#include "net/asynctcp.h"
#include "net/httpserver.h"
#include "net/network.h"
#include "net/tcpconnection.h"
#include "scenarios/socket/asynchttp.h"
#include "scenarios/socket/socketscenario.h"
#include "sync/thread.h"

#include <QCoreApplication>

#include <vector>

namespace interleave {

using aio::Async;
using aio::EventLoop;
using aio::Task;

namespace {

// Shared by the tasks of one run; they all run on the loop's thread, so plain fields will do.
struct EchoState {
    Network* net = nullptr;
    int echoed = 0;
    int accepted = 0;
    int inside = 0;
    int maxInside = 0;
    std::vector<qint64> durations;
};

int taskActor()
{
    return EventLoop::current()->currentActor();
}
qint64 nowNs(Network* net)
{
    return net->context().recorder().now();
}

QByteArray echoLine(int client, int i, int bytes)
{
    QByteArray line = "message " + QByteArray::number(i) + " from client-" + QByteArray::number(client);
    if (bytes > 0) {
        line = line.leftJustified(bytes - 1, '.', true);
    }
    return line + '\n';
}

Async<void> echoSession(EchoState* st, AsyncTcp conn)
{
    st->maxInside = std::max(st->maxInside, ++st->inside);
    try {
        for (;;) {
            std::optional<QByteArray> line = co_await conn.readLine(MaxEchoLine);
            if (!line)
                break;
            co_await conn.sendAll(std::move(*line));
        }
    } catch (const PyError& e) {
        st->net->reportError(conn.resource(), e.type, e.message, taskActor());
    }
    conn.close();
    --st->inside;
}

Async<void> echoServer(EchoState* st, aio::AsyncSocket* listener, quint16 port, int clients)
{
    std::vector<Task<void>> handlers;
    handlers.reserve(std::size_t(clients));
    for (int k = 1; k <= clients; ++k) {
        aio::AsyncSocket s = co_await listener->accept();
        ++st->accepted;
        handlers.push_back(EventLoop::current()->createTask(
            echoSession(st, AsyncTcp::accepted(*st->net, std::move(s), port)), QStringLiteral("handler-%1").arg(k)));
    }
    for (Task<void>& h : handlers)
        co_await h;
    listener->close();
}

Async<void> echoClient(EchoState* st, quint16 port, int k, int messages, int bytes)
{
    const qint64 begin = nowNs(st->net);
    try {
        AsyncTcp c = co_await AsyncTcp::connect(st->net, port, QStringLiteral("client-%1").arg(k));
        for (int i = 0; i < messages; ++i) {
            const QByteArray line = echoLine(k, i, bytes);
            co_await c.sendAll(line);
            const std::optional<QByteArray> back = co_await c.readLine(MaxEchoLine);
            if (!back) {
                st->net->reportError(c.resource(), QStringLiteral("ConnectionError"),
                    QCoreApplication::translate("Scenario", "the server closed the connection before echoing"),
                    taskActor());
                break;
            }
            if (*back == line)
                ++st->echoed;
        }
        c.close();
    } catch (const PyError& e) {
        st->net->reportError(-1, e.type, e.message, taskActor());
    }
    st->durations[std::size_t(k - 1)] = nowNs(st->net) - begin;
}

Async<void> clientsMain(EchoState* st, quint16 port, int clients, int messages, int bytes)
{
    EventLoop* loop = EventLoop::current();
    std::vector<Task<void>> tasks;
    tasks.reserve(std::size_t(clients));
    for (int k = 1; k <= clients; ++k)
        tasks.push_back(loop->createTask(echoClient(st, port, k, messages, bytes), QStringLiteral("client-%1").arg(k)));
    for (Task<void>& t : tasks)
        co_await t;
}

// The server on this loop; the clients too, or on their own loop in another thread.
Async<void> echoMain(EchoState* st, int clients, int messages, int bytes, EchoClients where)
{
    EventLoop* loop = EventLoop::current();
    aio::AsyncSocket listener = aio::AsyncSocket::tcp();
    listener.bind(0);
    listener.listen(1024);
    const quint16 port = listener.localPort();
    listener.setResource(loop->addResource(QStringLiteral("server :%1").arg(port), ResourceKind::Socket));
    st->net->addListener(port, QStringLiteral("server"));
    Task<void> server = loop->createTask(echoServer(st, &listener, port, clients), QStringLiteral("server"));
    if (where == EchoClients::SameLoop) {
        co_await clientsMain(st, port, clients, messages, bytes);
    } else {
        RunContext& ctx = st->net->context();
        Thread program(ctx, QStringLiteral("client program"), [st, &ctx, port, clients, messages, bytes] {
            EventLoop clientLoop(&ctx);
            clientLoop.run(clientsMain(st, port, clients, messages, bytes));
        });
        program.start();
        // await loop.run_in_executor(None, program.join): the server's loop goes on meanwhile.
        co_await aio::runInExecutor([&program] { program.join(); });
    }
    // A client that never connected leaves the server waiting for it in accept(): stop it as
    // server.close() would. Otherwise its handlers are finishing (reading the clients' EOF): wait.
    if (st->accepted < clients)
        server.cancel();
    try {
        co_await server;
    } catch (const aio::CancelledError&) {
    }
}

struct FetchState {
    Network* net = nullptr;
    std::vector<qint64> durations;
    std::vector<int> statuses;
};

Async<void> fetch(FetchState* st, quint16 port, int i)
{
    const qint64 begin = nowNs(st->net);
    try {
        AsyncTcp c = co_await AsyncTcp::connect(st->net, port, QStringLiteral("request-%1").arg(i + 1));
        co_await c.sendAll(httpGetRequest(port, "/item/" + QByteArray::number(i)));
        const std::optional<QByteArray> statusLine = co_await c.readLine(8192);
        if (!statusLine)
            throw PyError { QStringLiteral("RemoteDisconnected"),
                QCoreApplication::translate("Net", "the server closed the connection without a response") };
        const int status = httpStatus(*statusLine);
        qint64 length = -1;
        for (;;) {
            const std::optional<QByteArray> line = co_await c.readLine(8192);
            if (!line || line->trimmed().isEmpty())
                break;
            const auto [name, value] = httpHeader(*line);
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (length > 0)
            co_await c.readExactly(length);
        c.close();
        st->statuses[std::size_t(i)] = status;
    } catch (const PyError& e) {
        st->net->reportError(-1, e.type, e.message, taskActor());
    }
    st->durations[std::size_t(i)] = nowNs(st->net) - begin;
}

Async<void> fetchMain(FetchState* st, quint16 port, int requests)
{
    std::vector<Task<void>> tasks;
    for (int i = 0; i < requests; ++i)
        tasks.push_back(EventLoop::current()->createTask(fetch(st, port, i), QStringLiteral("fetch-%1").arg(i + 1)));
    for (Task<void>& t : tasks)
        co_await t;
}

} // namespace

AsyncEchoResult runAsyncEcho(Network& net, int clients, int messages, int messageBytes, EchoClients where)
{
    // Kept by the run, not on this stack: when a stop cuts this function short, the client program's
    // thread may still be finishing a step that writes here; the engine joins it before the run's
    // objects go.
    EchoState& st = net.context().make<EchoState>();
    st.net = &net;
    st.durations.assign(std::size_t(clients), 0);
    {
        EventLoop loop(&net.context());
        loop.run(echoMain(&st, clients, messages, messageBytes, where));
    }
    return AsyncEchoResult { st.echoed, st.maxInside, st.durations };
}

AsyncHttpResult runAsyncFetch(Network& net, quint16 port, int requests)
{
    FetchState st;
    st.net = &net;
    st.durations.assign(std::size_t(requests), 0);
    st.statuses.assign(std::size_t(requests), 0);
    {
        EventLoop loop(&net.context());
        loop.run(fetchMain(&st, port, requests));
    }
    return AsyncHttpResult { st.durations, st.statuses };
}

} // namespace interleave
