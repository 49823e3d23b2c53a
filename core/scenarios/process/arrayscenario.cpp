// SPDX-License-Identifier: MIT
// process.array: an Array in shared memory, changed by child processes and seen by the parent.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/shmvalue.h"

#include <QVariantList>

namespace interleave {

namespace {

// Negates every element of the shared array and of its private copy of a plain list.
// args: [array, plain list]
QJsonValue arrayWorkerEntry(ChildContext& cx, const QJsonArray& args)
{
    ShmArray a = ShmArray::attach(cx, args.at(0));
    QJsonArray plain = args.at(1).toArray();
    {
        LockGuard guard(a.getLock());
        for (int i = 0; i < a.length(); ++i) {
            a.write(i, -a.read(i));
            plain[i] = -plain[i].toInteger();
        }
    }
    return plain;
}

class ArrayScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.array"); }
    QString title() const override { return tr("A shared array"); }
    QString summary() const override { return tr("Children change an Array in shared memory; the parent sees it."); }
    QString explanation() const override
    {
        return tr("Array('i', range(length)) is a row of integers in shared memory. Each child process negates "
                  "every element, holding the array's lock so that two children never interleave their "
                  "passes. Each element has its own chart in the shared-memory box: watch them flip sign.\n\n"
                  "The parent prints the array after join(): it sees the children's writes, because they wrote "
                  "to memory it shares. A plain list passed to the same children is copied into each of them: "
                  "their changes to it never reach the parent, which still prints the original list.\n\n"
                  "With an even number of processes the signs flip back: the array ends as it began.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp

length = 4
processes = 1


def negate(arr, plain):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = -arr[i]
            plain[i] = -plain[i]       # a private copy: the parent never sees this


if __name__ == "__main__":
    mp.set_start_method("spawn")
    arr = mp.Array("i", range(length))
    plain = list(range(length))
    workers = [mp.Process(target=negate, args=(arr, plain)) for _ in range(processes)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print("shared:", arr[:])
    print("plain: ", plain)
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("length"), 4, 1, 64, tr("Length"), tr("Elements in the array.")),
            ParamSpec::integer(QStringLiteral("processes"), 1, 1, 16, tr("Processes", "parameter: how many processes"),
                tr("Processes that negate the array.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int length = int(ctx.intParam(QStringLiteral("length")));
        const int processes = int(ctx.intParam(QStringLiteral("processes")));
        QStringList names;
        QJsonArray plain;
        for (int i = 0; i < length; ++i) {
            names << QStringLiteral("arr[%1]").arg(i);
            plain.append(i);
        }
        ShmArray& arr = ctx.make<ShmArray>(ctx, names, QStringLiteral("arr lock"));
        for (int i = 0; i < length; ++i)
            arr.write(i, i);
        std::vector<Process> workers;
        for (int i = 0; i < processes; ++i)
            workers.emplace_back(ctx, QStringLiteral("process.array_worker"), ProcessArgs() << arr << plain);
        startAll(workers);
        joinAll(workers);
        QVariantList shared;
        QVariantList expected;
        QStringList shown;
        QStringList plainShown;
        for (int i = 0; i < length; ++i) {
            shared << arr.read(i);
            expected << (processes % 2 ? -i : i);
            shown << QString::number(arr.read(i));
            plainShown << QString::number(plain.at(i).toInteger());
        }
        mark(ctx, QStringLiteral("shared: [%1]").arg(shown.join(QStringLiteral(", "))));
        mark(ctx, QStringLiteral("plain:  [%1]").arg(plainShown.join(QStringLiteral(", "))));
        QVariantList plainOut;
        for (const QJsonValue& x : plain)
            plainOut << x.toInteger();
        ctx.setOutcome(QStringLiteral("results"), shared);
        ctx.setOutcome(QStringLiteral("expected"), expected);
        ctx.setOutcome(QStringLiteral("plain_list"), plainOut);
    }
};

} // namespace

INTERLEAVE_CHILD_ENTRY(arrayWorkerEntry, "process.array_worker");

std::unique_ptr<Scenario> makeProcessArrayScenario()
{
    return std::make_unique<ArrayScenario>();
}

} // namespace interleave
