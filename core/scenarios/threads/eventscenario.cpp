// SPDX-License-Identifier: MIT
// threads.event: one set() releases every waiter.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/eventflag.h"
#include "sync/thread.h"

#include <QStringList>

#include <algorithm>
#include <mutex>

namespace interleave {

namespace {

class EventScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.event"); }
    QString title() const override { return tr("An event"); }
    QString summary() const override { return tr("One set() releases every thread waiting on the event."); }
    QString explanation() const override
    {
        return tr("Several threads call event.wait(); the main thread calls event.set() after set_after_ms. "
                  "Watch the waiting bars end together: a single set() releases every waiter at once, one set "
                  "arrow to each, where a Condition's notify() wakes one.\n\n"
                  "An event remembers: once set it stays set until clear(), and a thread that calls wait() later "
                  "returns at once. That is why it cannot lose a wake-up the way a bare Condition.wait() can. "
                  "The order in which the released threads get going (wake_order) is up to the operating "
                  "system: do not rely on it.\n\n"
                  "The course's example waits for the Enter key before calling set(); here a timer "
                  "(set_after_ms) stands in for the user. max_wait_ms is the longest any waiter waited.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

waiters = 3
set_after_ms = 1000

event = threading.Event()


def waiter():
    started = time.monotonic()
    event.wait()                     # returns at once if the event is already set
    waited_ms = (time.monotonic() - started) * 1000
    print(f"{threading.current_thread().name} released after {waited_ms:.0f} ms")


threads = [threading.Thread(target=waiter) for _ in range(waiters)]
for t in threads:
    t.start()
time.sleep(set_after_ms / 1000)      # the course waits for Enter here
event.set()                          # one call releases every waiter
for t in threads:
    t.join()
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("waiters"), 3, 1, 100, tr("Waiters"),
                tr("How many threads wait on the event.")),
            ParamSpec::integer(QStringLiteral("set_after_ms"), 1000, 0, 60000, tr("Set after"),
                tr("How long the main thread sleeps before it calls set()."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int waiters = int(ctx.intParam(QStringLiteral("waiters")));
        const double setAfterMs = double(ctx.intParam(QStringLiteral("set_after_ms")));

        EventFlag& event = ctx.make<EventFlag>(ctx, QStringLiteral("event"));
        struct Shared {
            std::mutex m;
            QStringList wakeOrder;
            qint64 maxWaitNs = 0;
        };
        Shared& shared = ctx.make<Shared>();

        std::vector<Thread> threads;
        threads.reserve(std::size_t(waiters));
        for (int i = 0; i < waiters; ++i) {
            const QString name = threadName(i + 1);
            threads.emplace_back(ctx, name, [&ctx, &event, &shared, name] {
                const qint64 started = ctx.recorder().now();
                event.wait();
                const qint64 waited = ctx.recorder().now() - started;
                std::lock_guard lock(shared.m);
                shared.wakeOrder << name;
                shared.maxWaitNs = std::max(shared.maxWaitNs, waited);
            });
        }
        startAll(threads);
        ctx.sleepMs(setAfterMs);
        event.set();
        joinAll(threads);

        std::lock_guard lock(shared.m);
        ctx.setOutcome(QStringLiteral("released"), int(shared.wakeOrder.size()));
        ctx.setOutcome(QStringLiteral("wake_order"), shared.wakeOrder);
        ctx.setOutcome(QStringLiteral("max_wait_ms"), (shared.maxWaitNs + 500000) / 1000000);
    }
};

} // namespace

std::unique_ptr<Scenario> makeEventScenario() { return std::make_unique<EventScenario>(); }

} // namespace interleave
