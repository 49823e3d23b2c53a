// SPDX-License-Identifier: MIT
// async.queue: producer/consumer over asyncio.Queue.
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

#include <algorithm>

namespace interleave {

namespace {

constexpr double ProduceMs = 50; // a producer's pause before each put
constexpr double ConsumeMs = 150; // a consumer's work per item

struct QueueStats {
    QVariantList order; // items in the order they were taken
    QVariantList perConsumer;
    int maxQsize = 0;
    bool producerWaited = false;
};

class QueueScenario final : public AsyncScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("async.queue"); }
    QString title() const override { return tr("Producers and consumers over a queue"); }
    QString summary() const override
    {
        return tr(
            "asyncio.Queue hands items from producer tasks to consumer tasks; join() waits until all are processed.");
    }
    QString explanation() const override
    {
        return tr("Producers put `items` numbers into an asyncio.Queue, one every 50 ms; consumers take them, "
                  "work 150 ms on each and call task_done(). Each item is an arrow from the producer that put it "
                  "to the consumer that got it; the queue's level chart shows how many wait in it. A consumer "
                  "with nothing to take is suspended on the queue until a put wakes it.\n\n"
                  "With maxsize > 0 the queue is bounded: when it is full, put() suspends the producer until a "
                  "consumer makes room (producer_waited) — back-pressure. main() awaits the producers, then "
                  "queue.join(), which returns once task_done() has been called for every item, and finally "
                  "cancels the consumers, which would otherwise wait forever in get().");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import asyncio

producers = 1
consumers = 2
items = 10
maxsize = 0


async def producer(queue, numbers):
    for n in numbers:
        await asyncio.sleep(0.05)
        await queue.put(n)                   # suspends while the queue is full
        print("put", n)


async def consumer(name, queue):
    while True:
        n = await queue.get()                # suspends while the queue is empty
        print(name, "got", n)
        await asyncio.sleep(0.15)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize)
    workers = [asyncio.create_task(consumer(f"consumer-{i + 1}", queue)) for i in range(consumers)]
    await asyncio.gather(*(producer(queue, range(p, items, producers)) for p in range(producers)))
    await queue.join()                       # every item processed
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("producers"), 1, 1, 20, tr("Producers"), tr("How many producer tasks.")),
            ParamSpec::integer(QStringLiteral("consumers"), 2, 1, 20, tr("Consumers"), tr("How many consumer tasks.")),
            ParamSpec::integer(QStringLiteral("items"), 10, 0, 1000, tr("Items"),
                tr("How many items the producers put in all (shared out in turn).")),
            ParamSpec::integer(
                QStringLiteral("maxsize"), 0, 0, 1000, tr("Max size"), tr("The queue's bound; 0: unbounded.")),
        };
    }

    static aio::Async<void> producer(aio::Queue<int>* queue, int first, int step, int items, QueueStats* stats)
    {
        for (int n = first; n < items; n += step) {
            co_await aio::sleep(ProduceMs);
            if (queue->full())
                stats->producerWaited = true;
            co_await queue->put(n);
            stats->maxQsize = std::max(stats->maxQsize, int(queue->qsize()));
            mark(QStringLiteral("put %1").arg(n));
        }
    }

    static aio::Async<void> consumer(aio::Queue<int>* queue, int index, QueueStats* stats)
    {
        for (;;) {
            const int n = co_await queue->get();
            stats->order << n;
            stats->perConsumer[index] = stats->perConsumer[index].toInt() + 1;
            mark(QStringLiteral("consumer-%1 got %2").arg(index + 1).arg(n));
            co_await aio::sleep(ConsumeMs);
            queue->taskDone();
        }
    }

    static aio::Async<void> amain(int producers, int consumers, int items, int maxsize, QueueStats* stats)
    {
        aio::EventLoop* loop = aio::EventLoop::current();
        aio::Queue<int> queue(*loop, maxsize, QStringLiteral("queue"));
        std::vector<aio::Task<void>> workers;
        for (int c = 0; c < consumers; ++c)
            workers.push_back(loop->createTask(consumer(&queue, c, stats), QStringLiteral("consumer-%1").arg(c + 1)));
        std::vector<aio::Task<void>> makers;
        for (int p = 0; p < producers; ++p)
            makers.push_back(loop->createTask(
                producer(&queue, p, producers, items, stats), QStringLiteral("producer-%1").arg(p + 1)));
        co_await aio::gather(makers);
        co_await queue.join();
        mark(QStringLiteral("join() returned: every item processed"));
        for (auto& w : workers)
            w.cancel();
        co_await aio::gatherSettled(workers);
    }

    void run(RunContext& ctx) const override
    {
        const int producers = int(ctx.intParam(QStringLiteral("producers")));
        const int consumers = int(ctx.intParam(QStringLiteral("consumers")));
        const int items = int(ctx.intParam(QStringLiteral("items")));
        const int maxsize = int(ctx.intParam(QStringLiteral("maxsize")));
        QueueStats stats;
        for (int c = 0; c < consumers; ++c)
            stats.perConsumer << 0;
        const qint64 start = nowMs(ctx);
        aio::EventLoop loop(&ctx);
        loop.run(amain(producers, consumers, items, maxsize, &stats));
        ctx.setOutcome(QStringLiteral("produced"), items);
        ctx.setOutcome(QStringLiteral("consumed"), int(stats.order.size()));
        ctx.setOutcome(QStringLiteral("completion_order"), stats.order);
        ctx.setOutcome(QStringLiteral("consumer_counts"), stats.perConsumer);
        ctx.setOutcome(QStringLiteral("max_qsize"), stats.maxQsize);
        ctx.setOutcome(QStringLiteral("producer_waited"), stats.producerWaited);
        ctx.setOutcome(QStringLiteral("elapsed_ms"), nowMs(ctx) - start);
    }
};

} // namespace

std::unique_ptr<Scenario> makeAsyncQueueScenario()
{
    return std::make_unique<QueueScenario>();
}

} // namespace interleave
