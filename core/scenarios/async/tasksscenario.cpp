// SPDX-License-Identifier: MIT
// async.tasks: create_task makes delays overlap.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

#include <algorithm>

namespace interleave {

namespace {

// Beyond this many tasks the run keeps counts, not per-task prints and names (100,000 tasks must stay
// light).
constexpr int DetailLimit = 100;

struct TasksShared {
    int sleeping = 0;
    int maxSleeping = 0;
    int completed = 0;
    bool detail = true;
    QStringList completionOrder;
};

class TasksScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.tasks"); }
    QString title() const override { return tr("Tasks run concurrently"); }
    QString summary() const override { return tr("create_task() schedules coroutines so that their waits overlap."); }
    QString explanation() const override
    {
        return tr("main() wraps each call of say_after() in a task with asyncio.create_task(), then awaits the "
                  "tasks one after the other. Creating a task only puts it in the loop's ready queue; it starts "
                  "when main first awaits. Then every task runs until its asyncio.sleep() and is suspended on the "
                  "timer, so all the sleeps overlap: the whole run takes about delay_ms, not tasks × delay_ms "
                  "(compare elapsed_ms with sequential_ms).\n\n"
                  "Had main written `await say_after(...)` for each call instead, without tasks, the sleeps would "
                  "run one after the other. One thread runs all the tasks: they take turns at their awaits, "
                  "never in parallel. max_concurrent counts the tasks that were sleeping at the same moment. "
                  "The loop handles 100,000 such tasks easily (try tasks=100000).");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio
import time

tasks = 2
delay_ms = 1000


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    started = time.perf_counter()
    pending = [asyncio.create_task(say_after(delay_ms / 1000, f"task {i + 1}"))
               for i in range(tasks)]          # scheduled, not started yet
    for task in pending:
        await task                             # the sleeps overlap meanwhile
    print(f"finished in {time.perf_counter() - started:.2f} s")


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(
                QStringLiteral("tasks"), 2, 1, 100000, tr("Tasks"), tr("How many tasks main() creates.")),
            ParamSpec::integer(QStringLiteral("delay_ms"), 1000, 0, 60000, tr("Delay"),
                tr("How long each task sleeps."), QStringLiteral("ms")),
        };
    }

    static aio::Async<void> sayAfter(double delayMs, int index, TasksShared* shared)
    {
        shared->maxSleeping = std::max(shared->maxSleeping, ++shared->sleeping);
        co_await aio::sleep(delayMs);
        --shared->sleeping;
        ++shared->completed;
        if (shared->detail) {
            mark(QStringLiteral("task %1").arg(index + 1));
            shared->completionOrder << QStringLiteral("Task-%1").arg(index + 1);
        }
    }

    static aio::Async<void> amain(int tasks, double delayMs, TasksShared* shared)
    {
        aio::EventLoop* loop = aio::EventLoop::current();
        std::vector<aio::Task<void>> pending;
        pending.reserve(std::size_t(tasks));
        for (int i = 0; i < tasks; ++i)
            pending.push_back(loop->createTask(sayAfter(delayMs, i, shared)));
        for (auto& t : pending)
            co_await t;
    }

    void run(RunContext& ctx) const override
    {
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const qint64 delayMs = ctx.intParam(QStringLiteral("delay_ms"));
        TasksShared shared;
        shared.detail = tasks <= DetailLimit;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        loop.run(amain(tasks, double(delayMs), &shared));
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
        ctx.setOutcome(QStringLiteral("sequential_ms"), qint64(tasks) * delayMs);
        ctx.setOutcome(QStringLiteral("completed"), shared.completed);
        ctx.setOutcome(QStringLiteral("max_concurrent"), shared.maxSleeping);
        if (shared.detail)
            ctx.setOutcome(QStringLiteral("completion_order"), shared.completionOrder);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncTasksScenario()
{
    return std::make_unique<TasksScenario>();
}

} // namespace interleave
