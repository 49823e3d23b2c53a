// SPDX-License-Identifier: MIT
// pool.map: Executor.map returns results in input order; at most max_workers calls run at once.
#include "scenarios/pool/poolscenario.h"

#include "engine/runcontext.h"
#include "pool/executor.h"
#include "pool/future.h"

#include <QScopeGuard>

namespace interleave {

namespace {

class MapScenario final : public PoolScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("pool.map"); }
    QString title() const override { return tr("Executor.map"); }
    QString summary() const override
    {
        return tr("map() hands back results in input order, with at most `workers` calls running at once.");
    }
    QString explanation() const override
    {
        return tr("The main thread calls ex.map(work, range(tasks)) on a ThreadPoolExecutor with `workers` "
                  "threads. map() submits every call at once: follow the submit arrows from the main thread to "
                  "the workers, and the work queue's step chart, which drops as workers take items. The pool's "
                  "chart counts busy workers: it never goes above workers, and the last items wait in the queue "
                  "until a worker is free.\n\n"
                  "Each call sleeps a little less than the one before it (from task_ms down to task_ms/tasks), "
                  "so later items often finish first: see their result marks, and completion_order. Yet the main "
                  "thread waits on future-0 first, then future-1, and so on, and results come back in input "
                  "order, whatever order the work finished in.\n\n"
                  "The workers are started only as they are needed, up to max_workers, and named as Python "
                  "names them (ThreadPoolExecutor-0_0, ...). When the `with` block ends, shutdown(wait=True) "
                  "joins them.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import time
from concurrent.futures import ThreadPoolExecutor

workers = 4
tasks = 10
task_ms = 100


def work(i):
    # later items are shorter: they tend to finish first
    time.sleep(task_ms * (tasks - i) / tasks / 1000)
    return i * i


with ThreadPoolExecutor(max_workers=workers) as ex:
    results = list(ex.map(work, range(tasks)))   # in input order

print(results)
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("workers"), 4, 1, 64, tr("Workers"),
                tr("max_workers of the ThreadPoolExecutor: how many calls may run at once.")),
            ParamSpec::integer(QStringLiteral("tasks"), 10, 1, 200, tr("Tasks"), tr("How many items map() is given.")),
            ParamSpec::integer(QStringLiteral("task_ms"), 100, 0, 60000, tr("Task"),
                tr("How long the first call sleeps; each later one sleeps a little less, the last "
                   "task_ms/tasks."),
                QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int workers = int(ctx.intParam(QStringLiteral("workers")));
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const double taskMs = double(ctx.intParam(QStringLiteral("task_ms")));

        struct Shared {
            std::atomic<int> inside { 0 };
            std::atomic<int> most { 0 };
        };
        Shared& shared = ctx.make<Shared>();
        Executor& ex = ctx.make<Executor>(ctx, workers);
        auto atExit = qScopeGuard([&ex] { ex.shutdownAtExit(); });

        QVariantList items;
        QVariantList durations;
        for (int i = 0; i < tasks; ++i) {
            items << i;
            durations << qRound64(taskMs * (tasks - i) / tasks);
        }
        auto work = [&ctx, &shared, taskMs, tasks](const QVariant& item) {
            const int i = item.toInt();
            raiseTo(shared.most, shared.inside.fetch_add(1) + 1);
            ctx.sleepMs(taskMs * (tasks - i) / tasks);
            shared.inside.fetch_sub(1);
            return QVariant(i * i);
        };
        const QVariantList results = ex.map(work, items);
        mark(ctx, pyList(results));
        ex.shutdown(true);

        reportFutures(ctx, ex);
        ctx.setOutcome(QStringLiteral("max_concurrent"), shared.most.load());
        ctx.setOutcome(QStringLiteral("durations_ms"), durations);
    }
};

} // namespace

std::unique_ptr<Scenario> makePoolMapScenario()
{
    return std::make_unique<MapScenario>();
}

} // namespace interleave
