// SPDX-License-Identifier: MIT
// process.lock: one multiprocessing.Lock shared by several processes.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/sharedlock.h"

#include <QVariantList>

#include <algorithm>

namespace interleave {

namespace {

// args: [lock, hold_ms, i]
QJsonValue lockWorkerEntry(ChildContext& cx, const QJsonArray& args)
{
    SharedLock lock = SharedLock::attach(cx, args.at(0));
    LockGuard guard(lock);
    cx.instant(InstantKind::Mark, -1, 0, QStringLiteral("hello world %1").arg(args.at(2).toInt()));
    cx.sleepMs(args.at(1).toDouble());
    return QJsonValue();
}

class LockScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.lock"); }
    QString title() const override { return tr("A lock across processes"); }
    QString summary() const override
    {
        return tr("One multiprocessing.Lock: one process at a time in the critical section.");
    }
    QString explanation() const override
    {
        return tr("A multiprocessing.Lock lives in shared memory (a process-shared semaphore), so processes "
                  "that share nothing else can still exclude each other. Each of the processes processes takes "
                  "the lock, prints, and holds it for hold_ms.\n\n"
                  "Watch the lock's lane: one holder at a time, the others blocked at the door, and an arrow "
                  "from each release to the next holder. Which process gets the lock next is up to the operating "
                  "system, not the order of start(). Without the lock the prints of different processes could "
                  "interleave; with it the critical sections line up one after another, so the run takes about "
                  "processes × hold_ms.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp
import time

processes = 5
hold_ms = 100


def f(lock, i):
    with lock:
        print("hello world", i)
        time.sleep(hold_ms / 1000)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    lock = mp.Lock()
    workers = [mp.Process(target=f, args=(lock, i)) for i in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("processes"), 5, 1, 16, tr("Processes", "parameter: how many processes"),
                tr("Processes sharing the lock.")),
            ParamSpec::integer(QStringLiteral("hold_ms"), 100, 0, 10000, tr("Hold"),
                tr("How long each process holds the lock."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int processes = int(ctx.intParam(QStringLiteral("processes")));
        const qint64 holdMs = ctx.intParam(QStringLiteral("hold_ms"));
        SharedLock& lock = ctx.make<SharedLock>(ctx);
        std::vector<Process> workers;
        for (int i = 0; i < processes; ++i)
            workers.emplace_back(ctx, QStringLiteral("process.lock_worker"), ProcessArgs() << lock << holdMs << i);
        startAll(workers);
        joinAll(workers);

        // The order of the holds, from what the processes recorded.
        std::vector<std::pair<qint64, int>> begins;
        for (const Event& e : ctx.recorder().events()) {
            if (e.type == EventType::HoldBegin && e.resource == lock.resource())
                begins.emplace_back(e.time, e.actor);
        }
        std::sort(begins.begin(), begins.end());
        const std::vector<ActorInfo> actors = ctx.recorder().actors();
        QVariantList order;
        for (const auto& [time, actor] : begins)
            order << actors[std::size_t(actor)].name;
        ctx.setOutcome(QStringLiteral("order"), order);
        ctx.setOutcome(QStringLiteral("max_concurrent"), maxConcurrentHolds(ctx, { lock.resource() }));
    }
};

} // namespace

INTERLEAVE_CHILD_ENTRY(lockWorkerEntry, "process.lock_worker");

std::unique_ptr<Scenario> makeProcessLockScenario()
{
    return std::make_unique<LockScenario>();
}

} // namespace interleave
