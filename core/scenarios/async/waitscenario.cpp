// SPDX-License-Identifier: MIT
// async.wait: done and pending sets.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

namespace interleave {

namespace {

constexpr double StepMs = 500; // task i sleeps (i + 1) * StepMs

class WaitScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.wait"); }
    QString title() const override { return tr("wait(): done and pending"); }
    QString summary() const override
    {
        return tr("asyncio.wait() returns two sets, done and pending, when its return_when condition holds.");
    }
    QString explanation() const override
    {
        return tr("main() starts `tasks` tasks; Task-1 sleeps 0.5 s, Task-2 1 s, and so on. It then calls "
                  "asyncio.wait() on them. With return_when=ALL_COMPLETED (all) main is suspended until every "
                  "task is done: done holds them all, pending is empty. With FIRST_COMPLETED (first) main wakes "
                  "as soon as Task-1 finishes (the wake arrow from Task-1): done holds Task-1 and pending the "
                  "rest.\n\n"
                  "Unlike gather(), wait() never raises a task's exception and never cancels anything: the "
                  "pending tasks keep running until someone cancels them. Here main cancels them (the cancel "
                  "arrows) so that the run can end; see `cancelled` per task.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

tasks = 2
return_when = "all"                      # or "first"


async def job(i):
    await asyncio.sleep(0.5 * (i + 1))
    return i


async def main():
    pending_tasks = [asyncio.create_task(job(i)) for i in range(tasks)]
    when = asyncio.ALL_COMPLETED if return_when == "all" else asyncio.FIRST_COMPLETED
    done, pending = await asyncio.wait(pending_tasks, return_when=when)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()                       # wait() leaves them running


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("tasks"), 2, 1, 20, tr("Tasks"),
                tr("How many tasks main() waits for; task i sleeps (i + 1) × 0.5 s.")),
            ParamSpec::choice(QStringLiteral("return_when"), { QStringLiteral("all"), QStringLiteral("first") },
                QStringLiteral("all"), tr("Return when"),
                tr("all: ALL_COMPLETED, wait for every task; first: FIRST_COMPLETED, return when one is done.")),
        };
    }

    static aio::Async<int> job(int i)
    {
        co_await aio::sleep(StepMs * (i + 1));
        mark(QStringLiteral("job %1 done").arg(i));
        co_return i;
    }

    struct Result {
        QStringList done;
        QStringList pending;
        QVariantList cancelled;
    };

    static aio::Async<void> amain(int tasks, bool first, Result* out)
    {
        aio::EventLoop* loop = aio::EventLoop::current();
        std::vector<aio::Task<int>> all;
        for (int i = 0; i < tasks; ++i)
            all.push_back(loop->createTask(job(i)));
        auto r = co_await aio::wait(all, first ? aio::ReturnWhen::FirstCompleted : aio::ReturnWhen::AllCompleted);
        for (std::size_t i = 0; i < all.size(); ++i)
            (all[i].done() ? out->done : out->pending) << QStringLiteral("Task-%1").arg(i + 1);
        mark(QStringLiteral("done: %1, pending: %2").arg(r.done.size()).arg(r.pending.size()));
        for (auto& t : r.pending)
            t.cancel();
        co_await aio::gatherSettled(all);
        for (auto& t : all)
            out->cancelled << t.cancelled();
    }

    void run(RunContext& ctx) const override
    {
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const bool first = ctx.enumParam(QStringLiteral("return_when")) == QStringLiteral("first");
        Result result;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        loop.run(amain(tasks, first, &result));
        ctx.setOutcome(QStringLiteral("done"), result.done);
        ctx.setOutcome(QStringLiteral("pending"), result.pending);
        ctx.setOutcome(QStringLiteral("cancelled"), result.cancelled);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncWaitScenario()
{
    return std::make_unique<WaitScenario>();
}

} // namespace interleave
