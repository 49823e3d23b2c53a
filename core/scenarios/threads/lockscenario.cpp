// SPDX-License-Identifier: MIT
// threads.lock: mutual exclusion, contention and the queue of waiters at a lock.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/mutex.h"
#include "sync/thread.h"

#include <QStringList>

#include <mutex>

namespace interleave {

namespace {

class LockScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.lock"); }
    QString title() const override { return tr("A lock"); }
    QString summary() const override
    {
        return tr("One thread at a time inside `with lock:`; the others queue at the door.");
    }
    QString explanation() const override
    {
        return tr("Each thread enters the critical section rounds times: it takes the lock, holds it for "
                  "hold_ms, releases it and thinks for think_ms before its next turn. The lock's lane shows who "
                  "holds it: one bar at a time, never two, so max_concurrent stays 1.\n\n"
                  "Watch the blocked bars on the thread lanes: a thread that finds the lock taken waits at the "
                  "door, and the waiters form a queue (max_waiting says how long it got). Each release hands the "
                  "lock to the next waiter: follow the release -> acquire arrows. Python's Lock promises no "
                  "particular order; this one hands over in arrival order so that the queue is easy to read.\n\n"
                  "When hold_ms is long compared with think_ms the threads spend most of their time blocked: "
                  "the lock makes them take turns, and more threads only make the queue longer. Shorten hold_ms "
                  "or lengthen think_ms and the blocked bars shrink.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

threads = 4
rounds = 3
hold_ms = 100
think_ms = 50

lock = threading.Lock()


def work():
    for _ in range(rounds):
        with lock:                       # one thread at a time in here
            time.sleep(hold_ms / 1000)   # the critical section
        time.sleep(think_ms / 1000)      # work that needs no lock


workers = [threading.Thread(target=work) for _ in range(threads)]
for t in workers:
    t.start()
for t in workers:
    t.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("threads"), 4, 1, 100, tr("Threads", "parameter: how many threads"),
                tr("How many threads compete for the lock.")),
            ParamSpec::integer(QStringLiteral("rounds"), 3, 1, 100, tr("Rounds"),
                tr("How many times each thread enters the critical section.")),
            ParamSpec::integer(QStringLiteral("hold_ms"), 100, 0, 10000, tr("Hold"),
                tr("How long a thread keeps the lock each time."), QStringLiteral("ms")),
            ParamSpec::integer(QStringLiteral("think_ms"), 50, 0, 10000, tr("Think"),
                tr("How long a thread works without the lock between two turns."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int threads = int(ctx.intParam(QStringLiteral("threads")));
        const int rounds = int(ctx.intParam(QStringLiteral("rounds")));
        const double holdMs = double(ctx.intParam(QStringLiteral("hold_ms")));
        const double thinkMs = double(ctx.intParam(QStringLiteral("think_ms")));

        Mutex& lock = ctx.make<Mutex>(ctx, QStringLiteral("lock"));
        // Measurements for the outcome, taken inside the critical section; not part of the lesson.
        struct Shared {
            std::atomic<int> inside { 0 };
            std::atomic<int> maxInside { 0 };
            std::atomic<int> maxWaiting { 0 };
            std::mutex m;
            QStringList order;
        };
        Shared& shared = ctx.make<Shared>();

        std::vector<Thread> workers;
        workers.reserve(std::size_t(threads));
        for (int i = 0; i < threads; ++i) {
            const QString name = threadName(i + 1);
            workers.emplace_back(ctx, name, [&ctx, &lock, &shared, name, rounds, holdMs, thinkMs] {
                for (int r = 0; r < rounds; ++r) {
                    {
                        Guard<Mutex> guard(lock);
                        raiseTo(shared.maxInside, shared.inside.fetch_add(1) + 1);
                        raiseTo(shared.maxWaiting, int(lock.waiters().size()));
                        {
                            std::lock_guard l(shared.m);
                            shared.order << name;
                        }
                        ctx.sleepMs(holdMs);
                        raiseTo(shared.maxWaiting, int(lock.waiters().size()));
                        shared.inside.fetch_sub(1);
                    }
                    ctx.sleepMs(thinkMs);
                }
            });
        }
        startAll(workers);
        joinAll(workers);

        std::lock_guard l(shared.m);
        ctx.setOutcome(QStringLiteral("max_concurrent"), shared.maxInside.load());
        ctx.setOutcome(QStringLiteral("acquisitions"), int(shared.order.size()));
        ctx.setOutcome(QStringLiteral("max_waiting"), shared.maxWaiting.load());
        ctx.setOutcome(QStringLiteral("acquisition_order"), shared.order);
    }
};

} // namespace

std::unique_ptr<Scenario> makeLockScenario()
{
    return std::make_unique<LockScenario>();
}

} // namespace interleave
