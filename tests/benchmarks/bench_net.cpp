// SPDX-License-Identifier: MIT
// Figures for the socket family: async TCP echo (socket.tcp_echo server=async) with 200 client tasks,
// 64-byte messages, round trips per second WITH tracing on; CPython asyncio and uvloop doing the same
// in the same run, and the ratios; each with the server and the clients on one event loop, and on two
// (the clients a program of their own); and the one-thread floor: the same echo on bare epoll.
// Run: cmake --preset release -B build/h-net-rel && cmake --build build/h-net-rel --target bench_net
//      && build/h-net-rel/tests/benchmarks/bench_net [clients] [messages] [--no-python]

#include "engine/runcontext.h"
#include "engine/runner.h"
#include "engine/scenario.h"
#include "net/network.h"
#include "scenarios/socket/asyncecho.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <cstring>

using namespace interleave;

namespace {

// socket.tcp_echo's async server with padded 64-byte lines, timed from inside the run.
class EchoBench final : public Scenario {
public:
    EchoBench(int clients, int messages, EchoClients where, double* seconds, int* echoed)
        : m_where(where)
        , m_clients(clients)
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
        const AsyncEchoResult r = runAsyncEcho(net, m_clients, m_messages, 64, m_where);
        *m_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        *m_echoed = r.echoed;
    }

private:
    EchoClients m_where;
    int m_clients;
    int m_messages;
    double* m_seconds;
    int* m_echoed;
};

struct Figure {
    double perSecond = 0;
    quint64 events = 0;
};

// The kernel's share, for scale: the same echo on one thread with bare epoll and nothing else (no
// tasks, no framing, nothing recorded). What one loop cannot beat on this machine.
double bareFloor(int clients, int messages)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(listener, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(listener, 1024) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(listener);
        return 0;
    }
    const int ep = ::epoll_create1(EPOLL_CLOEXEC);
    std::vector<int> fds; // client k at 2k, its server end at 2k + 1
    std::vector<int> left(std::size_t(clients), messages);
    for (int k = 0; k < clients; ++k) {
        const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (::connect(c, reinterpret_cast<sockaddr*>(&addr), len) != 0)
            return 0;
        const int s = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        for (int fd : { c, s }) {
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::fcntl(fd, F_SETFL, O_NONBLOCK);
            epoll_event e {};
            e.events = EPOLLIN | EPOLLET;
            e.data.u32 = quint32(fds.size());
            ::epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
            fds.push_back(fd);
        }
    }
    char line[64];
    std::memset(line, 'x', sizeof line);
    line[63] = '\n';
    char buffer[16384];
    const auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < clients; ++k)
        ::send(fds[std::size_t(2 * k)], line, sizeof line, MSG_NOSIGNAL);
    qint64 done = 0;
    const qint64 total = qint64(clients) * messages;
    epoll_event events[64];
    while (done < total) {
        const int n = ::epoll_wait(ep, events, 64, 10000);
        if (n <= 0)
            break;
        for (int i = 0; i < n; ++i) {
            const quint32 index = events[i].data.u32;
            const int fd = fds[index];
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                continue;
            if (index % 2 == 1)
                ::send(fd, buffer, std::size_t(got), MSG_NOSIGNAL); // the server echoes
            else if (++done, --left[index / 2] > 0)
                ::send(fd, line, sizeof line, MSG_NOSIGNAL);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (int fd : fds)
        ::close(fd);
    ::close(ep);
    ::close(listener);
    return done == total ? double(total) / seconds : 0;
}

Figure runOurs(int clients, int messages, EchoClients where)
{
    double seconds = 0;
    int echoed = 0;
    EchoBench bench(clients, messages, where, &seconds, &echoed);
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
double runPython(bool uvloop, bool apart, int clients, int messages)
{
    QStringList args { QStringLiteral(INTERLEAVE_BENCH_PYTHON_DIR "/net_echo_asyncio.py"), QStringLiteral("--clients"),
        QString::number(clients), QStringLiteral("--messages"), QString::number(messages) };
    if (uvloop)
        args << QStringLiteral("--uvloop");
    if (apart)
        args << QStringLiteral("--apart");
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
    const bool python = !(argc > 3 && std::strcmp(argv[3], "--no-python") == 0); // e.g. under perf
    const int repeats = 3;
    std::printf("async TCP echo: %d clients x %d round trips of 64 B, best of %d\n", clients, messages, repeats);

    runOurs(clients, std::max(1, messages / 10), EchoClients::SameLoop); // warm-up: buffers, page faults
    struct Row {
        const char* name;
        EchoClients where;
        Figure ours;
        double asyncio = 0;
        double uvloop = 0;
    };
    Row rows[] = { { "one loop: server and clients", EchoClients::SameLoop, {} },
        { "two loops: server | clients", EchoClients::OwnLoop, {} } };
    for (Row& row : rows) {
        for (int i = 0; i < repeats; ++i) {
            const Figure f = runOurs(clients, messages, row.where);
            if (f.perSecond > row.ours.perSecond)
                row.ours = f;
        }
        const bool apart = row.where == EchoClients::OwnLoop;
        for (int i = 0; python && i < repeats; ++i) {
            row.asyncio = std::max(row.asyncio, runPython(false, apart, clients, messages));
            row.uvloop = std::max(row.uvloop, runPython(true, apart, clients, messages));
        }
    }
    double floor = 0;
    for (int i = 0; i < repeats; ++i)
        floor = std::max(floor, bareFloor(clients, messages));
    for (const Row& row : rows) {
        std::printf("\n%s\n", row.name);
        std::printf("  %-32s %10.0f round trips/s  (target >= 100000: %s), %.1f events per round trip\n",
            "interleave (tracing on)", row.ours.perSecond, row.ours.perSecond >= 100000 ? "met" : "MISSED",
            double(row.ours.events) / double(clients * messages));
        if (row.where == EchoClients::SameLoop) {
            std::printf("  %-32s %10.0f round trips/s  (interleave: %.0f %% of it)\n", "bare epoll, nothing recorded",
                floor, floor > 0 ? 100.0 * row.ours.perSecond / floor : 0.0);
        }
        if (!python)
            continue;
        std::printf("  %-32s %10.0f round trips/s  (interleave: %.2f x)\n", "CPython asyncio", row.asyncio,
            row.asyncio > 0 ? row.ours.perSecond / row.asyncio : 0.0);
        std::printf("  %-32s %10.0f round trips/s  (interleave: %.2f x)\n", "CPython uvloop", row.uvloop,
            row.uvloop > 0 ? row.ours.perSecond / row.uvloop : 0.0);
    }
    return 0;
}
