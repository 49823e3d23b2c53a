// SPDX-License-Identifier: MIT
// Figures for the event loop, side by side with the same programs in CPython's asyncio and in uvloop
// (tests/benchmarks/python/aio_bench.py, run by /usr/bin/python3 in the same run):
//   - task switches per second: two tasks ping-ponging through sleep(0), and 1,000 tasks yielding;
//   - 100,000 tasks sleeping 100 ms at once: time beyond the sleep, and peak resident memory growth.
// Each figure comes from a process of its own (this executable with --case), so memory growth is
// measured from a clean start. With --trace the loop records into a run's recorder, as in the app.
// Run: cmake --preset release -B build/release && cmake --build build/release --target bench_aio
//      && build/release/tests/benchmarks/bench_aio

#include "aio/aio.h"
#include "engine/runcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>

#include <unistd.h>

using namespace interleave;

namespace {

using Steady = std::chrono::steady_clock;

double secondsSince(Steady::time_point start)
{
    return std::chrono::duration<double>(Steady::now() - start).count();
}

long statusKib(const char* field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(key.size()));
    }
    return 0;
}

void resetPeak()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5"; // VmHWM := VmRSS
}

aio::Async<void> pinger(long n)
{
    for (long i = 0; i < n; ++i)
        co_await aio::sleep(0);
}

aio::Async<void> pingPong(long switches)
{
    aio::EventLoop* loop = aio::EventLoop::current();
    std::vector<aio::Task<void>> two { loop->createTask(pinger(switches / 2)), loop->createTask(pinger(switches / 2)) };
    co_await aio::gather(two);
}

aio::Async<void> yielders(int tasks, long each)
{
    aio::EventLoop* loop = aio::EventLoop::current();
    std::vector<aio::Task<void>> all;
    for (int i = 0; i < tasks; ++i)
        all.push_back(loop->createTask(pinger(each)));
    co_await aio::gather(all);
}

aio::Async<void> sleeper(double ms)
{
    co_await aio::sleep(ms);
}

aio::Async<void> sleepers(int n, double ms)
{
    aio::EventLoop* loop = aio::EventLoop::current();
    std::vector<aio::Task<void>> all;
    all.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        all.push_back(loop->createTask(sleeper(ms)));
    co_await aio::gather(all);
}

// Runs `body` on a loop, recording into a run's recorder when `trace`.
template <typename F> void onLoop(bool trace, F&& body)
{
    if (!trace) {
        aio::EventLoop loop;
        loop.run(body());
        return;
    }
    Recorder recorder;
    RunContext ctx(recorder, {}, 1);
    const int main = ctx.addActor(
        ActorInfo { QStringLiteral("MainThread"), ActorKind::Main, -1, qint64(::getpid()), qint64(::gettid()) });
    ctx.bindCurrentThread(main);
    ctx.setAlive(main, true);
    {
        aio::EventLoop loop(&ctx);
        loop.run(body());
    }
    std::printf("  (recorded %llu events)\n", static_cast<unsigned long long>(recorder.eventCount()));
    ctx.bindCurrentThread(-1);
}

