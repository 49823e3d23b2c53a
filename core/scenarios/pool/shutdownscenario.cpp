// SPDX-License-Identifier: MIT
// pool.shutdown: shutdown(wait=False) returns at once; cancel_futures=True drops what is still queued.
#include "scenarios/pool/poolscenario.h"

#include "engine/runcontext.h"
#include "pool/executor.h"
#include "pool/future.h"

#include <QScopeGuard>

#include <cmath>

namespace interleave {

namespace {

constexpr double kTaskMs = 200; // each call's work
constexpr double kSettleMs = 50; // the workers' head start on their first calls before shutdown()

class ShutdownScenario final : public PoolScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("pool.shutdown"); }
    QString title() const override { return tr("Shutting a pool down"); }
    QString summary() const override
    {
        return tr("shutdown(wait=False) returns at once; cancel_futures=True drops the calls still queued.");
    }
    QString explanation() const override
    {
        return tr("The main thread submits `tasks` calls of 200 ms each to `workers` threads, lets the workers "
                  "start their first calls (50 ms), then calls shutdown(wait, cancel_futures) and notes how long that "
                  "call took (shutdown_ms, and the mark on "
                  "its lane). Each future reports its end through add_done_callback, so the main thread never "
                  "waits on a result.\n\n"
                  "With wait=True the main thread waits in shutdown() (joining each worker) until the work is "
                  "done. With wait=False it gets control back at once: its lane ends while the workers go on. "
                  "The program still does not end there: at exit Python waits for the pool's workers, which "
                  "finish everything already submitted.\n\n"
                  "cancel_futures=True (Python 3.9+) cancels every call still waiting in the queue: their "
                  "futures get a cancel mark and never run, only the calls already running finish. A call "
                  "that has started is never interrupted.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import time
from concurrent.futures import ThreadPoolExecutor

workers = 4
tasks = 10
wait = False
cancel_futures = False


def work(i):
    time.sleep(0.2)
    return i


def report(f):
    print("cancelled" if f.cancelled() else f"task {f.result()} done")


ex = ThreadPoolExecutor(max_workers=workers)
for i in range(tasks):
    ex.submit(work, i).add_done_callback(report)
time.sleep(0.05)                # the workers start their first calls

start = time.perf_counter()
ex.shutdown(wait=wait, cancel_futures=cancel_futures)
print(f"shutdown returned after {(time.perf_counter() - start) * 1000:.0f} ms")
# at exit, Python still waits for the workers to finish the submitted calls
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(
                QStringLiteral("workers"), 4, 1, 64, tr("Workers"), tr("max_workers of the ThreadPoolExecutor.")),
            ParamSpec::integer(
                QStringLiteral("tasks"), 10, 1, 200, tr("Tasks"), tr("How many calls of 200 ms to submit.")),
            ParamSpec::boolean(QStringLiteral("wait"), false, tr("Wait"),
                tr("shutdown(wait=...): whether the call waits for the workers to finish.")),
            ParamSpec::boolean(QStringLiteral("cancel_futures"), false, tr("Cancel futures"),
                tr("shutdown(cancel_futures=...): whether the calls still queued are cancelled.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int workers = int(ctx.intParam(QStringLiteral("workers")));
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const bool wait = ctx.boolParam(QStringLiteral("wait"));
        const bool cancelFutures = ctx.boolParam(QStringLiteral("cancel_futures"));

        Executor& ex = ctx.make<Executor>(ctx, workers);
        auto atExit = qScopeGuard([&ex] { ex.shutdownAtExit(); });
        struct Shared {
            std::atomic<int> done { 0 };
        };
        Shared& shared = ctx.make<Shared>();

        // The report is written by the callback of the last future to end, which may come after the main
        // thread has returned: the run's outcome is read once every thread has ended.
        auto report = [&ctx, &ex, &shared, tasks](Future& f) {
            mark(ctx, f.cancelled() ? tr("cancelled") : tr("task %1 done").arg(f.resultNow().toInt()), f.resource());
            if (shared.done.fetch_add(1) + 1 == tasks)
                reportFutures(ctx, ex);
        };
        for (int i = 0; i < tasks; ++i) {
            Future& f = ex.submit([&ctx, i] {
                ctx.sleepMs(kTaskMs);
                return QVariant(i);
            });
            f.addDoneCallback(report);
        }

        ctx.sleepMs(kSettleMs);
        const double start = nowMs(ctx);
        ex.shutdown(wait, cancelFutures);
        const double took = nowMs(ctx) - start;
        int doneWhenReturned = 0;
        for (const Future* f : ex.futures())
            doneWhenReturned += f->done();
        mark(ctx, tr("shutdown returned after %1 ms").arg(qRound64(took)), ex.poolResource());
        ctx.setOutcome(QStringLiteral("shutdown_ms"), qRound64(took * 10) / 10.0);
        ctx.setOutcome(QStringLiteral("done_when_returned"), doneWhenReturned);
    }
};

} // namespace

std::unique_ptr<Scenario> makePoolShutdownScenario()
{
    return std::make_unique<ShutdownScenario>();
}

} // namespace interleave
