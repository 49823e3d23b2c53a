// SPDX-License-Identifier: MIT
// pool.cancel: cancel() succeeds only for a future whose call is still waiting in the queue.
#include "scenarios/pool/poolscenario.h"

#include "engine/runcontext.h"
#include "pool/executor.h"
#include "pool/future.h"

#include <QScopeGuard>

#include <algorithm>

namespace interleave {

namespace {

class CancelScenario final : public PoolScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("pool.cancel"); }
    QString title() const override { return tr("Cancelling futures"); }
    QString summary() const override { return tr("cancel() works only on a future that is still queued."); }
    QString explanation() const override
    {
        return tr("The main thread submits `tasks` calls of task_ms each to a pool of `workers` threads, gives the "
                  "workers a moment to pick up their first items, then calls cancel() on every future.\n\n"
                  "The first `workers` futures are already running: a worker holds each one (its bar on the "
                  "future's lane), and cancel() returns False; those calls run to the end. The others are still "
                  "in the work queue: cancel() returns True, a cancel mark appears on the main thread, and no "
                  "worker ever starts them (their submit arrows lead nowhere). A cancelled future's result() "
                  "raises CancelledError.\n\n"
                  "A running thread cannot be stopped from outside in Python: cancel() only takes work back "
                  "before it starts. The decision is made under the future's lock, so a cancel() that races with "
                  "a worker picking the item up either wins (the call never runs) or loses (it runs): never "
                  "both.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import time
from concurrent.futures import ThreadPoolExecutor

workers = 2
tasks = 4
task_ms = 2000


def work(i):
    time.sleep(task_ms / 1000)
    return i


with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i) for i in range(tasks)]
    time.sleep(min(0.1, task_ms / 2000))   # let the workers start their first items
    for i, f in enumerate(futures):
        print(f"cancel(task {i}) ->", f.cancel())

for i, f in enumerate(futures):
    print(i, "cancelled" if f.cancelled() else f.result())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("workers"), 2, 1, 64, tr("Workers"),
                tr("max_workers: how many calls are running when the main thread cancels.")),
            ParamSpec::integer(QStringLiteral("tasks"), 4, 1, 200, tr("Tasks"), tr("How many calls to submit.")),
            ParamSpec::integer(QStringLiteral("task_ms"), 2000, 0, 60000, tr("Task"), tr("How long each call sleeps."),
                QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int workers = int(ctx.intParam(QStringLiteral("workers")));
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const double taskMs = double(ctx.intParam(QStringLiteral("task_ms")));

        struct Shared {
            std::mutex m;
            std::vector<bool> ran;
        };
        Shared& shared = ctx.make<Shared>();
        shared.ran.assign(std::size_t(tasks), false);
        Executor& ex = ctx.make<Executor>(ctx, workers);
        auto atExit = qScopeGuard([&ex] { ex.shutdownAtExit(); });

        std::vector<Future*> futures;
        for (int i = 0; i < tasks; ++i) {
            futures.push_back(&ex.submit([&ctx, &shared, i, taskMs] {
                {
                    std::lock_guard lock(shared.m);
                    shared.ran[std::size_t(i)] = true;
                }
                ctx.sleepMs(taskMs);
                return QVariant(i);
            }));
        }
        ctx.sleepMs(std::min(100.0, taskMs / 2));

        QVariantList cancelResults;
        QStringList statusAtCancel;
        for (Future* f : futures) {
            // What it was just before (informative: a worker may start it in between; cancel() decides).
            const Future::Status before = f->status();
            const bool cancelled = f->cancel();
            cancelResults << cancelled;
            statusAtCancel << statusName(before);
            mark(ctx,
                tr("cancel(task %1) -> %2")
                    .arg(f->index())
                    .arg(cancelled ? QStringLiteral("True") : QStringLiteral("False")),
                f->resource());
        }
        ex.shutdown(true);

        reportFutures(ctx, ex);
        QVariantList ran;
        {
            std::lock_guard lock(shared.m);
            for (bool r : shared.ran)
                ran << r;
        }
        ctx.setOutcome(QStringLiteral("cancel_returned"), cancelResults);
        ctx.setOutcome(QStringLiteral("status_at_cancel"), statusAtCancel);
        ctx.setOutcome(QStringLiteral("ran"), ran);
    }

private:
    static QString statusName(Future::Status s)
    {
        switch (s) {
        case Future::Status::Pending:
            return QStringLiteral("pending");
        case Future::Status::Running:
            return QStringLiteral("running");
        case Future::Status::Cancelled:
            return QStringLiteral("cancelled");
        case Future::Status::Finished:
            return QStringLiteral("finished");
        }
        return {};
    }
};

} // namespace

std::unique_ptr<Scenario> makePoolCancelScenario()
{
    return std::make_unique<CancelScenario>();
}

} // namespace interleave
