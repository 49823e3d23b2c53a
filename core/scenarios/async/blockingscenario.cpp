// SPDX-License-Identifier: MIT
// async.blocking: a blocking call stalls the whole loop; run_in_executor moves it off the loop.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

#include <algorithm>

namespace interleave {

namespace {

constexpr int Ticks = 6;

struct TickStats {
    qint64 maxLateNs = 0;
    int ticks = 0;
};

class BlockingScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.blocking"); }
    QString title() const override { return tr("A blocking call stalls the loop"); }
    QString summary() const override
    {
        return tr("time.sleep() in a coroutine freezes every task; run_in_executor() moves it to a thread.");
    }
    QString explanation() const override
    {
        return tr("`tasks` ticker tasks each wake every block_ms / 4 to tick. After a while main() makes one "
                  "blocking call, time.sleep(block_ms), as a slow library call would.\n\n"
                  "fix=none: the call runs on the loop's only thread. For block_ms nothing else can run: the "
                  "tickers' timers fall due, but the loop is stuck inside main's step and cannot look at them. "
                  "Their lanes stay suspended far past their wake-up time, then all wake at once when the call "
                  "returns (max_late_ms: how late the latest tick was; stalled).\n\n"
                  "fix=executor: main awaits loop.run_in_executor(None, time.sleep, ...). The call runs on a "
                  "worker thread (asyncio_0, its own lane) while main is merely suspended on the call's future; "
                  "the loop keeps ticking on time. Any blocking call — file I/O, requests.get(), heavy CPU work "
                  "in C — belongs in an executor (or asyncio.to_thread()).");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio
import time

tasks = 3
block_ms = 1000
fix = "none"                       # or "executor"
tick = block_ms / 4 / 1000


async def ticker(name):
    for _ in range(6):
        due = time.perf_counter() + tick
        await asyncio.sleep(tick)
        print(f"{name} tick, late by {(time.perf_counter() - due) * 1000:.0f} ms")


async def main():
    tickers = [asyncio.create_task(ticker(f"ticker-{i + 1}")) for i in range(tasks)]
    await asyncio.sleep(tick * 1.5)
    if fix == "none":
        time.sleep(block_ms / 1000)                  # blocks the loop: nothing else runs
    else:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, time.sleep, block_ms / 1000)   # a worker thread blocks
    await asyncio.gather(*tickers)


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(
                QStringLiteral("tasks"), 3, 1, 100, tr("Tasks"), tr("How many ticker tasks run meanwhile.")),
            ParamSpec::integer(QStringLiteral("block_ms"), 1000, 4, 60000, tr("Block"),
                tr("How long the blocking call takes; the tickers tick every block_ms / 4."), QStringLiteral("ms")),
            ParamSpec::choice(QStringLiteral("fix"), { QStringLiteral("none"), QStringLiteral("executor") },
                QStringLiteral("none"), tr("Fix"),
                tr("none: call time.sleep() in the coroutine; executor: hand it to run_in_executor().")),
        };
    }

    static aio::Async<void> ticker(QString name, double tickMs, TickStats* stats)
    {
        aio::EventLoop* loop = aio::EventLoop::current();
        for (int i = 0; i < Ticks; ++i) {
            const qint64 due = loop->timeNs() + qint64(tickMs * 1e6);
            co_await aio::sleep(tickMs);
            const qint64 late = std::max<qint64>(0, loop->timeNs() - due);
            stats->maxLateNs = std::max(stats->maxLateNs, late);
            ++stats->ticks;
            mark(QStringLiteral("%1 tick, late by %2 ms").arg(name).arg(late / 1000000));
        }
    }

    static aio::Async<void> amain(RunContext* ctx, int tasks, double blockMs, bool executor, TickStats* stats)
    {
        aio::EventLoop* loop = aio::EventLoop::current();
        const double tickMs = blockMs / 4;
        std::vector<aio::Task<void>> tickers;
        for (int i = 0; i < tasks; ++i) {
            const QString name = QStringLiteral("ticker-%1").arg(i + 1);
            tickers.push_back(loop->createTask(ticker(name, tickMs, stats), name));
        }
        co_await aio::sleep(tickMs * 1.5);
        const QString call = QStringLiteral("time.sleep(%1)").arg(blockMs / 1000);
        if (!executor) {
            // The task itself blocks the loop's thread: its lane sleeps, and so does the thread's.
            Recorder& rec = ctx->recorder();
            const int me = loop->currentActor();
            rec.instant(me, InstantKind::Mark, -1, 0, rec.addText(call + QStringLiteral(" blocks the loop")));
            rec.state(me, State::Sleeping);
            ctx->sleepMs(blockMs);
            rec.state(me, State::Running);
        } else {
            mark(QStringLiteral("run_in_executor(None, %1)").arg(call));
            co_await aio::runInExecutor([ctx, blockMs] { ctx->sleepMs(blockMs); });
        }
        co_await aio::gather(tickers);
    }

    void run(RunContext& ctx) const override
    {
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const double blockMs = double(ctx.intParam(QStringLiteral("block_ms")));
        const bool executor = ctx.enumParam(QStringLiteral("fix")) == QStringLiteral("executor");
        TickStats stats;
        const qint64 start = nowMs(ctx);
        {
            aio::EventLoop loop(&ctx);
            loop.run(amain(&ctx, tasks, blockMs, executor, &stats));
        }
        const qint64 lateMs = stats.maxLateNs / 1000000;
        ctx.setOutcome(QStringLiteral("max_late_ms"), lateMs);
        ctx.setOutcome(QStringLiteral("stalled"), double(lateMs) >= blockMs / 2);
        ctx.setOutcome(QStringLiteral("ticks"), stats.ticks);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncBlockingScenario()
{
    return std::make_unique<BlockingScenario>();
}

} // namespace interleave
