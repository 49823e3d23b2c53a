// SPDX-License-Identifier: MIT
// async.cancel: cancel() and CancelledError.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

namespace interleave {

namespace {

struct CancelResult {
    bool cleanedUp = false;
    bool cancelled = false;
    int result = -1;
};

class CancelScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.cancel"); }
    QString title() const override { return tr("Cancelling a task"); }
    QString summary() const override
    {
        return tr("Task.cancel() raises CancelledError inside the task at its await; the task cleans up and ends.");
    }
    QString explanation() const override
    {
        return tr("main() starts a task, worker, that sleeps work_ms, waits cancel_after_ms and calls "
                  "task.cancel() (the cancel arrow). cancel() does not stop the task on the spot: it asks the "
                  "loop to raise CancelledError inside it, at the await where it is suspended. worker catches "
                  "it, cleans up (the mark) and re-raises, so the task ends cancelled; main, awaiting it, gets "
                  "CancelledError in turn.\n\n"
                  "A task should always re-raise CancelledError after its cleanup: swallowing it makes the "
                  "task look finished and breaks timeouts and shutdown. If work_ms is shorter than "
                  "cancel_after_ms the worker finishes first, and cancel() comes too late: it returns False and "
                  "main gets the result.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

work_ms = 10000
cancel_after_ms = 1000


async def worker():
    try:
        await asyncio.sleep(work_ms / 1000)
        return 42
    except asyncio.CancelledError:
        print("worker: cancelled, cleaning up")
        raise                              # let the cancellation through


async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(cancel_after_ms / 1000)
    print("cancel() returned", task.cancel())
    try:
        print("result:", await task)
    except asyncio.CancelledError:
        print("main: the worker was cancelled")


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("work_ms"), 10000, 0, 600000, tr("Work"),
                tr("How long the worker would sleep."), QStringLiteral("ms")),
            ParamSpec::integer(QStringLiteral("cancel_after_ms"), 1000, 0, 60000, tr("Cancel after"),
                tr("When main() cancels the worker."), QStringLiteral("ms")),
        };
    }

    static aio::Async<int> worker(double workMs, CancelResult* out)
    {
        try {
            co_await aio::sleep(workMs);
        } catch (const aio::CancelledError&) {
            mark(QStringLiteral("worker: cancelled, cleaning up"));
            out->cleanedUp = true;
            throw;
        }
        co_return 42;
    }

    static aio::Async<void> amain(double workMs, double cancelAfterMs, CancelResult* out)
    {
        aio::Task<int> task = aio::EventLoop::current()->createTask(worker(workMs, out), QStringLiteral("worker"));
        co_await aio::sleep(cancelAfterMs);
        const bool accepted = task.cancel();
        mark(accepted ? QStringLiteral("cancel() returned True") : QStringLiteral("cancel() returned False"));
        try {
            out->result = co_await task;
            mark(QStringLiteral("result: %1").arg(out->result));
        } catch (const aio::CancelledError&) {
            out->cancelled = true;
            mark(QStringLiteral("main: the worker was cancelled"));
        }
    }

    void run(RunContext& ctx) const override
    {
        const double workMs = double(ctx.intParam(QStringLiteral("work_ms")));
        const double cancelAfterMs = double(ctx.intParam(QStringLiteral("cancel_after_ms")));
        CancelResult result;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        loop.run(amain(workMs, cancelAfterMs, &result));
        ctx.setOutcome(QStringLiteral("cancelled"), result.cancelled);
        ctx.setOutcome(QStringLiteral("cleaned_up"), result.cleanedUp);
        ctx.setOutcome(QStringLiteral("result"), result.cancelled ? QVariant() : QVariant(result.result));
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncCancelScenario()
{
    return std::make_unique<CancelScenario>();
}

} // namespace interleave
