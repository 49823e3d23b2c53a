// SPDX-License-Identifier: MIT
// async.wait_for: a timeout cancels the task.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

namespace interleave {

namespace {

struct WaitForResult {
    bool timedOut = false;
    bool cleanedUp = false;
    int result = -1;
};

class WaitForScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.wait_for"); }
    QString title() const override { return tr("wait_for(): a timeout"); }
    QString summary() const override { return tr("asyncio.wait_for() cancels the task when its timeout expires."); }
    QString explanation() const override
    {
        return tr("main() awaits asyncio.wait_for(work(), timeout). wait_for wraps work() in a task (Task-1) and "
                  "arms a timer. If work takes longer than timeout_ms, the timer fires first: wait_for cancels "
                  "Task-1 (the cancel arrow from the loop), a CancelledError is raised inside work at its "
                  "await, work cleans up and re-raises, and only once Task-1 has finished cancelling does main "
                  "get a TimeoutError (the timeout mark on main).\n\n"
                  "If work finishes in time, main simply gets its result. Either way the loop never waits longer "
                  "than the timeout for the answer: that is how to put a deadline on a slow network call.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

work_ms = 3000
timeout_ms = 2000


async def work():
    try:
        await asyncio.sleep(work_ms / 1000)
        return 42
    except asyncio.CancelledError:
        print("work: cancelled, cleaning up")
        raise                            # always re-raise


async def main():
    try:
        result = await asyncio.wait_for(work(), timeout=timeout_ms / 1000)
        print("result:", result)
    except TimeoutError:                 # asyncio.TimeoutError before Python 3.11
        print("timed out")


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("work_ms"), 3000, 0, 60000, tr("Work"), tr("How long work() takes."),
                QStringLiteral("ms")),
            ParamSpec::integer(QStringLiteral("timeout_ms"), 2000, 0, 60000, tr("Timeout"),
                tr("How long main() is willing to wait."), QStringLiteral("ms")),
        };
    }

    static aio::Async<int> work(double workMs, WaitForResult* out)
    {
        try {
            co_await aio::sleep(workMs);
        } catch (const aio::CancelledError&) {
            mark(QStringLiteral("work: cancelled, cleaning up"));
            out->cleanedUp = true;
            throw;
        }
        co_return 42;
    }

    static aio::Async<void> amain(double workMs, double timeoutMs, WaitForResult* out)
    {
        try {
            out->result = co_await aio::waitFor(work(workMs, out), timeoutMs);
            mark(QStringLiteral("result: %1").arg(out->result));
        } catch (const PyError& e) {
            if (e.type != QStringLiteral("TimeoutError"))
                throw;
            out->timedOut = true;
            mark(QStringLiteral("timed out"));
        }
    }

    void run(RunContext& ctx) const override
    {
        const double workMs = double(ctx.intParam(QStringLiteral("work_ms")));
        const double timeoutMs = double(ctx.intParam(QStringLiteral("timeout_ms")));
        WaitForResult result;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        loop.run(amain(workMs, timeoutMs, &result));
        ctx.setOutcome(QStringLiteral("timed_out"), result.timedOut);
        ctx.setOutcome(QStringLiteral("cancelled"), result.cleanedUp);
        ctx.setOutcome(QStringLiteral("result"), result.timedOut ? QVariant() : QVariant(result.result));
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncWaitForScenario()
{
    return std::make_unique<WaitForScenario>();
}

} // namespace interleave
