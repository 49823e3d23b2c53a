// SPDX-License-Identifier: MIT
// socket.udp_echo: datagrams, loss, timeouts and retries.
#include "scenarios/socket/socketscenario.h"

#include "engine/runcontext.h"
#include "net/network.h"
#include "net/udpsocket.h"
#include "sync/thread.h"

#include <QHash>

#include <atomic>
#include <mutex>
#include <vector>

namespace interleave {

namespace {

class UdpEchoScenario final : public SocketScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("socket.udp_echo"); }
    QString title() const override { return tr("UDP echo"); }
    QString summary() const override
    {
        return tr("Datagrams can be lost: the client waits with a timeout and sends again.");
    }
    QString explanation() const override
    {
        return tr("UDP has no connection: each client sends a datagram to the server's port and waits for the echo. "
                  "Each datagram is an arrow from the sender's socket to the receiver's.\n\n"
                  "Here the server ignores every drop_every-th datagram it receives from a client (a \"drop\" mark), "
                  "as a lossy network would. Nothing tells the client: its recvfrom() waits in io until timeout_ms "
                  "passes (a timeout mark), then it sends the same datagram again (a \"retry\" mark), at most "
                  "`retries` times. A datagram still unanswered after that is lost.\n\n"
                  "With drop_every 0 nothing is lost. With drop_every 2 every second datagram needs a retry; with "
                  "drop_every 1 nothing ever comes back and every datagram ends lost after 1 + retries tries. "
                  "Outcome: echoed, retries, lost, timeouts.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import socket
import threading

clients = 1
datagrams = 3
drop_every = 0                 # the server ignores every n-th datagram (0: none)
timeout_ms = 200
retries = 2

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 0))
port = server.getsockname()[1]


def run_server():
    seen = {}
    while True:
        data, addr = server.recvfrom(65536)
        if data == b"stop":
            break
        seen[addr] = seen.get(addr, 0) + 1
        if drop_every and seen[addr] % drop_every == 0:
            continue                      # "lost"
        server.sendto(data, addr)


def client():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(timeout_ms / 1000)
    for i in range(datagrams):
        for attempt in range(1 + retries):
            s.sendto(f"ping {i}".encode(), ("127.0.0.1", port))
            try:
                print(s.recvfrom(65536)[0])
                break
            except socket.timeout:
                print("timeout, retry")
        else:
            print(f"ping {i} lost")


srv = threading.Thread(target=run_server)
srv.start()
cs = [threading.Thread(target=client) for _ in range(clients)]
for t in cs:
    t.start()
for t in cs:
    t.join()
server.sendto(b"stop", ("127.0.0.1", port))
srv.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(
                QStringLiteral("clients"), 1, 1, 200, tr("Clients"), tr("How many clients send datagrams at once.")),
            ParamSpec::integer(
                QStringLiteral("datagrams"), 3, 1, 1000, tr("Datagrams"), tr("How many datagrams each client sends.")),
            ParamSpec::integer(QStringLiteral("drop_every"), 0, 0, 100, tr("Drop every"),
                tr("The server ignores every n-th datagram it gets from a client; 0: none.")),
            ParamSpec::integer(QStringLiteral("timeout_ms"), 200, 1, 60000, tr("Timeout"),
                tr("How long a client waits for the echo before it sends again."), QStringLiteral("ms")),
            ParamSpec::integer(QStringLiteral("retries"), 2, 0, 100, tr("Retries"),
                tr("How many times a client sends a datagram again before it counts it lost.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int clients = int(ctx.intParam(QStringLiteral("clients")));
        const int datagrams = int(ctx.intParam(QStringLiteral("datagrams")));
        const int dropEvery = int(ctx.intParam(QStringLiteral("drop_every")));
        const double timeoutMs = double(ctx.intParam(QStringLiteral("timeout_ms")));
        const int retries = int(ctx.intParam(QStringLiteral("retries")));
        Network& net = ctx.make<Network>(ctx);
        const qint64 start = nowNs(ctx);

        UdpSocket& serverSocket = ctx.make<UdpSocket>(net, QStringLiteral("udp server"));
        struct Shared {
            std::atomic<int> echoed { 0 };
            std::atomic<int> lost { 0 };
            std::atomic<int> retries { 0 };
            std::atomic<int> timedOut { 0 };
            std::atomic<int> dropped { 0 };
            std::mutex mutex;
            std::vector<qint64> durations; // per datagram, client by client
        };
        Shared& shared = ctx.make<Shared>();
        shared.durations.assign(std::size_t(clients * datagrams), 0);
        const quint16 port = serverSocket.port();

        Thread server(ctx, QStringLiteral("server"), [&ctx, &net, &serverSocket, &shared, dropEvery] {
            QHash<quint16, int> seen;
            while (std::optional<UdpSocket::Datagram> d = serverSocket.recvFrom()) {
                const int n = ++seen[d->port];
                if (dropEvery > 0 && n % dropEvery == 0) {
                    ctx.recorder().instant(RunContext::currentActor(), InstantKind::Mark, serverSocket.resource(), n,
                        net.text(QStringLiteral("drop")));
                    shared.dropped.fetch_add(1);
                    continue;
                }
                serverSocket.sendTo(d->data, d->port);
            }
            serverSocket.close();
        });
        server.start();

        std::vector<Thread> threads;
        for (int k = 1; k <= clients; ++k) {
            const QString name = QStringLiteral("client-%1").arg(k);
            threads.emplace_back(ctx, name, [&ctx, &net, &shared, port, k, name, datagrams, timeoutMs, retries] {
                UdpSocket s(net, name + QStringLiteral(" udp"));
                Recorder& rec = ctx.recorder();
                for (int i = 0; i < datagrams; ++i) {
                    const QByteArray ping = "ping " + QByteArray::number(i);
                    const qint64 begin = nowNs(ctx);
                    bool answered = false;
                    for (int attempt = 0; attempt <= retries && !answered; ++attempt) {
                        if (attempt > 0) {
                            shared.retries.fetch_add(1);
                            rec.instant(RunContext::currentActor(), InstantKind::Mark, s.resource(), attempt,
                                net.text(QStringLiteral("retry %1").arg(attempt)));
                        }
                        s.sendTo(ping, port);
                        // An echo of an earlier try that came late is not this one's answer: keep waiting.
                        const qint64 until = nowNs(ctx) + qint64(timeoutMs * 1e6);
                        for (;;) {
                            const double left = std::max(0.0, double(until - nowNs(ctx)) / 1e6);
                            const std::optional<UdpSocket::Datagram> d = s.recvFrom(left);
                            if (!d) {
                                shared.timedOut.fetch_add(1);
                                break;
                            }
                            if (d->data == ping) {
                                answered = true;
                                break;
                            }
                        }
                    }
                    if (answered) {
                        shared.echoed.fetch_add(1);
                    } else {
                        shared.lost.fetch_add(1);
                        rec.instant(RunContext::currentActor(), InstantKind::Mark, s.resource(), i,
                            net.text(QStringLiteral("lost ") + QString::fromLatin1(ping)));
                    }
                    std::lock_guard lock(shared.mutex);
                    shared.durations[std::size_t((k - 1) * datagrams + i)] = nowNs(ctx) - begin;
                }
                s.close();
            });
        }
        for (Thread& t : threads)
            t.start();
        for (Thread& t : threads)
            t.join();
        serverSocket.shutdown();
        server.join();

        ctx.setOutcome(QStringLiteral("echoed"), shared.echoed.load());
        ctx.setOutcome(QStringLiteral("expected"), clients * datagrams);
        ctx.setOutcome(QStringLiteral("lost"), shared.lost.load());
        ctx.setOutcome(QStringLiteral("retries"), shared.retries.load());
        ctx.setOutcome(QStringLiteral("timeouts"), shared.timedOut.load());
        ctx.setOutcome(QStringLiteral("dropped"), shared.dropped.load());
        std::lock_guard lock(shared.mutex);
        ctx.setOutcome(QStringLiteral("durations_ms"), toMs(shared.durations));
        ctx.setOutcome(QStringLiteral("total_ms"), toMs({ nowNs(ctx) - start }).value(0));
        reportErrors(ctx, net);
    }
};

} // namespace

std::unique_ptr<Scenario> makeUdpEchoScenario()
{
    return std::make_unique<UdpEchoScenario>();
}

} // namespace interleave
