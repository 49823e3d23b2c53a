// SPDX-License-Identifier: MIT
// threads.semaphore: at most `permits` threads at once.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/lockable.h"
#include "sync/semaphore.h"
#include "sync/thread.h"

#include <QStringList>

#include <mutex>

namespace interleave {

namespace {

class SemaphoreScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.semaphore"); }
    QString title() const override { return tr("A semaphore"); }
    QString summary() const override { return tr("A semaphore lets at most `permits` threads in at once."); }
    QString explanation() const override
    {
        return tr("The semaphore starts with `permits` permits. Each worker takes one (`with semaphore:`), holds "
                  "it for hold_ms and gives it back. The permits lane is a step chart of the permits left: it "
                  "drops to 0 and stays there while the semaphore is full.\n\n"
                  "Count the hold bars at any moment: never more than permits. Workers that arrive when none is "
                  "left are blocked (their blocked bars) until a holder releases, and each release hands its "
                  "permit straight to the first waiter: follow the release -> acquire arrows. With the course's "
                  "numbers, 4 workers and 2 permits, the work takes two rounds of hold_ms.\n\n"
                  "A lock is a semaphore with a single permit, with one difference: any thread may release a "
                  "semaphore. A plain Semaphore even lets release() push the count above where it started; "
                  "BoundedSemaphore turns that mistake into a ValueError.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

workers = 4
permits = 2
hold_ms = 2000

semaphore = threading.Semaphore(permits)


def work():
    name = threading.current_thread().name
    with semaphore:                  # blocks while every permit is taken
        print(f"{name} has a permit")
        time.sleep(hold_ms / 1000)
    print(f"{name} gave it back")


threads = [threading.Thread(target=work) for _ in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("workers"), 4, 1, 100, tr("Workers"),
                tr("How many threads want a permit.")),
            ParamSpec::integer(QStringLiteral("permits"), 2, 1, 100, tr("Permits"),
                tr("The semaphore's starting value: how many threads may hold a permit at once.")),
            ParamSpec::integer(QStringLiteral("hold_ms"), 2000, 0, 60000, tr("Hold"),
                tr("How long each worker keeps its permit."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int workers = int(ctx.intParam(QStringLiteral("workers")));
        const int permits = int(ctx.intParam(QStringLiteral("permits")));
        const double holdMs = double(ctx.intParam(QStringLiteral("hold_ms")));

        Semaphore& semaphore = ctx.make<Semaphore>(ctx, QStringLiteral("permits"), permits);
        // Measurements for the outcome; not part of the lesson.
        struct Shared {
            std::atomic<int> inside { 0 };
            std::atomic<int> maxInside { 0 };
            std::mutex m;
            QStringList acquisitionOrder;
            QStringList completionOrder;
        };
        Shared& shared = ctx.make<Shared>();

        std::vector<Thread> threads;
        threads.reserve(std::size_t(workers));
        for (int i = 0; i < workers; ++i) {
            const QString name = threadName(i + 1);
            threads.emplace_back(ctx, name, [&ctx, &semaphore, &shared, name, holdMs] {
                {
                    Guard<Semaphore> guard(semaphore);
                    raiseTo(shared.maxInside, shared.inside.fetch_add(1) + 1);
                    {
                        std::lock_guard lock(shared.m);
                        shared.acquisitionOrder << name;
                    }
                    ctx.sleepMs(holdMs);
                    shared.inside.fetch_sub(1);
                }
                std::lock_guard lock(shared.m);
                shared.completionOrder << name;
            });
        }
        startAll(threads);
        joinAll(threads);

        std::lock_guard lock(shared.m);
        ctx.setOutcome(QStringLiteral("max_concurrent"), shared.maxInside.load());
        ctx.setOutcome(QStringLiteral("acquisition_order"), shared.acquisitionOrder);
        ctx.setOutcome(QStringLiteral("completion_order"), shared.completionOrder);
    }
};

} // namespace

std::unique_ptr<Scenario> makeSemaphoreScenario() { return std::make_unique<SemaphoreScenario>(); }

} // namespace interleave
