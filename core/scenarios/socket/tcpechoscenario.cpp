// SPDX-License-Identifier: MIT
// socket.tcp_echo: TCP sessions served one at a time or concurrently.
#include "scenarios/socket/socketscenario.h"

#include "engine/runcontext.h"
#include "net/network.h"
#include "net/tcplistener.h"
#include "net/tcpsocket.h"
#include "scenarios/socket/asyncecho.h"
#include "sync/thread.h"

#include <atomic>
#include <mutex>
#include <vector>

namespace interleave {

namespace {

QByteArray echoMessage(int client, int i)
{
    return "message " + QByteArray::number(i) + " from client-" + QByteArray::number(client) + '\n';
}

class TcpEchoScenario final : public SocketScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("socket.tcp_echo"); }
    QString title() const override { return tr("TCP echo"); }
    QString summary() const override
    {
        return tr("Clients send lines to an echo server that serves one session at a time, a thread per session, or "
                  "event-loop tasks.");
    }
    QString explanation() const override
    {
        return tr("Each client connects to the server on 127.0.0.1, sends `messages` lines and reads each one back, "
                  "then closes. Both ends of a connection record on one socket (\"client-1 ↔ server\"); each message "
                  "is an arrow "
                  "from the sender to the read that receives its last byte. A call that has to wait for the other "
                  "side shows the io state (suspended, for the async server's tasks).\n\n"
                  "With the iterative server (the course's first server) only one session is served at a time: "
                  "the kernel completes the other clients' connections, but their first recv() waits in io until "
                  "the server has finished with everybody before them. max_concurrent stays 1.\n\n"
                  "The threaded server hands every accepted connection to a thread of its own, so sessions overlap "
                  "and the clients' waits shrink. The async server does the same with event-loop tasks on one "
                  "thread: while one session waits for its socket, the loop runs another.\n\n"
                  "Messages are lines ending in \"\\n\": TCP is a byte stream, so a reader needs a rule for where a "
                  "message ends; a long line may arrive in several pieces (several recv marks, one arrow).");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import socket
import threading

clients = 1
messages = 1
server = "iterative"          # "threaded", "async" (asyncio.start_server)

listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]


def serve(conn):
    with conn, conn.makefile("rb") as lines:
        for line in lines:           # one message per line
            conn.sendall(line)


def run_server():
    handlers = []
    for _ in range(clients):
        conn, addr = listener.accept()
        if server == "iterative":
            serve(conn)              # the next client waits meanwhile
        else:
            t = threading.Thread(target=serve, args=(conn,))
            t.start()
            handlers.append(t)
    for t in handlers:
        t.join()


def client(k):
    with socket.create_connection(("127.0.0.1", port)) as s:
        lines = s.makefile("rb")
        for i in range(messages):
            s.sendall(f"message {i} from client-{k}\n".encode())
            print(lines.readline().decode(), end="")


srv = threading.Thread(target=run_server, name="server")
srv.start()
cs = [threading.Thread(target=client, args=(k,), name=f"client-{k}") for k in range(1, clients + 1)]
for t in cs:
    t.start()
for t in cs:
    t.join()
srv.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("clients"), 1, 1, 500, tr("Clients"),
                tr("How many clients connect at once, each with its own connection.")),
            ParamSpec::integer(QStringLiteral("messages"), 1, 1, 1000, tr("Messages"),
                tr("How many lines each client sends and reads back.")),
            ParamSpec::choice(QStringLiteral("server"),
                { QStringLiteral("iterative"), QStringLiteral("threaded"), QStringLiteral("async") },
                QStringLiteral("iterative"), tr("Server"),
                tr("iterative: one session at a time; threaded: a thread per connection; async: event-loop tasks.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int clients = int(ctx.intParam(QStringLiteral("clients")));
        const int messages = int(ctx.intParam(QStringLiteral("messages")));
        const QString server = ctx.enumParam(QStringLiteral("server"));
        Network& net = ctx.make<Network>(ctx);
        const qint64 start = nowNs(ctx);

        if (server == QLatin1String("async")) {
            AsyncEchoResult r = runAsyncEcho(net, clients, messages, 0);
            finish(ctx, net, clients, messages, r.echoed, r.maxConcurrent, r.durationsNs, nowNs(ctx) - start);
            return;
        }

        TcpListener& listener = ctx.make<TcpListener>(net, QStringLiteral("server"));
        struct Shared {
            std::atomic<int> echoed { 0 };
            std::atomic<int> inside { 0 };
            std::atomic<int> maxInside { 0 };
            std::mutex mutex;
            std::vector<qint64> durations;
        };
        Shared& shared = ctx.make<Shared>();
        shared.durations.assign(std::size_t(clients), 0);
        const bool threaded = server == QLatin1String("threaded");
        const quint16 port = listener.port();

        auto session = [&net, &shared](TcpSocket& conn) {
            const int now = shared.inside.fetch_add(1) + 1;
            int seen = shared.maxInside.load();
            while (seen < now && !shared.maxInside.compare_exchange_weak(seen, now)) { }
            serveEchoSession(net, conn);
            shared.inside.fetch_sub(1);
        };
        Thread serverThread(ctx, QStringLiteral("server"), [&ctx, &listener, clients, threaded, session] {
            std::vector<Thread> handlers;
            for (int k = 1; k <= clients; ++k) {
                std::optional<TcpSocket> conn = listener.accept();
                if (!conn)
                    break;
                if (!threaded) {
                    session(*conn);
                    continue;
                }
                auto shared = std::make_shared<TcpSocket>(std::move(*conn));
                handlers.emplace_back(
                    ctx, QStringLiteral("handler-%1").arg(k), [session, shared] { session(*shared); });
                handlers.back().start();
            }
            for (Thread& t : handlers)
                t.join();
            listener.close();
        });
        serverThread.start();

        std::vector<Thread> threads;
        threads.reserve(std::size_t(clients));
        for (int k = 1; k <= clients; ++k) {
            const QString name = QStringLiteral("client-%1").arg(k);
            threads.emplace_back(ctx, name, [&ctx, &net, &shared, port, k, name, messages] {
                const qint64 begin = nowNs(ctx);
                try {
                    TcpSocket s = TcpSocket::connect(net, port, name);
                    for (int i = 0; i < messages; ++i) {
                        const QByteArray line = echoMessage(k, i);
                        s.sendAll(line);
                        const std::optional<QByteArray> back = s.readLine(MaxEchoLine);
                        if (!back) {
                            net.reportError(s.resource(), QStringLiteral("ConnectionError"),
                                tr("the server closed the connection before echoing"));
                            break;
                        }
                        if (*back == line)
                            shared.echoed.fetch_add(1);
                    }
                    s.close();
                } catch (const PyError& e) {
                    net.reportError(-1, e.type, e.message);
                }
                std::lock_guard lock(shared.mutex);
                shared.durations[std::size_t(k - 1)] = nowNs(ctx) - begin;
            });
        }
        for (Thread& t : threads)
            t.start();
        for (Thread& t : threads)
            t.join();
        // A client that failed before connecting leaves the server waiting for it.
        listener.shutdown();
        serverThread.join();

        std::lock_guard lock(shared.mutex);
        finish(ctx, net, clients, messages, shared.echoed.load(), shared.maxInside.load(), shared.durations,
            nowNs(ctx) - start);
    }

private:
    static void finish(RunContext& ctx, const Network& net, int clients, int messages, int echoed, int maxConcurrent,
        const std::vector<qint64>& durations, qint64 totalNs)
    {
        ctx.setOutcome(QStringLiteral("echoed"), echoed);
        ctx.setOutcome(QStringLiteral("expected"), clients * messages);
        ctx.setOutcome(QStringLiteral("lost"), clients * messages - echoed);
        ctx.setOutcome(QStringLiteral("retries"), 0);
        ctx.setOutcome(QStringLiteral("max_concurrent"), maxConcurrent);
        ctx.setOutcome(QStringLiteral("durations_ms"), toMs(durations));
        ctx.setOutcome(QStringLiteral("total_ms"), toMs({ totalNs }).value(0));
        reportErrors(ctx, net);
    }
};

} // namespace

std::unique_ptr<Scenario> makeTcpEchoScenario()
{
    return std::make_unique<TcpEchoScenario>();
}

} // namespace interleave
