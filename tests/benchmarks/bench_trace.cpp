// SPDX-License-Identifier: MIT
// Figures for the trace layer: recording cost per event (1 and 2 writers, warm buffers), bytes per
// stored event, and the time to build, write and read back a trace of a million events.
// Run: cmake --preset release -B build/release && cmake --build build/release --target bench_trace
//      && build/release/tests/benchmarks/bench_trace

#include "trace/recorder.h"
#include "trace/traceio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <latch>
#include <thread>

#include <ctime>

using namespace interleave;

namespace {

using Steady = std::chrono::steady_clock;

double g_lastCpuMs = -1; // CPU time of the last bestMs() figure, printed beside it

double nsSince(Steady::time_point start)
{
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(Steady::now() - start).count());
}

void report(const char* what, double value, const char* unit, double target)
{
    std::printf("%-44s %10.2f %-6s (target <= %g: %s)", what, value, unit, target, value <= target ? "met" : "MISSED");
    if (g_lastCpuMs >= 0)
        std::printf("  CPU %.0f ms", g_lastCpuMs);
    std::printf("\n");
    g_lastCpuMs = -1;
}

void info(const char* what, double value, const char* unit) { std::printf("%-44s %10.2f %s\n", what, value, unit); }

// One writer's loop: the recorder's own helper, so the clock read is part of the cost.
void recordCounters(Recorder& rec, int actor, qint64 n)
{
    for (qint64 i = 0; i < n; ++i)
        rec.counter(actor, 0, i);
}

void recordPrebuilt(Recorder& rec, int actor, qint64 n)
{
    Event e;
    e.actor = actor;
    e.type = EventType::Counter;
    for (qint64 i = 0; i < n; ++i) {
        e.time = i;
        e.value = i;
        rec.record(e);
    }
}

// This thread's CPU time: on a shared machine, time spent preempted is not the recorder's cost.
double threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

// ns per event per writer on warm buffers: record, reset(), record again and time that pass, in
// each writer's CPU time. The best of a few rounds, since the machine is shared.
double timeWriters(int writers, qint64 perWriter, void (*body)(Recorder&, int, qint64))
{
    Recorder rec;
    double best = 1e300;
    for (int round = 0; round < 5; ++round) {
        std::vector<double> perThread(std::size_t(writers), 0.0);
        for (int pass = 0; pass < 2; ++pass) {
            rec.reset();
            std::latch start(writers);
            std::vector<std::thread> threads;
            for (int t = 0; t < writers; ++t) {
                threads.emplace_back([&, t] {
                    start.arrive_and_wait();
                    const double t0 = threadCpuNs();
                    body(rec, t, perWriter);
                    perThread[std::size_t(t)] = (threadCpuNs() - t0) / double(perWriter);
                });
            }
            for (auto& th : threads)
                th.join();
        }
        best = std::min(best, *std::max_element(perThread.begin(), perThread.end()));
    }
    return best;
}

// A busy run in miniature: 8 threads take turns at a lock, publish a shared value, wake each other
// (release flows), sleep, and now and then mark a moment.
Trace millionEventTrace()
{
    constexpr int actors = 8;
    std::vector<ActorInfo> actorInfo;
    for (int a = 0; a < actors; ++a)
        actorInfo.push_back({ QStringLiteral("worker-%1").arg(a), a ? ActorKind::Thread : ActorKind::Main, a ? 0 : -1, 4242,
            4242 + a });
    const std::vector<ResourceInfo> resources = { { QStringLiteral("lock"), ResourceKind::Mutex, 0, -1 },
        { QStringLiteral("sem"), ResourceKind::Semaphore, 3, -1 }, { QStringLiteral("queue"), ResourceKind::Queue, 10, -1 },
        { QStringLiteral("counter"), ResourceKind::SharedValue, 0, -1 } };
    const QStringList texts = { QString(), QStringLiteral("checkpoint") };

    QRandomGenerator rng(7);
    std::vector<Event> events;
    events.reserve(1'000'100);
    std::vector<int> phase(actors, 0);
    std::vector<qint64> hold(actors, 0);
    qint64 t = 0, nextId = 1, value = 0;
    quint32 pendingFlow = 0;
    auto push = [&](int a, EventType type, int res, qint64 v, quint32 flow = 0, quint8 code = 0) {
        Event e;
        e.time = t;
        e.actor = a;
        e.type = type;
        e.resource = res;
        e.value = v;
        e.flow = flow;
        e.code = code;
        events.push_back(e);
    };
    for (int step = 0; events.size() < 1'000'000; ++step) {
        const int a = int(rng.bounded(actors));
        t += 1 + rng.bounded(3000);
        switch (phase[std::size_t(a)]++ % 6) {
        case 0: push(a, EventType::State, 0, 0, 0, quint8(State::Blocked)); break;
        case 1:
            if (pendingFlow) {
                push(a, EventType::FlowEnd, 0, 0, pendingFlow);
                pendingFlow = 0;
            }
            hold[std::size_t(a)] = nextId++;
            push(a, EventType::HoldBegin, 0, hold[std::size_t(a)]);
            push(a, EventType::State, -1, 0, 0, quint8(State::Running));
            break;
        case 2: push(a, EventType::Counter, 3, ++value); break;
        case 3:
            pendingFlow = quint32(nextId++);
            push(a, EventType::FlowBegin, 0, 0, pendingFlow, quint8(FlowKind::Release));
            push(a, EventType::HoldEnd, 0, hold[std::size_t(a)]);
            push(a, EventType::Counter, 2, qint64(rng.bounded(10)));
            break;
        case 4:
            push(a, EventType::State, 2, 0, 0, quint8(State::Waiting));
            if (step % 50 == 0)
                push(a, EventType::Instant, -1, step, 1, quint8(InstantKind::Mark));
            break;
        default: push(a, EventType::State, -1, 0, 0, quint8(State::Sleeping)); break;
        }
    }
    TraceMeta meta;
    meta.scenario = QStringLiteral("bench.million");
    meta.params = { { QStringLiteral("actors"), actors } };
    return Trace::build(meta, actorInfo, resources, texts, std::move(events));
}

