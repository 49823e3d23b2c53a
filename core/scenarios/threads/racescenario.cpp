// SPDX-License-Identifier: MIT
// threads.race: `counter += 1` from several threads loses updates without a lock.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/barrier.h"
#include "sync/mutex.h"
#include "sync/sharedvalue.h"
#include "sync/thread.h"

#include <thread>

namespace interleave {

namespace {

class RaceScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.race"); }
    QString title() const override { return tr("A race on a shared counter"); }
    QString summary() const override { return tr("counter += 1 from several threads loses updates without a lock."); }
    QString explanation() const override
    {
        return tr("Every thread adds 1 to a shared counter, increments times. `counter += 1` is not one step: "
                  "Python loads the value, adds one and stores the result. When another thread runs between the "
                  "load and the store, both store the same number and one increment is lost. Watch the counter's "
                  "step chart: it climbs more slowly than the threads work, and now and then steps back when a "
                  "thread stores a value that is out of date.\n\n"
                  "CPython 3.10 and later switch threads only at a few points, and almost never between the LOAD "
                  "and the STORE of a plain `+=`, so the course's example usually prints the right total even "
                  "without a lock. The race is still there, only rare. This scenario makes it visible: each "
                  "increment is an explicit read and write with a switch point between them, time.sleep(0) (a "
                  "yield) when window_us is 0 and a real pause of window_us otherwise, which is what a thread "
                  "switch between LOAD and STORE does. All threads start together at the \"start\" barrier, so "
                  "they really overlap.\n\n"
                  "With lock=true each read-add-write runs inside `with counter_lock:`. Watch the lock's lane: one "
                  "holder at a time, the other threads blocked at the door, and release -> acquire arrows handing "
                  "the lock on. Nothing is lost (counter equals expected), and the threads now take turns.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

threads = 4
increments = 1000
lock = False
window_us = 0

counter = 0
counter_lock = threading.Lock()
start = threading.Barrier(threads)   # a starting gun: all begin together


def add_one():
    global counter
    v = counter                      # LOAD
    time.sleep(window_us / 1e6)      # another thread may run here
    counter = v + 1                  # STORE


def work():
    start.wait()
    for _ in range(increments):
        if lock:
            with counter_lock:
                add_one()
        else:
            add_one()


workers = [threading.Thread(target=work) for _ in range(threads)]
for t in workers:
    t.start()
for t in workers:
    t.join()

expected = threads * increments
print(f"counter={counter} expected={expected} lost={expected - counter}")
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("threads"), 4, 1, 1000, tr("Threads", "parameter: how many threads"),
                tr("How many threads increment the counter.")),
            ParamSpec::integer(QStringLiteral("increments"), 1000, 1, 100000, tr("Increments"),
                tr("How many times each thread adds 1.")),
            ParamSpec::boolean(QStringLiteral("lock"), false, tr("Use a lock"),
                tr("Whether each increment runs inside `with counter_lock:`.")),
            ParamSpec::integer(QStringLiteral("window_us"), 0, 0, 100000, tr("Switch window"),
                tr("A pause between the read and the write of each increment; 0 only yields to other threads."),
                QStringLiteral("us")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int threads = int(ctx.intParam(QStringLiteral("threads")));
        const qint64 increments = ctx.intParam(QStringLiteral("increments"));
        const bool useLock = ctx.boolParam(QStringLiteral("lock"));
        const double windowMs = double(ctx.intParam(QStringLiteral("window_us"))) / 1000.0;

        SharedValue& counter = ctx.make<SharedValue>(ctx, QStringLiteral("counter"), 0);
        Barrier& start = ctx.make<Barrier>(ctx, QStringLiteral("start"), threads);
        Mutex* lock = useLock ? &ctx.make<Mutex>(ctx, QStringLiteral("lock")) : nullptr;

        auto addOne = [&ctx, &counter, windowMs] {
            const qint64 v = counter.read();
            // The switch point between LOAD and STORE that the GIL allows.
            if (windowMs > 0)
                ctx.sleepMs(windowMs);
            else
                std::this_thread::yield();
            counter.write(v + 1);
        };
        auto work = [&ctx, &start, lock, increments, addOne] {
            start.wait();
            for (qint64 i = 0; i < increments; ++i) {
                ctx.throwIfInterrupted();
                if (lock) {
                    Guard<Mutex> guard(*lock);
                    addOne();
                } else {
                    addOne();
                }
            }
        };

        std::vector<Thread> workers;
        workers.reserve(std::size_t(threads));
        for (int i = 0; i < threads; ++i)
            workers.emplace_back(ctx, threadName(i + 1), work);
        startAll(workers);
        joinAll(workers);

        const qint64 expected = qint64(threads) * increments;
        const qint64 final = counter.read();
        ctx.setOutcome(QStringLiteral("counter"), final);
        ctx.setOutcome(QStringLiteral("expected"), expected);
        ctx.setOutcome(QStringLiteral("lost"), expected - final);
    }
};

} // namespace

std::unique_ptr<Scenario> makeRaceScenario()
{
    return std::make_unique<RaceScenario>();
}

} // namespace interleave
