// SPDX-License-Identifier: MIT
// pool.as_completed: futures come back in the order they finish, not the order they were submitted in.
#include "scenarios/pool/poolscenario.h"

#include "engine/runcontext.h"
#include "pool/ascompleted.h"
#include "pool/executor.h"
#include "pool/future.h"

#include <QScopeGuard>

namespace interleave {

namespace {

class AsCompletedScenario final : public PoolScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("pool.as_completed"); }
    QString title() const override { return tr("as_completed"); }
    QString summary() const override
    {
        return tr("as_completed() yields futures as they finish: completion order is not submission order.");
    }
    QString explanation() const override
    {
        return tr("The main thread submits `tasks` calls, each sleeping a random time up to max_ms (drawn from "
                  "the run's seed, so the same seed gives the same durations), then loops over "
                  "as_completed(futures). Each turn of the loop waits until some future is done and hands back "
                  "that one.\n\n"
                  "Watch the main thread's lane: it waits, and a wake arrow comes from whichever worker finished "
                  "first, not from the worker of future-0. completion_order lists the tasks in the order the loop "
                  "got them; with enough workers it follows the durations, shortest first. With fewer workers "
                  "than tasks, a task also waits in the queue, so its place depends on when a worker got to it "
                  "as well.\n\n"
                  "Use as_completed when each result can be handled on its own as soon as it is there; use map() "
                  "when you need the results in input order.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import random
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

workers = 4
tasks = 10
max_ms = 1000


def work(i, ms):
    time.sleep(ms / 1000)
    return i


random.seed(7)
durations = [random.randint(0, max_ms) for _ in range(tasks)]
with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i, ms) for i, ms in enumerate(durations)]
    for f in as_completed(futures):      # in the order they finish
        print("task", f.result(), "done")
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(
                QStringLiteral("workers"), 4, 1, 64, tr("Workers"), tr("max_workers of the ThreadPoolExecutor.")),
            ParamSpec::integer(QStringLiteral("tasks"), 10, 1, 200, tr("Tasks"), tr("How many calls to submit.")),
            ParamSpec::integer(QStringLiteral("max_ms"), 1000, 0, 60000, tr("Longest task"),
                tr("Each call sleeps a random time from 0 to max_ms, drawn from the seed."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int workers = int(ctx.intParam(QStringLiteral("workers")));
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const qint64 maxMs = ctx.intParam(QStringLiteral("max_ms"));

        struct Shared {
            std::atomic<int> inside { 0 };
            std::atomic<int> most { 0 };
        };
        Shared& shared = ctx.make<Shared>();
        Executor& ex = ctx.make<Executor>(ctx, workers);
        auto atExit = qScopeGuard([&ex] { ex.shutdownAtExit(); });

        QVariantList durations;
        std::vector<Future*> futures;
        for (int i = 0; i < tasks; ++i) {
            const qint64 ms = qint64(ctx.random(quint64(maxMs) + 1));
            durations << ms;
            futures.push_back(&ex.submit([&ctx, &shared, i, ms] {
                raiseTo(shared.most, shared.inside.fetch_add(1) + 1);
                ctx.sleepMs(double(ms));
                shared.inside.fetch_sub(1);
                return QVariant(i);
            }));
        }
        QVariantList yielded;
        QVariantList results;
        {
            AsCompleted completed(ctx, futures);
            while (Future* f = completed.next()) {
                const QVariant value = f->result();
                yielded << f->index();
                results << value;
                mark(ctx, tr("task %1 done").arg(value.toInt()), f->resource());
            }
        }
        ex.shutdown(true);

        reportFutures(ctx, ex);
        // Here the order is the loop's: what as_completed handed back, one by one.
        ctx.setOutcome(QStringLiteral("completion_order"), yielded);
        ctx.setOutcome(QStringLiteral("results"), results);
        ctx.setOutcome(QStringLiteral("durations_ms"), durations);
        ctx.setOutcome(QStringLiteral("max_concurrent"), shared.most.load());
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsCompletedScenario()
{
    return std::make_unique<AsCompletedScenario>();
}

} // namespace interleave
