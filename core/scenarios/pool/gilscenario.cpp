// SPDX-License-Identifier: MIT
// pool.gil: CPU-bound threads under a GIL take as long as running the tasks one after another;
// without it (or in processes) they use the cores.
#include "scenarios/pool/poolscenario.h"

#include "engine/runcontext.h"
#include "pool/cpuwork.h"
#include "pool/executor.h"
#include "pool/future.h"
#include "pool/gil.h"
#include "process/process.h"

#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <cmath>
#include <thread>

namespace interleave {

namespace {

class GilScenario final : public PoolScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("pool.gil"); }
    QString title() const override { return tr("CPU-bound work and the GIL"); }
    QString summary() const override
    {
        return tr("Under a GIL, CPU-bound threads take turns on one core; processes use them all.");
    }
    QString explanation() const override
    {
        return tr("Each of the `tasks` calls burns work_ms of CPU time (counted on its own CPU clock, so a call "
                  "that has to share a core, or wait, takes longer on the wall clock). duration_ms is how long "
                  "the whole map() took; serial_ms is what running the calls one after another would cost.\n\n"
                  "mode=threads_gil models CPython: a thread must hold the GIL (its lane) to run Python code. "
                  "Only one task runs at any moment; the others are blocked on the GIL. Every switch_ms the "
                  "holder is made to drop it (the \"switch interval\" marks) and the next waiter takes it: the "
                  "threads take turns, and duration_ms comes out close to serial_ms, however many cores there "
                  "are.\n\n"
                  "mode=threads has no GIL (as a free-threaded Python, or C code that releases the GIL): all "
                  "tasks run at once and the machine's cores share the work, so duration_ms is about serial_ms "
                  "divided by the cores. mode=processes runs each call in a real child process "
                  "(ProcessPoolExecutor): each process has its own interpreter and its own GIL, so CPU-bound "
                  "work uses the cores too, at the price of starting the processes and of sending arguments and "
                  "results between them.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

tasks = 4
work_ms = 500
mode = "threads"      # "threads", "threads_gil" or "processes"
switch_ms = 5


def cpu_work(i):
    start = time.thread_time()            # this thread's CPU clock
    n = 0
    while time.thread_time() - start < work_ms / 1000:
        n += 1                            # pure Python: runs only with the GIL
    return n


if __name__ == "__main__":
    sys.setswitchinterval(switch_ms / 1000)
    # CPython always has the GIL; "threads" is what a free-threaded build (python3.13t) does
    Executor = ProcessPoolExecutor if mode == "processes" else ThreadPoolExecutor
    start = time.perf_counter()
    with Executor(max_workers=tasks) as ex:
        counts = list(ex.map(cpu_work, range(tasks)))
    print(f"{mode}: {(time.perf_counter() - start) * 1000:.0f} ms")
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("tasks"), 4, 1, 64, tr("Tasks"),
                tr("How many CPU-bound calls, each in a worker of its own (max_workers = tasks).")),
            ParamSpec::integer(QStringLiteral("work_ms"), 500, 0, 60000, tr("Work"), tr("CPU time each call burns."),
                QStringLiteral("ms")),
            ParamSpec::choice(QStringLiteral("mode"),
                { QStringLiteral("threads"), QStringLiteral("threads_gil"), QStringLiteral("processes") },
                QStringLiteral("threads"), tr("Mode"),
                tr("threads: threads without a GIL. threads_gil: threads that must hold the GIL to run. "
                   "processes: a child process per call.")),
            ParamSpec::integer(QStringLiteral("switch_ms"), 5, 1, 1000, tr("Switch interval"),
                tr("With threads_gil: how long a thread may keep the GIL while another waits for it "
                   "(sys.setswitchinterval)."),
                QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const double workMs = double(ctx.intParam(QStringLiteral("work_ms")));
        const QString mode = ctx.enumParam(QStringLiteral("mode"));
        const double switchMs = double(ctx.intParam(QStringLiteral("switch_ms")));
        const int cores = std::max(1, int(std::thread::hardware_concurrency()));

        const double start = nowMs(ctx);
        Report report;
        if (mode == QLatin1String("processes"))
            report = runProcesses(ctx, tasks, workMs);
        else
            report = runThreads(ctx, tasks, workMs, mode == QLatin1String("threads_gil") ? switchMs : -1);
        const double duration = nowMs(ctx) - start;

        mark(ctx, tr("%1: %2 ms for %3 × %4 ms of CPU").arg(mode).arg(qRound64(duration)).arg(tasks).arg(workMs));
        ctx.setOutcome(QStringLiteral("duration_ms"), qRound64(duration));
        ctx.setOutcome(QStringLiteral("serial_ms"), qRound64(tasks * workMs));
        ctx.setOutcome(
            QStringLiteral("speedup"), duration > 0 ? std::round(tasks * workMs / duration * 100) / 100 : 0.0);
        ctx.setOutcome(QStringLiteral("cores"), cores);
        ctx.setOutcome(QStringLiteral("cpu_ms"), report.cpuMs);
        ctx.setOutcome(QStringLiteral("task_wall_ms"), report.wallMs);
        ctx.setOutcome(QStringLiteral("max_concurrent"), report.maxConcurrent);
        ctx.setOutcome(QStringLiteral("switches"), report.switches);
        ctx.setOutcome(QStringLiteral("results"), report.results);
        ctx.setOutcome(QStringLiteral("completion_order"), report.completionOrder);
        ctx.setOutcome(QStringLiteral("cancelled"), report.cancelled);
        ctx.setOutcome(QStringLiteral("exceptions"), report.exceptions);
    }

private:
    struct Report {
        QVariantList results; // CPU ms each call used, rounded
        QVariantList cpuMs;
        QVariantList wallMs;
        QVariantList completionOrder;
        QVariantList cancelled;
        QVariantList exceptions;
        int maxConcurrent = 0;
        int switches = 0;
    };

    // mode threads (switchMs < 0) or threads_gil: a ThreadPoolExecutor with a worker per call.
    static Report runThreads(RunContext& ctx, int tasks, double workMs, double switchMs)
    {
        struct Shared {
            std::atomic<int> inside { 0 };
            std::atomic<int> most { 0 };
            std::mutex m;
            std::vector<double> cpu;
            std::vector<double> wall;
        };
        Shared& shared = ctx.make<Shared>();
        shared.cpu.assign(std::size_t(tasks), 0);
        shared.wall.assign(std::size_t(tasks), 0);
        Gil* gil = switchMs > 0 ? &ctx.make<Gil>(ctx, switchMs) : nullptr;
        Executor& ex = ctx.make<Executor>(ctx, std::max(1, tasks));
        auto atExit = qScopeGuard([&ex] { ex.shutdownAtExit(); });

        auto work = [&ctx, &shared, gil, workMs](const QVariant& item) {
            const int i = item.toInt();
            const double wallStart = nowMs(ctx);
            if (gil)
                gil->acquire();
            // Counted while running Python code: with a GIL that is while holding it.
            auto enter = [&shared] { raiseTo(shared.most, shared.inside.fetch_add(1) + 1); };
            auto leave = [&shared] { shared.inside.fetch_sub(1); };
            enter();
            mark(ctx, tr("task %1 starts").arg(i));
            const double cpuStart = threadCpuMs();
            if (gil) {
                burnCpuMs(ctx, workMs, [gil, &enter, &leave] {
                    if (gil->wouldSwitch()) {
                        leave();
                        gil->checkInterval();
                        enter();
                    }
                });
            } else {
                burnCpuMs(ctx, workMs);
            }
            const double used = threadCpuMs() - cpuStart;
            mark(ctx, tr("task %1 done: %2 ms CPU").arg(i).arg(qRound64(used)));
            leave();
            if (gil)
                gil->release();
            std::lock_guard lock(shared.m);
            shared.cpu[std::size_t(i)] = used;
            shared.wall[std::size_t(i)] = nowMs(ctx) - wallStart;
            return QVariant(qRound64(used));
        };
        QVariantList items;
        for (int i = 0; i < tasks; ++i)
            items << i;
        Report r;
        r.results = ex.map(work, items);
        ex.shutdown(true);
        for (int i : ex.completionOrder())
            r.completionOrder << i;
        std::lock_guard lock(shared.m);
        for (int i = 0; i < tasks; ++i) {
            r.cpuMs << qRound64(shared.cpu[std::size_t(i)]);
            r.wallMs << qRound64(shared.wall[std::size_t(i)]);
            r.cancelled << false;
            r.exceptions << QString();
        }
        r.maxConcurrent = shared.most.load();
        r.switches = gil ? gil->switches() : 0;
        return r;
    }

    // mode processes: a worker process per call, as a ProcessPoolExecutor with max_workers = tasks.
    static Report runProcesses(RunContext& ctx, int tasks, double workMs)
    {
        std::vector<Process> processes;
        for (int i = 0; i < tasks; ++i) {
            processes.emplace_back(ctx, QStringLiteral("pool.cpu_task"), ProcessArgs() << i << workMs,
                Process::nextName(ctx, QStringLiteral("SpawnProcess")));
        }
        for (Process& p : processes)
            p.start();
        for (Process& p : processes)
            p.join();
        Report r;
        std::vector<std::pair<double, int>> ends;
        for (int i = 0; i < tasks; ++i) {
            const Process& p = processes[std::size_t(i)];
            const QJsonObject o = p.result().toObject();
            const double cpu = o.value(QStringLiteral("cpu_ms")).toDouble();
            r.results << (p.error().isEmpty() ? QVariant(qint64(qRound64(cpu))) : QVariant());
            r.cpuMs << qRound64(cpu);
            r.wallMs << QVariant(); // measured inside each child; its lane shows it
            r.cancelled << false;
            r.exceptions << p.error();
            if (p.error().isEmpty())
                ends.emplace_back(o.value(QStringLiteral("end_ns")).toDouble(), i);
        }
        std::sort(ends.begin(), ends.end());
        for (const auto& e : ends)
            r.completionOrder << e.second;
        r.maxConcurrent = tasks; // each process has a GIL of its own: all run at once
        return r;
    }
};

} // namespace

std::unique_ptr<Scenario> makeGilScenario()
{
    return std::make_unique<GilScenario>();
}

} // namespace interleave