// Wall time in ms, the best of a few rounds; the CPU time of that round is printed beside it.
template <typename F>
double bestMs(int rounds, F f)
{
    double best = 1e300, bestCpu = 0;
    for (int i = 0; i < rounds; ++i) {
        const auto t0 = Steady::now();
        const double c0 = threadCpuNs();
        f();
        const double ms = nsSince(t0) / 1e6;
        if (ms < best) {
            best = ms;
            bestCpu = (threadCpuNs() - c0) / 1e6;
        }
    }
    g_lastCpuMs = bestCpu;
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s", loadavg.readLine().constData()); // figures mean little on a busy machine
    std::printf("clock: %s\n", interleave::Clock::usesTsc()
            ? qPrintable(QStringLiteral("time-stamp counter at %1 GHz").arg(interleave::Clock::tscGHz(), 0, 'f', 3))
            : "CLOCK_MONOTONIC");

    constexpr qint64 perWriter = 2'000'000;
    const double one = timeWriters(1, perWriter, &recordCounters);
    report("record, 1 writer, warm (CPU ns/event)", one, "ns", 15);
    const double two = timeWriters(2, perWriter, &recordCounters);
    report("record, 2 writers, warm (CPU ns/event/writer)", two, "ns", 1.5 * one);
    info("  2 writers / 1 writer", two / one, "x");
    // The recorder alone, the time given: what is left once the clock is paid for.
    const double bare1 = timeWriters(1, perWriter, &recordPrebuilt);
    info("record() of a timed event, 1 writer", bare1, "ns");
    const double bare2 = timeWriters(2, perWriter, &recordPrebuilt);
    info("record() of a timed event, 2 writers", bare2, "ns");
    info("  2 writers / 1 writer", bare2 / bare1, "x");
    info("clock read alone", [] {
        double best = 1e300;
        for (int round = 0; round < 5; ++round) {
            const double t0 = threadCpuNs();
            qint64 sum = 0;
            for (int i = 0; i < 1'000'000; ++i)
                sum += interleave::Clock::now();
            best = std::min(best, (threadCpuNs() - t0) / 1e6 + (sum == 42 ? 1 : 0));
        }
        return best;
    }(), "ns");
    {
        Recorder rec;
        recordPrebuilt(rec, 0, perWriter);
        report("storage (bytes/event)", double(rec.bytesReserved()) / double(rec.eventCount()), "bytes", 40);
    }

    const auto b0 = Steady::now();
    const Trace trace = millionEventTrace();
    info("generate and build a 1M-event trace", nsSince(b0) / 1e6, "ms");
    std::printf("  %zu events, %zu flows, %zu instants\n", trace.events().size(), trace.flows().size(),
        trace.instants().size());

    QByteArray json;
    report("toJson, 1M events (wall ms)", bestMs(3, [&] { json = TraceIO::toJson(trace); }), "ms", 1000);
    info("  JSON size", double(json.size()) / 1e6, "MB");
    info("  JSON bytes per event", double(json.size()) / double(trace.events().size()), "bytes");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.json"));
    QString error;
    bool ok = true;
    report("write, 1M events (wall ms)", bestMs(3, [&] { ok = ok && TraceIO::write(trace, path, &error); }), "ms", 1000);

    std::optional<Trace> back;
    report("fromJson, 1M events (wall ms)", bestMs(3, [&] { back = TraceIO::fromJson(json, &error); }), "ms", 2000);
    ok = ok && back && back->flows().size() == trace.flows().size() && back->instants().size() == trace.instants().size()
        && back->holds(0).size() == trace.holds(0).size() && back->states(3).size() == trace.states(3).size();
    report("read, 1M events (wall ms)", bestMs(3, [&] { back = TraceIO::read(path, &error); }), "ms", 2000);
    ok = ok && back && back->flows().size() == trace.flows().size();
    if (!ok) {
        std::printf("FAILED: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
