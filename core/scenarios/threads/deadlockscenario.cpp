// SPDX-License-Identifier: MIT
// threads.deadlock: dining philosophers; a lock-order deadlock and the ordering cure.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/barrier.h"
#include "sync/mutex.h"
#include "sync/thread.h"

#include <algorithm>
#include <mutex>

namespace interleave {

namespace {

class DeadlockScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.deadlock"); }
    QString title() const override { return tr("Dining philosophers"); }
    QString summary() const override
    {
        return tr("Taking two locks in different orders deadlocks; one global order cures it.");
    }
    QString explanation() const override
    {
        return tr("Each philosopher needs two forks, the one on the left and the one on the right, and each fork "
                  "is a Lock shared with a neighbour. A philosopher picks up one fork, takes a moment to reach "
                  "for the other (max(eat_ms / 2, 50) ms), eats for eat_ms holding both, puts both down and "
                  "starts again, rounds times. They all begin together at the \"start\" barrier.\n\n"
                  "With ordered=false everyone takes the left fork first. Soon every philosopher holds a left "
                  "fork and waits for the right one, which the neighbour holds and will not let go: the blocked "
                  "bars never end. The detector finds a cycle in the wait-for graph (philosopher 1 waits for "
                  "philosopher 2, who waits for philosopher 1) and stops the run; the cycle is in the outcome. "
                  "Python would detect nothing: the program would simply hang.\n\n"
                  "With ordered=true everyone takes the lower-numbered fork first. A cycle needs somebody who "
                  "holds a higher fork while waiting for a lower one, and nobody does that, so it cannot form. "
                  "Philosophers still wait for each other now and then, but each eats rounds times (meals = "
                  "philosophers * rounds). Taking locks in one agreed order everywhere is the usual cure.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

philosophers = 2
ordered = False
eat_ms = 100
rounds = 3
reach_ms = max(eat_ms / 2, 50)       # reaching for the second fork

forks = [threading.Lock() for _ in range(philosophers)]
start = threading.Barrier(philosophers)
meals = [0] * philosophers


def philosopher(i):
    left, right = i, (i + 1) % philosophers
    if ordered:
        first, second = min(left, right), max(left, right)
    else:
        first, second = left, right
    start.wait()
    for _ in range(rounds):
        with forks[first]:
            time.sleep(reach_ms / 1000)
            with forks[second]:
                meals[i] += 1
                time.sleep(eat_ms / 1000)


threads = [threading.Thread(target=philosopher, args=(i,),
                            name=f"philosopher {i + 1}")
           for i in range(philosophers)]
for t in threads:
    t.start()
for t in threads:
    t.join()                         # with ordered = False this never returns
print("meals:", sum(meals))
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("philosophers"), 2, 2, 20, tr("Philosophers"),
                tr("How many philosophers sit at the table, with one fork between two neighbours.")),
            ParamSpec::boolean(QStringLiteral("ordered"), false, tr("Ordered forks"),
                tr("Whether everyone picks up the lower-numbered fork first instead of the left one.")),
            ParamSpec::integer(QStringLiteral("eat_ms"), 100, 0, 10000, tr("Eat"),
                tr("How long a philosopher eats while holding both forks."), QStringLiteral("ms")),
            ParamSpec::integer(QStringLiteral("rounds"), 3, 1, 100, tr("Rounds"),
                tr("How many meals each philosopher wants.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int philosophers = int(ctx.intParam(QStringLiteral("philosophers")));
        const bool ordered = ctx.boolParam(QStringLiteral("ordered"));
        const double eatMs = double(ctx.intParam(QStringLiteral("eat_ms")));
        const int rounds = int(ctx.intParam(QStringLiteral("rounds")));
        // Long enough that, started together, everyone holds a first fork before anyone reaches the second.
        const double reachMs = std::max(eatMs / 2, 50.0);

        std::vector<Mutex*> forks;
        for (int i = 0; i < philosophers; ++i)
            forks.push_back(&ctx.make<Mutex>(ctx, tr("fork %1").arg(i + 1)));
        Barrier& start = ctx.make<Barrier>(ctx, QStringLiteral("start"), philosophers);
        struct Meals {
            std::mutex m;
            int count = 0;
        };
        Meals& meals = ctx.make<Meals>();
        ctx.setOutcome(QStringLiteral("meals"), 0);

        std::vector<Thread> threads;
        for (int i = 0; i < philosophers; ++i) {
            const int left = i;
            const int right = (i + 1) % philosophers;
            Mutex& first = *forks[std::size_t(ordered ? std::min(left, right) : left)];
            Mutex& second = *forks[std::size_t(ordered ? std::max(left, right) : right)];
            threads.emplace_back(ctx, tr("philosopher %1").arg(i + 1),
                [&ctx, &first, &second, &start, &meals, rounds, eatMs, reachMs] {
                    start.wait();
                    for (int r = 0; r < rounds; ++r) {
                        Guard<Mutex> holdFirst(first);
                        ctx.sleepMs(reachMs);
                        Guard<Mutex> holdSecond(second);
                        // A fork handed over while the engine stops a deadlocked run is no meal.
                        ctx.throwIfInterrupted();
                        {
                            std::lock_guard lock(meals.m);
                            ctx.setOutcome(QStringLiteral("meals"), ++meals.count);
                        }
                        ctx.sleepMs(eatMs);
                    }
                });
        }
        startAll(threads);
        joinAll(threads);
        ctx.setOutcome(QStringLiteral("deadlock"), false);
    }
};

} // namespace

std::unique_ptr<Scenario> makeDeadlockScenario() { return std::make_unique<DeadlockScenario>(); }

} // namespace interleave
