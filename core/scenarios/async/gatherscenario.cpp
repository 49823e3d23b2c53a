// SPDX-License-Identifier: MIT
// async.gather: results come back in argument order.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

namespace interleave {

namespace {

class GatherScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.gather"); }
    QString title() const override { return tr("gather() keeps the order"); }
    QString summary() const override
    {
        return tr("asyncio.gather() runs coroutines concurrently and returns their results in argument order.");
    }
    QString explanation() const override
    {
        return tr("main() passes `tasks` coroutines to asyncio.gather(), which wraps each in a task (Task-1, "
                  "Task-2, ...). Task-1 sleeps longest and the last one shortest, so they finish in reverse "
                  "order: see completion_order and the wake arrows into main coming from the last task to "
                  "finish. Yet gather() returns the results in the order of its arguments (results), "
                  "whatever the order in which the tasks finished.\n\n"
                  "main is suspended on the gather future the whole time; it becomes ready once, when the last "
                  "task is done. The run takes about delay_ms (the longest sleep), not the sum of them. If one "
                  "task raised, gather() would raise that exception in main at once (the others keep "
                  "running); with return_exceptions=True it would return the exception in that task's place.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

tasks = 3
delay_ms = 1000


async def compute(i):
    # the first argument sleeps longest: the tasks finish in reverse order
    await asyncio.sleep(delay_ms * (tasks - i) / tasks / 1000)
    print(f"compute({i}) done")
    return (i + 1) * 10


async def main():
    results = await asyncio.gather(*(compute(i) for i in range(tasks)))
    print(results)          # [10, 20, 30]: argument order, not completion order


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(
                QStringLiteral("tasks"), 3, 1, 10000, tr("Tasks"), tr("How many coroutines gather() runs.")),
            ParamSpec::integer(QStringLiteral("delay_ms"), 1000, 0, 60000, tr("Delay"),
                tr("How long the first one sleeps; the others sleep less, the last delay_ms / tasks."),
                QStringLiteral("ms")),
        };
    }

    static aio::Async<int> compute(int i, int tasks, double delayMs, QStringList* order)
    {
        co_await aio::sleep(delayMs * double(tasks - i) / double(tasks));
        mark(QStringLiteral("compute(%1) done").arg(i));
        order->append(QStringLiteral("Task-%1").arg(i + 1));
        co_return (i + 1) * 10;
    }

    static aio::Async<QVariantList> amain(int tasks, double delayMs, QStringList* order)
    {
        aio::EventLoop* loop = aio::EventLoop::current();
        std::vector<aio::Task<int>> all;
        for (int i = 0; i < tasks; ++i)
            all.push_back(loop->createTask(compute(i, tasks, delayMs, order)));
        const std::vector<int> results = co_await aio::gather(all);
        QVariantList out;
        for (int r : results)
            out << r;
        mark(QStringLiteral("results in argument order"));
        co_return out;
    }

    void run(RunContext& ctx) const override
    {
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const double delayMs = double(ctx.intParam(QStringLiteral("delay_ms")));
        QStringList order;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        const QVariantList results = loop.run(amain(tasks, delayMs, &order));
        ctx.setOutcome(QStringLiteral("results"), results);
        ctx.setOutcome(QStringLiteral("completion_order"), order);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncGatherScenario()
{
    return std::make_unique<GatherScenario>();
}

} // namespace interleave
