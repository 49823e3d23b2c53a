// SPDX-License-Identifier: MIT
// threads.condition: wait/notify between producers and consumers, and the lost wake-up.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/condition.h"
#include "sync/eventflag.h"
#include "sync/lockable.h"
#include "sync/sharedvalue.h"
#include "sync/thread.h"

#include <atomic>

namespace interleave {

namespace {

// A producer takes this long to make each item, so that consumers are back in wait() between items.
constexpr double kMakeMs = 100;

class ConditionScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.condition"); }
    QString title() const override { return tr("A condition variable"); }
    QString summary() const override
    {
        return tr("Consumers wait, producers notify; a notify nobody waits for is lost unless the wait checks "
                  "a predicate.");
    }
    QString explanation() const override
    {
        return tr("Producers make an item every 100 ms, put it in a shared list and notify the condition; "
                  "consumers wait on the condition and take one item each time. The \"items\" lane counts the "
                  "items ready to be taken. Follow the notify arrows from a producer to the consumer it wakes.\n\n"
                  "A notify is not remembered: it wakes the threads waiting at that moment and nobody else. With "
                  "producer_first=true the producers have finished, notifies and all, before any consumer starts. "
                  "A consumer that waits without a predicate then waits for a notify that is already gone: its "
                  "lane stays waiting for good and the detector reports a lost wake-up. The course's example has "
                  "the same flaw: it starts the consumer first, but nothing makes sure the consumer is already "
                  "waiting when the producer notifies.\n\n"
                  "With predicate=true the consumer calls wait_for(lambda: len(stock) > 0): it looks at the "
                  "shared state first, waits only when there is nothing to take, and looks again after every "
                  "wake-up, so it never misses an item whatever the order. With notify=all every waiting "
                  "consumer wakes for each item and all but one go back to waiting; without a predicate such a "
                  "consumer pops from an empty list and fails with IndexError. (The course's comment says notify() "
                  "wakes all waiting threads: notify() wakes one, notify_all() wakes all.)\n\n"
                  "With producer_first=false the producers start once every consumer is inside wait() (the "
                  "\"consumers waiting\" event, set while holding the condition's lock), so one item works even "
                  "without a predicate. With more items and no predicate it comes down to timing: a notify that "
                  "arrives while a consumer is between two waits is lost.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

producers = 1
consumers = 1
items = 1
notify = "one"                 # or "all"
predicate = True
producer_first = False

condition = threading.Condition()
stock = []                     # the "items" lane counts these
ready = threading.Event()      # "consumers waiting"
waiting = 0
total = producers * items
quotas = [total // consumers + (1 if i < total % consumers else 0)
          for i in range(consumers)]
active = sum(1 for q in quotas if q > 0)


def producer(p):
    for k in range(items):
        time.sleep(0.1)                  # making the item
        with condition:
            stock.append((p, k))
            if notify == "all":
                condition.notify_all()
            else:
                condition.notify()       # wakes one waiting thread, if any


def consumer(quota):
    global waiting
    for k in range(quota):
        with condition:
            if k == 0:
                waiting += 1
                if waiting == active:
                    ready.set()          # we hold the lock: no notify before our wait
            if predicate:
                condition.wait_for(lambda: len(stock) > 0)
            else:
                condition.wait()         # trusts that a wake-up means an item
            stock.pop()                  # IndexError when it woke for nothing


ps = [threading.Thread(target=producer, args=(p,), name=f"producer {p + 1}")
      for p in range(producers)]
cs = [threading.Thread(target=consumer, args=(q,), name=f"consumer {i + 1}")
      for i, q in enumerate(quotas)]
if producer_first:
    for t in ps:
        t.start()
    for t in ps:
        t.join()                         # every notify is over before anyone waits
    for t in cs:
        t.start()
else:
    for t in cs:
        t.start()
    ready.wait()                         # every consumer is inside wait() now
    for t in ps:
        t.start()
for t in ps + cs:
    t.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("producers"), 1, 1, 20, tr("Producers"),
                tr("How many threads make items.")),
            ParamSpec::integer(QStringLiteral("consumers"), 1, 1, 20, tr("Consumers"),
                tr("How many threads take items; the items are shared out among them.")),
            ParamSpec::integer(QStringLiteral("items"), 1, 1, 100, tr("Items"),
                tr("How many items each producer makes.")),
            ParamSpec::choice(QStringLiteral("notify"), { QStringLiteral("one"), QStringLiteral("all") },
                QStringLiteral("one"), tr("Notify"),
                tr("one: notify() wakes one waiting thread. all: notify_all() wakes every waiting thread.")),
            ParamSpec::boolean(QStringLiteral("predicate"), true, tr("Wait with a predicate"),
                tr("Whether consumers wait with wait_for(predicate) rather than a bare wait().")),
            ParamSpec::boolean(QStringLiteral("producer_first"), false, tr("Producers first"),
                tr("Whether the producers run (and notify) before any consumer starts.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int producers = int(ctx.intParam(QStringLiteral("producers")));
        const int consumers = int(ctx.intParam(QStringLiteral("consumers")));
        const int items = int(ctx.intParam(QStringLiteral("items")));
        const bool notifyAll = ctx.enumParam(QStringLiteral("notify")) == QLatin1String("all");
        const bool predicate = ctx.boolParam(QStringLiteral("predicate"));
        const bool producerFirst = ctx.boolParam(QStringLiteral("producer_first"));

        const int total = producers * items;
        std::vector<int> quotas;
        int active = 0;
        for (int i = 0; i < consumers; ++i) {
            quotas.push_back(total / consumers + (i < total % consumers ? 1 : 0));
            active += quotas.back() > 0 ? 1 : 0;
        }

        Condition& condition = ctx.make<Condition>(ctx, QStringLiteral("condition"));
        SharedValue& stock = ctx.make<SharedValue>(ctx, QStringLiteral("items"), 0);
        // The gate exists only when consumers go first; producer_first needs none.
        EventFlag* ready = producerFirst ? nullptr : &ctx.make<EventFlag>(ctx, tr("consumers waiting"));
        // Written only while holding the condition's lock.
        struct Counts {
            int produced = 0;
            int consumed = 0;
            int waiting = 0;
            int emptyWakeups = 0;
        };
        Counts& counts = ctx.make<Counts>();
        ctx.setOutcome(QStringLiteral("produced"), 0);
        ctx.setOutcome(QStringLiteral("consumed"), 0);

        auto producer = [&ctx, &condition, &stock, &counts, items, notifyAll] {
            for (int k = 0; k < items; ++k) {
                ctx.sleepMs(kMakeMs);
                Guard<Condition> guard(condition);
                stock.write(stock.read() + 1);
                ctx.setOutcome(QStringLiteral("produced"), ++counts.produced);
                if (notifyAll)
                    condition.notifyAll();
                else
                    condition.notify();
            }
        };
        auto consumer = [&ctx, &condition, &stock, ready, &counts, predicate, active](int quota) {
            for (int k = 0; k < quota; ++k) {
                Guard<Condition> guard(condition);
                if (ready && k == 0 && ++counts.waiting == active)
                    ready->set(); // under the lock: no producer can notify before this wait begins
                if (predicate)
                    condition.waitFor([&stock] { return stock.read() > 0; });
                else
                    condition.wait();
                const qint64 left = stock.read();
                if (left <= 0) {
                    ctx.setOutcome(QStringLiteral("empty_wakeups"), ++counts.emptyWakeups);
                    throw PyError { QStringLiteral("IndexError"), tr("pop from empty list") };
                }
                stock.write(left - 1);
                ctx.setOutcome(QStringLiteral("consumed"), ++counts.consumed);
            }
        };

        std::vector<Thread> producerThreads;
        std::vector<Thread> consumerThreads;
        for (int p = 0; p < producers; ++p)
            producerThreads.emplace_back(ctx, tr("producer %1").arg(p + 1), producer);
        for (int c = 0; c < consumers; ++c) {
            const int quota = quotas[std::size_t(c)];
            consumerThreads.emplace_back(ctx, tr("consumer %1").arg(c + 1), [consumer, quota] { consumer(quota); });
        }

        if (producerFirst) {
            startAll(producerThreads);
            joinAll(producerThreads);
            startAll(consumerThreads);
        } else {
            startAll(consumerThreads);
            ready->wait();
            startAll(producerThreads);
        }
        joinAll(producerThreads);
        joinAll(consumerThreads);
        ctx.setOutcome(QStringLiteral("deadlock"), false);
    }
};

} // namespace

std::unique_ptr<Scenario> makeConditionScenario() { return std::make_unique<ConditionScenario>(); }

} // namespace interleave
