// SPDX-License-Identifier: MIT
// socket.http_fetch: concurrent requests overlap their waits.
#include "scenarios/socket/socketscenario.h"

#include "engine/runcontext.h"
#include "net/httpserver.h"
#include "net/network.h"
#include "scenarios/socket/asynchttp.h"
#include "sync/thread.h"

#include <mutex>
#include <vector>

namespace interleave {

namespace {

class HttpFetchScenario final : public SocketScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("socket.http_fetch"); }
    QString title() const override { return tr("HTTP fetch"); }
    QString summary() const override
    {
        return tr("Fetching pages one after another, by threads, or by async tasks: concurrent requests overlap their "
                  "waits.");
    }
    QString explanation() const override
    {
        return tr("A small HTTP/1.1 server runs inside the run (a thread per connection, like Python's "
                  "ThreadingHTTPServer); every page takes latency_ms to produce. The client fetches `requests` "
                  "pages: each request is an arrow to the server, the response an arrow back.\n\n"
                  "sequential: one request after another, so the total is about requests × latency_ms, and the "
                  "client spends nearly all of it in the io state waiting for the server.\n\n"
                  "threads: a thread per request; async: a task per request on one event loop. Either way the "
                  "waits overlap and the total is about one latency_ms. The work is the same; only the waiting "
                  "is shared. Compare total_ms and the durations_ms of each request.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

requests = 3
latency_ms = 500
mode = "sequential"            # "threads", "async"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(latency_ms / 1000)    # a slow backend
        body = f"hello from {self.path}\n".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, name="HTTPServer").start()
url = f"http://127.0.0.1:{server.server_address[1]}"


def fetch(i):
    with urllib.request.urlopen(f"{url}/item/{i}") as r:
        return r.read()


async def afetch(i):
    reader, writer = await asyncio.open_connection("127.0.0.1", server.server_address[1])
    writer.write(f"GET /item/{i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    data = await reader.read()
    writer.close()
    return data


async def fetch_all():
    return await asyncio.gather(*(afetch(i) for i in range(requests)))


start = time.perf_counter()
if mode == "sequential":
    pages = [fetch(i) for i in range(requests)]
elif mode == "threads":
    ts = [threading.Thread(target=fetch, args=(i,)) for i in range(requests)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
else:
    asyncio.run(fetch_all())
print(f"{time.perf_counter() - start:.2f} s")
server.shutdown()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("requests"), 3, 1, 500, tr("Requests"), tr("How many pages to fetch.")),
            ParamSpec::integer(QStringLiteral("latency_ms"), 500, 0, 60000, tr("Latency"),
                tr("How long the server takes to produce each page."), QStringLiteral("ms")),
            ParamSpec::choice(QStringLiteral("mode"),
                { QStringLiteral("sequential"), QStringLiteral("threads"), QStringLiteral("async") },
                QStringLiteral("sequential"), tr("Mode"),
                tr("sequential: one request after another; threads: a thread per request; async: a task per request.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int requests = int(ctx.intParam(QStringLiteral("requests")));
        const double latencyMs = double(ctx.intParam(QStringLiteral("latency_ms")));
        const QString mode = ctx.enumParam(QStringLiteral("mode"));
        Network& net = ctx.make<Network>(ctx);
        HttpServer& server = ctx.make<HttpServer>(net, latencyMs);
        server.start();
        const quint16 port = server.port();

        struct Shared {
            std::mutex mutex;
            std::vector<qint64> durations;
            QVariantList statuses;
        };
        Shared& shared = ctx.make<Shared>();
        shared.durations.assign(std::size_t(requests), 0);
        for (int i = 0; i < requests; ++i)
            shared.statuses.append(0);

        auto fetch = [&ctx, &net, &shared, port](int i) {
            const qint64 begin = nowNs(ctx);
            int status = 0;
            try {
                status = httpGet(net, port, "/item/" + QByteArray::number(i), QStringLiteral("request-%1").arg(i + 1))
                             .status;
            } catch (const PyError& e) {
                net.reportError(-1, e.type, e.message);
            }
            std::lock_guard lock(shared.mutex);
            shared.durations[std::size_t(i)] = nowNs(ctx) - begin;
            shared.statuses[i] = status;
        };

        const qint64 start = nowNs(ctx);
        if (mode == QLatin1String("sequential")) {
            for (int i = 0; i < requests; ++i)
                fetch(i);
        } else if (mode == QLatin1String("threads")) {
            std::vector<Thread> threads;
            for (int i = 0; i < requests; ++i)
                threads.emplace_back(ctx, QStringLiteral("fetch-%1").arg(i + 1), [fetch, i] { fetch(i); });
            for (Thread& t : threads)
                t.start();
            for (Thread& t : threads)
                t.join();
        } else {
            const AsyncHttpResult r = runAsyncFetch(net, port, requests);
            std::lock_guard lock(shared.mutex);
            for (int i = 0; i < requests; ++i) {
                shared.durations[std::size_t(i)] = r.durationsNs.at(std::size_t(i));
                shared.statuses[i] = r.statuses.at(std::size_t(i));
            }
        }
        const qint64 total = nowNs(ctx) - start;
        server.stop();

        std::lock_guard lock(shared.mutex);
        int ok = 0;
        for (const QVariant& s : shared.statuses)
            ok += s.toInt() == 200 ? 1 : 0;
        ctx.setOutcome(QStringLiteral("echoed"), ok);
        ctx.setOutcome(QStringLiteral("lost"), requests - ok);
        ctx.setOutcome(QStringLiteral("retries"), 0);
        ctx.setOutcome(QStringLiteral("statuses"), shared.statuses);
        ctx.setOutcome(QStringLiteral("durations_ms"), toMs(shared.durations));
        ctx.setOutcome(QStringLiteral("total_ms"), toMs({ total }).value(0));
        reportErrors(ctx, net);
    }
};

} // namespace

std::unique_ptr<Scenario> makeHttpFetchScenario()
{
    return std::make_unique<HttpFetchScenario>();
}

} // namespace interleave
