// SPDX-License-Identifier: MIT
// process.manager: a dict served by a manager process to proxies in other processes.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/manager.h"

#include <QVariantMap>

namespace interleave {

namespace {

// d[name] = i * i. args: [dict proxy, i]
QJsonValue dictWorkerEntry(ChildContext& cx, const QJsonArray& args)
{
    DictProxy d = DictProxy::attach(cx, args.at(0));
    const qint64 i = args.at(1).toInteger();
    d.set(cx.name(), i * i);
    return QJsonValue();
}

class ManagerScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.manager"); }
    QString title() const override { return tr("A dict served by a manager"); }
    QString summary() const override
    {
        return tr("A Manager process owns a dict; other processes use it through proxies.");
    }
    QString explanation() const override
    {
        return tr("Manager() starts a server process (SyncManager-1) that owns a real dict. manager.dict() gives "
                  "the parent a proxy to it, and the proxy can be passed to other processes. Every operation on a "
                  "proxy, such as d[key] = value, is a message to the manager and a reply: watch the arrows go to "
                  "the manager's lane and back, and the caller wait (I/O) meanwhile.\n\n"
                  "Each of the processes children stores one entry; the parent then copies the whole dict and "
                  "sees all of them. Any picklable value can be shared this way, at the price of a round trip to "
                  "the manager for every access: much slower than a Value in shared memory.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp

processes = 2


def store(d, i):
    d[mp.current_process().name] = i * i


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Manager() as manager:
        d = manager.dict()
        workers = [mp.Process(target=store, args=(d, i)) for i in range(processes)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print(dict(d))
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("processes"), 2, 1, 16, tr("Processes", "parameter: how many processes"),
                tr("Processes that store into the dict.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int processes = int(ctx.intParam(QStringLiteral("processes")));
        Manager manager(ctx);
        DictProxy d = manager.dict();
        std::vector<Process> workers;
        for (int i = 0; i < processes; ++i)
            workers.emplace_back(ctx, QStringLiteral("process.dict_worker"), ProcessArgs() << d << i);
        startAll(workers);
        joinAll(workers);
        const QJsonObject copy = d.copy();
        manager.shutdown();
        QStringList shown;
        for (auto it = copy.begin(); it != copy.end(); ++it)
            shown << QStringLiteral("'%1': %2").arg(it.key()).arg(it.value().toInteger());
        mark(ctx, QLatin1Char('{') + shown.join(QStringLiteral(", ")) + QLatin1Char('}'));
        ctx.setOutcome(QStringLiteral("results"), copy.toVariantMap());
        ctx.setOutcome(QStringLiteral("size"), copy.size());
    }
};

} // namespace

INTERLEAVE_CHILD_ENTRY(dictWorkerEntry, "process.dict_worker");

std::unique_ptr<Scenario> makeProcessManagerScenario()
{
    return std::make_unique<ManagerScenario>();
}

} // namespace interleave
