// SPDX-License-Identifier: MIT
// process.value: a Value in shared memory loses updates without its lock.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/shmvalue.h"
#include "process/startgate.h"

#include <sched.h>

namespace interleave {

namespace {

// args: [value, gate, increments, lock, window_us]
QJsonValue valueWorkerEntry(ChildContext& cx, const QJsonArray& args)
{
    ShmValue v = ShmValue::attach(cx, args.at(0));
    StartGate gate = StartGate::attach(cx, args.at(1));
    const qint64 increments = args.at(2).toInteger();
    const bool useLock = args.at(3).toBool();
    const double windowMs = args.at(4).toDouble() / 1000.0;
    auto addOne = [&] {
        const qint64 seen = v.read(); // LOAD
        if (windowMs > 0)
            cx.sleepMs(windowMs); // another process may run here
        else
            ::sched_yield();
        v.write(seen + 1); // STORE
    };
    gate.wait();
    for (qint64 i = 0; i < increments; ++i) {
        if (useLock) {
            LockGuard guard(v.getLock());
            addOne();
        } else {
            addOne();
        }
    }
    return QJsonValue();
}

class ValueScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.value"); }
    QString title() const override { return tr("A shared Value and its lock"); }
    QString summary() const override { return tr("Shared memory loses updates without its lock."); }
    QString explanation() const override
    {
        return tr("Value('i', 0) is an integer in shared memory: every process sees the same number, drawn "
                  "in the shared-memory box between them. Each process adds 1 to it increments times. "
                  "`v.value += 1` is two steps, a load and a store; when another process stores between them, "
                  "one increment is lost. The processes wait at a \"start\" barrier first, so that they really "
                  "run at the same moment: the last one to arrive releases them all.\n\n"
                  "window_us is a pause between the load and the store (0: only a yield). Once it is above zero "
                  "the processes load the same old value before any of them stores, so updates are lost run "
                  "after run: the chart of the value climbs by less than processes × increments.\n\n"
                  "Value's own lock guards each single load or store, not the pair, so it does not help here. "
                  "With lock=true each increment runs inside `with v.get_lock():` and nothing is lost; the "
                  "lock's lane shows the processes taking turns.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp
import time

processes = 5
increments = 1
lock = False
window_us = 0


def add(v, start, increments, lock, window_us):
    start.wait()                       # all begin together
    for _ in range(increments):
        if lock:
            with v.get_lock():
                add_one(v, window_us)
        else:
            add_one(v, window_us)


def add_one(v, window_us):
    seen = v.value                     # LOAD
    time.sleep(window_us / 1e6)        # another process may run here
    v.value = seen + 1                 # STORE


if __name__ == "__main__":
    mp.set_start_method("spawn")
    v = mp.Value("i", 0)
    start = mp.Barrier(processes)
    workers = [mp.Process(target=add, args=(v, start, increments, lock, window_us))
               for _ in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    expected = processes * increments
    print(f"value={v.value} expected={expected} lost={expected - v.value}")
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("processes"), 5, 1, 16, tr("Processes", "parameter: how many processes"),
                tr("Processes adding to the value.")),
            ParamSpec::integer(QStringLiteral("increments"), 1, 1, 100000, tr("Increments"),
                tr("How many times each process adds 1.")),
            ParamSpec::boolean(QStringLiteral("lock"), false, tr("Use the lock"),
                tr("Whether each increment runs inside `with v.get_lock():`.")),
            ParamSpec::integer(QStringLiteral("window_us"), 0, 0, 100000, tr("Switch window"),
                tr("A pause between the load and the store of each increment; 0 only yields."), QStringLiteral("us")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int processes = int(ctx.intParam(QStringLiteral("processes")));
        const qint64 increments = ctx.intParam(QStringLiteral("increments"));
        const bool useLock = ctx.boolParam(QStringLiteral("lock"));
        const qint64 windowUs = ctx.intParam(QStringLiteral("window_us"));
        ShmValue& v = ctx.make<ShmValue>(ctx);
        StartGate& gate = ctx.make<StartGate>(ctx, processes);
        std::vector<Process> workers;
        for (int i = 0; i < processes; ++i)
            workers.emplace_back(ctx, QStringLiteral("process.value_worker"),
                ProcessArgs() << v << gate << increments << useLock << windowUs);
        startAll(workers);
        joinAll(workers);
        const qint64 expected = qint64(processes) * increments;
        const qint64 final = v.read();
        mark(ctx, QStringLiteral("value=%1 expected=%2 lost=%3").arg(final).arg(expected).arg(expected - final));
        ctx.setOutcome(QStringLiteral("counter"), final);
        ctx.setOutcome(QStringLiteral("expected"), expected);
        ctx.setOutcome(QStringLiteral("lost"), expected - final);
    }
};

} // namespace

INTERLEAVE_CHILD_ENTRY(valueWorkerEntry, "process.value_worker");

std::unique_ptr<Scenario> makeProcessValueScenario()
{
    return std::make_unique<ValueScenario>();
}

} // namespace interleave
