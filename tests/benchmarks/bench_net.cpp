// SPDX-License-Identifier: MIT
// Figures for the socket family: async TCP echo (socket.tcp_echo server=async) with 200 client tasks,
// 64-byte messages, round trips per second WITH tracing on; CPython asyncio and uvloop doing the same
// in the same run, and the ratios. Also the threaded server for reference.
// Run: cmake --preset release -B build/h-net-rel && cmake --build build/h-net-rel --target bench_net
//      && build/h-net-rel/tests/benchmarks/bench_net [clients] [messages]

#include "engine/runcontext.h"
#include "engine/runner.h"
#include "engine/scenario.h"
#include "net/network.h"
#include "scenarios/socket/asyncecho.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace interleave;

namespace {

// socket.tcp_echo's async server with padded 64-byte lines, timed from inside the run.
class EchoBench final : public Scenario {
public:
    EchoBench(int clients, int messages, double* seconds, int* echoed)
        : m_clients(clients)
        , m_messages(messages)
        , m_seconds(seconds)
        , m_echoed(echoed)
    {
    }
    QString id() const override { return QStringLiteral("bench.net_echo"); }
    QString category() const override { return QStringLiteral("socket"); }
    QString title() const override { return QStringLiteral("bench"); }
    QString summary() const override { return {}; }
    QString explanation() const override { return {}; }
    QString pythonSnippet() const override { return {}; }
    ParamSchema params() const override { return {}; }
    void run(RunContext& ctx) const override
    {
        Network& net = ctx.make<Network>(ctx);
        const auto start = std::chrono::steady_clock::now();
        const AsyncEchoResult r = runAsyncEcho(net, m_clients, m_messages, 64);
        *m_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        *m_echoed = r.echoed;
    }

private:
    int m_clients;
    int m_messages;
    double* m_seconds;
    int* m_echoed;
};

struct Figure {
    double perSecond = 0;
    quint64 events = 0;
};

Figure runOurs(int clients, int messages)
{
    double seconds = 0;
    int echoed = 0;
    EchoBench bench(clients, messages, &seconds, &echoed);
    RunRequest request;
    request.timeLimitMs = 600000;
    QString error;
    const Trace t = Runner::runBlocking(bench, request, &error);
    if (!error.isEmpty() || echoed != clients * messages) {
        std::printf("interleave run failed: %s (echoed %d of %d)\n", qPrintable(error), echoed, clients * messages);
        return {};
    }
    return Figure { echoed / seconds, quint64(t.events().size()) };
}

// Runs the Python twin; its line is "<loop> <round trips> <seconds> <per second>".
double runPython(bool uvloop, int clients, int messages)
{
    QStringList args { QStringLiteral(INTERLEAVE_BENCH_PYTHON_DIR "/net_echo_asyncio.py"), QStringLiteral("--clients"),
        QString::number(clients), QStringLiteral("--messages"), QString::number(messages) };
    if (uvloop)
        args << QStringLiteral("--uvloop");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::printf(
            "python (%s) did not run: %s\n", uvloop ? "uvloop" : "asyncio", p.readAllStandardError().constData());
        return 0;
    }
    const QList<QByteArray> cols = p.readAllStandardOutput().trimmed().split(' ');
    return cols.size() == 4 ? cols[3].toDouble() : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? std::atoi(argv[1]) : 200;
    const int messages = argc > 2 ? std::atoi(argv[2]) : 500;
    const int repeats = 3;
    std::printf("async TCP echo: %d clients x %d round trips of 64 B, best of %d\n", clients, messages, repeats);

    runOurs(clients, std::max(1, messages / 10)); // warm-up: buffers, page faults
    Figure ours;
    for (int i = 0; i < repeats; ++i) {
        const Figure f = runOurs(clients, messages);
        if (f.perSecond > ours.perSecond)
            ours = f;
    }
    double asyncio = 0;
    double uvloop = 0;
    for (int i = 0; i < repeats; ++i) {
        asyncio = std::max(asyncio, runPython(false, clients, messages));
        uvloop = std::max(uvloop, runPython(true, clients, messages));
    }
    std::printf("%-40s %12.0f round trips/s  (target >= 100000: %s), %.1f events per round trip\n",
        "interleave (tracing on)", ours.perSecond, ours.perSecond >= 100000 ? "met" : "MISSED",
        double(ours.events) / double(clients * messages));
    std::printf("%-40s %12.0f round trips/s\n", "CPython asyncio", asyncio);
    std::printf("%-40s %12.0f round trips/s\n", "CPython uvloop", uvloop);
    if (asyncio > 0)
        std::printf("%-40s %12.2f x\n", "interleave / asyncio", ours.perSecond / asyncio);
    if (uvloop > 0)
        std::printf("%-40s %12.2f x\n", "interleave / uvloop", ours.perSecond / uvloop);
    return 0;
}
