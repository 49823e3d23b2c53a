// SPDX-License-Identifier: MIT
// process.queue: a multiprocessing.Queue between producer processes and the parent.
#include "scenarios/process/processscenario.h"

#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/queue.h"

#include <QVariantList>

namespace interleave {

namespace {

// A producer: puts `messages` messages, a little apart. args: [queue, messages]
QJsonValue producerEntry(ChildContext& cx, const QJsonArray& args)
{
    Queue q = Queue::attach(cx, args.at(0));
    const int messages = args.at(1).toInt();
    for (int i = 0; i < messages; ++i) {
        if (i > 0)
            cx.sleepMs(50);
        q.put(QStringLiteral("%1: message %2").arg(cx.name()).arg(i));
    }
    return messages;
}

class QueueScenario final : public ProcessScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("process.queue"); }
    QString title() const override { return tr("A queue between processes"); }
    QString summary() const override { return tr("Producer processes put messages; the parent gets them."); }
    QString explanation() const override
    {
        return tr("Processes share no memory, so they talk through a multiprocessing.Queue. Each producer process "
                  "puts messages messages; the parent calls get() until it has them all. Each message is an "
                  "arrow from the put() in a producer to the get() that takes it in the parent, and the queue's "
                  "chart shows how many messages wait in it.\n\n"
                  "Until a message arrives the parent waits in get(). The first one comes only after the "
                  "producer has started, which takes a while for a process. Messages from one producer arrive in "
                  "the order it put them; messages from several producers interleave. A message is a copy "
                  "(serialized on put, rebuilt on get), not a shared object.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import multiprocessing as mp
import time

producers = 1
messages = 1


def produce(q, count):
    name = mp.current_process().name
    for i in range(count):
        if i:
            time.sleep(0.05)
        q.put(f"{name}: message {i}")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    workers = [mp.Process(target=produce, args=(q, messages)) for _ in range(producers)]
    for p in workers:
        p.start()
    for _ in range(producers * messages):
        print(q.get())
    for p in workers:
        p.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("producers"), 1, 1, 16, tr("Producers"), tr("Producer processes.")),
            ParamSpec::integer(
                QStringLiteral("messages"), 1, 1, 1000, tr("Messages"), tr("Messages each producer puts.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int producers = int(ctx.intParam(QStringLiteral("producers")));
        const int messages = int(ctx.intParam(QStringLiteral("messages")));
        Queue& q = ctx.make<Queue>(ctx);
        std::vector<Process> workers;
        for (int i = 0; i < producers; ++i)
            workers.emplace_back(ctx, QStringLiteral("process.queue_producer"), ProcessArgs() << q << messages);
        startAll(workers);
        QVariantList received;
        for (int i = 0; i < producers * messages; ++i) {
            const QString m = q.get().toString();
            received << m;
            mark(ctx, m);
        }
        joinAll(workers);
        ctx.setOutcome(QStringLiteral("received"), received.size());
        ctx.setOutcome(QStringLiteral("expected"), producers * messages);
        ctx.setOutcome(QStringLiteral("results"), received);
    }
};

} // namespace

INTERLEAVE_CHILD_ENTRY(producerEntry, "process.queue_producer");

std::unique_ptr<Scenario> makeProcessQueueScenario()
{
    return std::make_unique<QueueScenario>();
}

} // namespace interleave
