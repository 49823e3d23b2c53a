// SPDX-License-Identifier: MIT
// async.generator: async for over an async generator.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

namespace interleave {

namespace {

class GeneratorScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.generator"); }
    QString title() const override { return tr("An async generator"); }
    QString summary() const override { return tr("async for takes items from an async generator as they come."); }
    QString explanation() const override
    {
        return tr("ticker() is an async generator: an async def with yield. Before each item it awaits "
                  "asyncio.sleep(interval). main() consumes it with `async for`: each turn of the loop asks the "
                  "generator for its next item, and while the generator sleeps, the task that consumes it — "
                  "main — is the one suspended on the timer. The generator has no task of its own: it runs "
                  "inside main, one step per item.\n\n"
                  "Meanwhile the loop is free: a heartbeat task keeps running between the items (its marks "
                  "interleave with main's). An ordinary generator could not do this: a time.sleep() in it would "
                  "block the whole loop.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

items = 5
interval_ms = 1000


async def ticker(n, interval):
    for i in range(n):
        await asyncio.sleep(interval)  # suspends the task that iterates
        yield i


async def heartbeat():
    while True:
        await asyncio.sleep(interval_ms / 2000)
        print("beat")


async def main():
    beat = asyncio.create_task(heartbeat())
    async for i in ticker(items, interval_ms / 1000):
        print("got", i)
    beat.cancel()


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("items"), 5, 0, 1000, tr("Items"), tr("How many items ticker() yields.")),
            ParamSpec::integer(QStringLiteral("interval_ms"), 1000, 0, 60000, tr("Interval"),
                tr("How long ticker() sleeps before each item."), QStringLiteral("ms")),
        };
    }

    static aio::AsyncGenerator<int> ticker(int n, double intervalMs)
    {
        for (int i = 0; i < n; ++i) {
            co_await aio::sleep(intervalMs);
            co_yield i;
        }
    }

    static aio::Async<void> heartbeat(double intervalMs, int* beats)
    {
        for (;;) {
            co_await aio::sleep(std::max(1.0, intervalMs / 2));
            ++*beats;
            mark(QStringLiteral("beat"));
        }
    }

    static aio::Async<QVariantList> amain(int items, double intervalMs, int* beats)
    {
        aio::Task<void> beat
            = aio::EventLoop::current()->createTask(heartbeat(intervalMs, beats), QStringLiteral("heartbeat"));
        QVariantList got;
        auto gen = ticker(items, intervalMs);
        while (auto item = co_await gen.next()) { // async for i in ticker(...)
            mark(QStringLiteral("got %1").arg(*item));
            got << *item;
        }
        beat.cancel();
        co_return got;
    }

    void run(RunContext& ctx) const override
    {
        const int items = int(ctx.intParam(QStringLiteral("items")));
        const double intervalMs = double(ctx.intParam(QStringLiteral("interval_ms")));
        int beats = 0;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        const QVariantList got = loop.run(amain(items, intervalMs, &beats));
        ctx.setOutcome(QStringLiteral("results"), got);
        ctx.setOutcome(QStringLiteral("beats"), beats);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncGeneratorScenario()
{
    return std::make_unique<GeneratorScenario>();
}

} // namespace interleave
