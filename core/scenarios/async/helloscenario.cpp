// SPDX-License-Identifier: MIT
// async.hello: a coroutine that sleeps.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

namespace interleave {

namespace {

class HelloScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.hello"); }
    QString title() const override { return tr("A coroutine that sleeps"); }
    QString summary() const override
    {
        return tr("asyncio.run() runs one coroutine; await asyncio.sleep() suspends it.");
    }
    QString explanation() const override
    {
        return tr("asyncio.run(main()) starts an event loop on the main thread and runs the coroutine main() "
                  "as its first task. main prints, then awaits asyncio.sleep(): the task is suspended on the "
                  "loop's timer (its lane shows 'suspended'), and the loop thread has nothing else to do, so it "
                  "waits in the operating system until the timer is due. When the timer fires, the loop wakes "
                  "the task (the arrow from the loop thread), and main prints again and returns.\n\n"
                  "Calling main() alone runs nothing: it only makes a coroutine object. Something has to drive "
                  "it — asyncio.run(), an await, or a task.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

delay_ms = 1000


async def main():
    print("hello")
    await asyncio.sleep(delay_ms / 1000)   # suspends main; the loop waits for the timer
    print("world")


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("delay_ms"), 1000, 0, 60000, tr("Delay"),
                tr("How long main() sleeps between its two prints."), QStringLiteral("ms")),
        };
    }

    static aio::Async<void> amain(double delayMs, QStringList* printed)
    {
        mark(QStringLiteral("hello"));
        printed->append(QStringLiteral("hello"));
        co_await aio::sleep(delayMs);
        mark(QStringLiteral("world"));
        printed->append(QStringLiteral("world"));
    }

    void run(RunContext& ctx) const override
    {
        const double delayMs = double(ctx.intParam(QStringLiteral("delay_ms")));
        QStringList printed;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        loop.run(amain(delayMs, &printed));
        ctx.setOutcome(QStringLiteral("printed"), printed);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncHelloScenario()
{
    return std::make_unique<HelloScenario>();
}

} // namespace interleave
