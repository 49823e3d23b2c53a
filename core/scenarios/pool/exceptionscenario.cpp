// SPDX-License-Identifier: MIT
// pool.exception: an exception raised in a worker travels inside the future and is raised again by result().
#include "scenarios/pool/poolscenario.h"

#include "engine/runcontext.h"
#include "pool/executor.h"
#include "pool/future.h"

#include <QScopeGuard>

namespace interleave {

namespace {

constexpr double kTaskMs = 100; // each call's work before it returns or raises

class ExceptionScenario final : public PoolScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("pool.exception"); }
    QString title() const override { return tr("Exceptions in futures"); }
    QString summary() const override
    {
        return tr("An exception raised in a worker is kept in its future and raised again by result().");
    }
    QString explanation() const override
    {
        return tr("Each of the `tasks` calls works for 100 ms and returns i * i, except the call number "
                  "fail_index, which raises ValueError. Look at that call's worker: the exception mark appears "
                  "on its lane, yet the worker does not die: its lane goes on and it takes the next item. The "
                  "pool catches the exception and stores it in the future.\n\n"
                  "Nothing is printed at that moment. The exception surfaces only when the main thread calls "
                  "result() on that future: a second exception mark, on the main thread's lane, where the "
                  "try/except catches it. f.exception() would hand it back without raising. A future nobody "
                  "asks keeps its exception silently: an error in a pool can go unnoticed.\n\n"
                  "The other futures are not affected: their results come back as usual. Set fail_index to -1 "
                  "(or to tasks or more) for a run where nothing fails.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import time
from concurrent.futures import ThreadPoolExecutor

workers = 2
tasks = 3
fail_index = 0


def work(i):
    time.sleep(0.1)
    if i == fail_index:
        raise ValueError(f"task {i} failed")
    return i * i


with ThreadPoolExecutor(max_workers=workers) as ex:
    futures = [ex.submit(work, i) for i in range(tasks)]
    for f in futures:
        try:
            print(f.result())        # raises the worker's exception here
        except ValueError as e:
            print("caught:", e)
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(
                QStringLiteral("workers"), 2, 1, 64, tr("Workers"), tr("max_workers of the ThreadPoolExecutor.")),
            ParamSpec::integer(QStringLiteral("tasks"), 3, 1, 200, tr("Tasks"), tr("How many calls to submit.")),
            ParamSpec::integer(QStringLiteral("fail_index"), 0, -1, 1000, tr("Failing call"),
                tr("The number of the call that raises ValueError (from 0); -1 or tasks or more: none.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int workers = int(ctx.intParam(QStringLiteral("workers")));
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const int failIndex = int(ctx.intParam(QStringLiteral("fail_index")));

        Executor& ex = ctx.make<Executor>(ctx, workers);
        auto atExit = qScopeGuard([&ex] { ex.shutdownAtExit(); });

        std::vector<Future*> futures;
        for (int i = 0; i < tasks; ++i) {
            futures.push_back(&ex.submit([&ctx, i, failIndex]() -> QVariant {
                ctx.sleepMs(kTaskMs);
                if (i == failIndex)
                    throw PyError { QStringLiteral("ValueError"), QStringLiteral("task %1 failed").arg(i) };
                return i * i;
            }));
        }
        int caught = 0;
        for (Future* f : futures) {
            try {
                mark(ctx, f->result().toString(), f->resource());
            } catch (const PyError& e) {
                ++caught;
                mark(ctx, tr("caught: %1").arg(e.message), f->resource());
            }
        }
        ex.shutdown(true);

        reportFutures(ctx, ex);
        ctx.setOutcome(QStringLiteral("caught"), caught);
        ctx.setOutcome(QStringLiteral("worker_threads"), ex.threadCount());
    }
};

} // namespace

std::unique_ptr<Scenario> makePoolExceptionScenario()
{
    return std::make_unique<ExceptionScenario>();
}

} // namespace interleave
