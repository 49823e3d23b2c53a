// SPDX-License-Identifier: MIT
// process.pool: a pool of worker processes: map, apply, apply_async, starmap.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/processpool.h"

#include <QVariantList>

namespace interleave {

namespace {

constexpr int TaskMs = 200; // each task's work: long enough to see the tasks overlap

// The pool's task, run in a worker: f(x) = x * x, after TaskMs of work.
QJsonValue squareEntry(ChildContext& cx, const QJsonArray& args)
{
    cx.sleepMs(TaskMs);
    const qint64 x = args.at(0).toInteger();
    return x * x;
}

// starmap's task: f(x, y) = x * y.
QJsonValue multiplyEntry(ChildContext& cx, const QJsonArray& args)
{
    cx.sleepMs(TaskMs);
    return args.at(0).toInteger() * args.at(1).toInteger();
}

class PoolScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.pool"); }
    QString title() const override { return tr("A pool of worker processes"); }
    QString summary() const override { return tr("Pool.map, apply, apply_async and starmap over worker processes."); }
    QString explanation() const override
    {
        return tr("A Pool starts processes worker processes once and hands them tasks through a task queue; "
                  "each task here computes x * x and takes 200 ms. Every task is a future: an arrow from the "
                  "parent that submits it to the worker that takes it, a bar while the worker runs it, and an "
                  "arrow back when its result is ready.\n\n"
                  "map and starmap submit every task at once: up to processes tasks run at the same time and "
                  "the results come back in input order, whichever finishes first. apply waits for each result "
                  "before it submits the next task, so only one worker is ever busy: the pool gives no speed-up. "
                  "apply_async submits without waiting and get() collects the results afterwards, so the tasks "
                  "overlap again.\n\n"
                  "The workers are separate processes: the tasks and their results travel between processes as "
                  "serialized messages (pickles in Python, JSON here).");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp
import time

processes = 4
method = "map"          # map | apply | apply_async | starmap
items = 4


def square(x):
    time.sleep(0.2)
    return x * x


def multiply(x, y):
    time.sleep(0.2)
    return x * y


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(processes) as pool:
        if method == "map":
            results = pool.map(square, range(items))
        elif method == "apply":
            results = [pool.apply(square, (x,)) for x in range(items)]
        elif method == "apply_async":
            pending = [pool.apply_async(square, (x,)) for x in range(items)]
            results = [r.get() for r in pending]
        else:
            results = pool.starmap(multiply, [(x, x) for x in range(items)])
        pool.close()
        pool.join()
    print(results)
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("processes"), 4, 1, 16, tr("Processes", "parameter: how many processes"),
                tr("Worker processes in the pool.")),
            ParamSpec::choice(QStringLiteral("method"),
                { QStringLiteral("map"), QStringLiteral("apply"), QStringLiteral("apply_async"),
                    QStringLiteral("starmap") },
                QStringLiteral("map"), tr("Method"), tr("How the tasks are handed to the pool.")),
            ParamSpec::integer(QStringLiteral("items"), 4, 1, 100, tr("Items"), tr("How many tasks (x = 0, 1, ...).")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int processes = int(ctx.intParam(QStringLiteral("processes")));
        const QString method = ctx.enumParam(QStringLiteral("method"));
        const int items = int(ctx.intParam(QStringLiteral("items")));
        ProcessPool pool(ctx, processes);
        QJsonArray inputs;
        for (int x = 0; x < items; ++x)
            inputs.append(x);
        QJsonArray results;
        if (method == u"map") {
            results = pool.map(QStringLiteral("process.square"), inputs);
        } else if (method == u"apply") {
            for (const QJsonValue& x : inputs)
                results.append(pool.apply(QStringLiteral("process.square"), QJsonArray { x }));
        } else if (method == u"apply_async") {
            std::vector<ProcessPool::AsyncResult> pending;
            for (const QJsonValue& x : inputs)
                pending.push_back(pool.applyAsync(QStringLiteral("process.square"), QJsonArray { x }));
            for (ProcessPool::AsyncResult& r : pending)
                results.append(r.get());
        } else {
            QJsonArray pairs;
            for (const QJsonValue& x : inputs)
                pairs.append(QJsonArray { x, x });
            results = pool.starmap(QStringLiteral("process.multiply"), pairs);
        }
        pool.close();
        pool.join();
        QStringList shown;
        QVariantList out;
        for (const QJsonValue& r : results) {
            out << r.toInteger();
            shown << QString::number(r.toInteger());
        }
        mark(ctx, QLatin1Char('[') + shown.join(QStringLiteral(", ")) + QLatin1Char(']'));
        std::vector<int> futures;
        const std::vector<ResourceInfo> resources = ctx.recorder().resources();
        for (std::size_t i = 0; i < resources.size(); ++i) {
            if (resources[i].kind == ResourceKind::Future)
                futures.push_back(int(i));
        }
        ctx.setOutcome(QStringLiteral("results"), out);
        ctx.setOutcome(QStringLiteral("max_concurrent"), maxConcurrentHolds(ctx, futures));
    }
};

} // namespace

INTERLEAVE_CHILD_ENTRY(squareEntry, "process.square");
INTERLEAVE_CHILD_ENTRY(multiplyEntry, "process.multiply");

std::unique_ptr<Scenario> makeProcessPoolScenario()
{
    return std::make_unique<PoolScenario>();
}

} // namespace interleave