// One case, in this process; prints one JSON object on the last line.
int runCase(const QString& which, bool trace)
{
    QJsonObject out;
    if (which == QStringLiteral("switches") || which == QStringLiteral("yielders")) {
        const bool pairs = which == QStringLiteral("switches");
        const long total = trace ? 2000000 : 20000000;
        const auto start = Steady::now();
        onLoop(trace, [&] { return pairs ? pingPong(total) : yielders(1000, total / 1000); });
        out.insert(QStringLiteral("rate"), double(total) / secondsSince(start));
    } else {
        const long before = statusKib("VmRSS");
        resetPeak();
        const auto start = Steady::now();
        onLoop(trace, [] { return sleepers(100000, 100); });
        out.insert(QStringLiteral("extra_s"), secondsSince(start) - 0.1);
        out.insert(QStringLiteral("rss_growth_mib"), double(statusKib("VmHWM") - before) / 1024);
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

std::optional<QJsonObject> runChild(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::printf("  %s %s failed\n", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--case")));
    if (at > 0 && at + 1 < args.size())
        return runCase(args.at(at + 1), args.contains(QStringLiteral("--trace")));

    const QString self = app.applicationFilePath();
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(INTERLEAVE_BENCH_PYTHON_DIR "/aio_bench.py");
    const bool havePython = QFileInfo::exists(python) && QFileInfo::exists(script);
    auto py = [&](const QStringList& a, bool uv) -> std::optional<QJsonObject> {
        if (!havePython)
            return std::nullopt;
        return runChild(
            python, QStringList { script } + a + (uv ? QStringList { QStringLiteral("--uvloop") } : QStringList {}));
    };
    auto value = [](const std::optional<QJsonObject>& o, const char* key) {
        return o ? o->value(QLatin1String(key)).toDouble() : 0.0;
    };
    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    bool met = true;

    std::printf("Task switches per second (two tasks ping-ponging through sleep(0))\n");
    const auto sw = runChild(self, { QStringLiteral("--case"), QStringLiteral("switches") });
    const auto swTrace
        = runChild(self, { QStringLiteral("--case"), QStringLiteral("switches"), QStringLiteral("--trace") });
    const auto yl = runChild(self, { QStringLiteral("--case"), QStringLiteral("yielders") });
    const auto pySw = py({ QStringLiteral("switches"), QStringLiteral("1000000") }, false);
    const auto uvSw = py({ QStringLiteral("switches"), QStringLiteral("1000000") }, true);
    const double rate = value(sw, "rate");
    met &= rate >= 20e6;
    std::printf("  interleave                 %8.2f M/s   (target >= 20 M/s: %s)\n", rate / 1e6,
        rate >= 20e6 ? "met" : "MISSED");
    std::printf("  interleave, recording      %8.2f M/s\n", value(swTrace, "rate") / 1e6);
    std::printf("  interleave, 1000 yielders  %8.2f M/s\n", value(yl, "rate") / 1e6);
    std::printf("  CPython asyncio            %8.2f M/s   interleave is %.1fx\n", value(pySw, "rate") / 1e6,
        ratio(rate, value(pySw, "rate")));
    std::printf("  uvloop                     %8.2f M/s   interleave is %.1fx\n", value(uvSw, "rate") / 1e6,
        ratio(rate, value(uvSw, "rate")));

    std::printf("100,000 tasks sleeping 100 ms at once (time beyond the sleep; peak RSS growth)\n");
    const auto sl = runChild(self, { QStringLiteral("--case"), QStringLiteral("sleepers") });
    const auto slTrace
        = runChild(self, { QStringLiteral("--case"), QStringLiteral("sleepers"), QStringLiteral("--trace") });
    const auto pySl = py({ QStringLiteral("sleepers"), QStringLiteral("100000"), QStringLiteral("100") }, false);
    const auto uvSl = py({ QStringLiteral("sleepers"), QStringLiteral("100000"), QStringLiteral("100") }, true);
    const double extra = value(sl, "extra_s");
    const double mib = value(sl, "rss_growth_mib");
    met &= extra <= 0.2 && mib <= 30;
    std::printf("  interleave                 %7.3f s  %7.1f MiB   (targets <= 0.2 s, <= 30 MiB: %s)\n", extra, mib,
        extra <= 0.2 && mib <= 30 ? "met" : "MISSED");
    std::printf("  interleave, recording      %7.3f s  %7.1f MiB\n", value(slTrace, "extra_s"),
        value(slTrace, "rss_growth_mib"));
    std::printf("  CPython asyncio            %7.3f s  %7.1f MiB   interleave is %.1fx faster, %.1fx smaller\n",
        value(pySl, "extra_s"), value(pySl, "rss_growth_mib"), ratio(value(pySl, "extra_s"), extra),
        ratio(value(pySl, "rss_growth_mib"), mib));
    std::printf("  uvloop                     %7.3f s  %7.1f MiB   interleave is %.1fx faster, %.1fx smaller\n",
        value(uvSl, "extra_s"), value(uvSl, "rss_growth_mib"), ratio(value(uvSl, "extra_s"), extra),
        ratio(value(uvSl, "rss_growth_mib"), mib));
    if (!havePython)
        std::printf("  (no /usr/bin/python3 or %s: no comparison)\n", qPrintable(script));
    return met ? 0 : 1;
}
