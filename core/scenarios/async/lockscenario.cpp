// SPDX-License-Identifier: MIT
// async.lock and async.semaphore: an asyncio lock, an asyncio semaphore.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

#include <algorithm>

namespace interleave {

namespace {

struct Usage {
    int inside = 0;
    int most = 0;
    QStringList acquireOrder;
};

// Both scenarios: `tasks` workers each take the lock (a semaphore with one permit is the same
// picture) for hold_ms.
template <typename Primitive> aio::Async<void> worker(Primitive* primitive, QString name, double holdMs, Usage* usage)
{
    AsyncScenario::mark(name + QStringLiteral(" waiting"));
    auto guard = co_await primitive->scoped();
    usage->acquireOrder << name;
    usage->most = std::max(usage->most, ++usage->inside);
    AsyncScenario::mark(name + QStringLiteral(" acquired"));
    co_await aio::sleep(holdMs);
    --usage->inside;
    AsyncScenario::mark(name + QStringLiteral(" releasing"));
}

template <typename Primitive> aio::Async<void> amain(Primitive* primitive, int tasks, double holdMs, Usage* usage)
{
    aio::EventLoop* loop = aio::EventLoop::current();
    std::vector<aio::Task<void>> all;
    for (int i = 0; i < tasks; ++i) {
        const QString name = QStringLiteral("worker-%1").arg(i + 1);
        all.push_back(loop->createTask(worker(primitive, name, holdMs, usage), name));
    }
    co_await aio::gather(all);
}

class LockScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.lock"); }
    QString title() const override { return tr("An asyncio lock"); }
    QString summary() const override
    {
        return tr("asyncio.Lock lets one task at a time into its block, across awaits.");
    }
    QString explanation() const override
    {
        return tr("Every worker task enters `async with lock:` and sleeps hold_ms inside. Only one holds the "
                  "lock at a time (the ownership bar on the lock's lane); the others are suspended on the lock "
                  "and queue in order. At each release the lock goes straight to the next in line (the release "
                  "arrow), which runs when the loop gets to it.\n\n"
                  "Tasks never run in parallel, so why a lock? Because a task can be suspended in the middle of "
                  "its critical section: at every await inside it, another task may run. An asyncio.Lock keeps "
                  "the others out of the block until the holder leaves it, awaits included. It belongs to the "
                  "loop: it does not block the thread, only the tasks that wait for it. max_concurrent is the "
                  "most holders at once (1).");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

tasks = 2
hold_ms = 1000


async def worker(name, lock):
    print(f"{name} waiting")
    async with lock:                   # suspended here while another task holds it
        print(f"{name} acquired")
        await asyncio.sleep(hold_ms / 1000)
        print(f"{name} releasing")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(f"worker-{i + 1}", lock) for i in range(tasks)))


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("tasks"), 2, 1, 100, tr("Tasks"), tr("How many tasks want the lock.")),
            ParamSpec::integer(QStringLiteral("hold_ms"), 1000, 0, 60000, tr("Hold"),
                tr("How long each task keeps the lock."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const double holdMs = double(ctx.intParam(QStringLiteral("hold_ms")));
        Usage usage;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        aio::Lock lock(loop, QStringLiteral("lock"));
        loop.run(amain(&lock, tasks, holdMs, &usage));
        ctx.setOutcome(QStringLiteral("max_concurrent"), usage.most);
        ctx.setOutcome(QStringLiteral("acquire_order"), usage.acquireOrder);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

class SemaphoreScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.semaphore"); }
    QString title() const override { return tr("An asyncio semaphore"); }
    QString summary() const override { return tr("asyncio.Semaphore lets at most `permits` tasks in at once."); }
    QString explanation() const override
    {
        return tr("Each worker enters `async with sem:` and sleeps hold_ms inside. The semaphore starts with "
                  "`permits` permits: the first tasks take them at once, the rest are suspended on the semaphore "
                  "until a holder leaves and hands its permit over (the release arrows). The level chart of the "
                  "semaphore shows the free permits; never more than `permits` tasks are inside (max_concurrent), "
                  "so the run takes about ceil(tasks / permits) × hold_ms.\n\n"
                  "This is how to limit concurrency in asyncio, say, ten downloads at a time out of a thousand "
                  "tasks.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

tasks = 5
permits = 2
hold_ms = 1000


async def worker(name, sem):
    async with sem:                    # at most `permits` tasks inside
        print(f"{name} inside")
        await asyncio.sleep(hold_ms / 1000)


async def main():
    sem = asyncio.Semaphore(permits)
    await asyncio.gather(*(worker(f"worker-{i + 1}", sem) for i in range(tasks)))


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("tasks"), 5, 1, 100, tr("Tasks"), tr("How many tasks want a permit.")),
            ParamSpec::integer(
                QStringLiteral("permits"), 2, 1, 100, tr("Permits"), tr("The semaphore's initial value.")),
            ParamSpec::integer(QStringLiteral("hold_ms"), 1000, 0, 60000, tr("Hold"),
                tr("How long each task keeps its permit."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int tasks = int(ctx.intParam(QStringLiteral("tasks")));
        const int permits = int(ctx.intParam(QStringLiteral("permits")));
        const double holdMs = double(ctx.intParam(QStringLiteral("hold_ms")));
        Usage usage;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        aio::Semaphore sem(loop, permits, QStringLiteral("semaphore"));
        loop.run(amain(&sem, tasks, holdMs, &usage));
        ctx.setOutcome(QStringLiteral("max_concurrent"), usage.most);
        ctx.setOutcome(QStringLiteral("acquire_order"), usage.acquireOrder);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncLockScenario()
{
    return std::make_unique<LockScenario>();
}
std::unique_ptr<Scenario> makeAsyncSemaphoreScenario()
{
    return std::make_unique<SemaphoreScenario>();
}

} // namespace interleave
