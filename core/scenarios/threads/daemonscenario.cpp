// SPDX-License-Identifier: MIT
// threads.daemon: a daemon thread ends with the program; a normal one keeps the program alive.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/thread.h"

#include <algorithm>
#include <mutex>

namespace interleave {

namespace {

class DaemonScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.daemon"); }
    QString title() const override { return tr("Daemon threads"); }
    QString summary() const override
    {
        return tr("A daemon thread is stopped when the program ends; a normal thread keeps the program alive.");
    }
    QString explanation() const override
    {
        return tr("A worker thread prints a tick (a mark on its lane) and sleeps for tick_ms, over and over. The "
                  "main thread sleeps for main_ms and then reaches its end.\n\n"
                  "With daemon=true the worker's lane stops right where the main thread's does: at the end of "
                  "the program Python does not wait for daemon threads, it stops them wherever they are, in the "
                  "middle of a sleep here, without running their finally blocks. Their work is lost, so a "
                  "daemon thread suits background chores that may be dropped, never writing a file.\n\n"
                  "With daemon=false the program waits for the worker after the main thread is done: look at "
                  "how the worker's lane runs on past the main thread's. A real `while True` worker would keep "
                  "the program alive forever; so that every run ends, this worker stops by itself after "
                  "2 * main_ms / tick_ms + 1 ticks.\n\n"
                  "The course says daemon threads end when the main thread ends. More exactly: when the main "
                  "thread ends, Python first waits for every non-daemon thread, and only then, as the "
                  "interpreter shuts down, are daemon threads cut off.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

daemon = True
tick_ms = 1000
main_ms = 3000
max_ticks = 2 * main_ms // tick_ms + 1   # a bound, so that daemon=False ends


def ticker():
    for n in range(1, max_ticks + 1):
        print(f"tick {n}")
        time.sleep(tick_ms / 1000)


worker = threading.Thread(target=ticker, daemon=daemon)
worker.start()
time.sleep(main_ms / 1000)
print("main ends")
# Here Python joins every non-daemon thread, then stops the daemon ones.
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::boolean(QStringLiteral("daemon"), true, tr("Daemon"),
                tr("Whether the worker is a daemon thread (stopped when the program ends).")),
            ParamSpec::integer(QStringLiteral("tick_ms"), 1000, 10, 10000, tr("Tick every"),
                tr("How long the worker sleeps between two ticks."), QStringLiteral("ms")),
            ParamSpec::integer(QStringLiteral("main_ms"), 3000, 0, 60000, tr("Main thread runs"),
                tr("How long the main thread sleeps before it ends."), QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const bool daemon = ctx.boolParam(QStringLiteral("daemon"));
        const qint64 tickMs = ctx.intParam(QStringLiteral("tick_ms"));
        const qint64 mainMs = ctx.intParam(QStringLiteral("main_ms"));
        const qint64 maxTicks = 2 * mainMs / tickMs + 1;

        // The worker may outlive run(), so the end of the program is kept where both can reach it.
        struct Shared {
            std::mutex m;
            qint64 programEndMs = 0;
        };
        Shared& shared = ctx.make<Shared>();
        auto programEndsAt = [&ctx, &shared](qint64 ms) {
            std::lock_guard lock(shared.m);
            shared.programEndMs = std::max(shared.programEndMs, ms);
            ctx.setOutcome(QStringLiteral("program_end_ms"), shared.programEndMs);
        };

        ctx.setOutcome(QStringLiteral("ticks"), 0);
        ctx.setOutcome(QStringLiteral("cut_off"), false);
        ctx.setOutcome(QStringLiteral("max_ticks"), maxTicks);

        auto ticker = [&ctx, tickMs, maxTicks, programEndsAt] {
            try {
                for (qint64 n = 1; n <= maxTicks; ++n) {
                    mark(ctx, tr("tick %1").arg(n));
                    ctx.setOutcome(QStringLiteral("ticks"), n);
                    ctx.sleepMs(double(tickMs));
                }
            } catch (const Interrupted&) {
                // Cut off at the end of the program (or the run was stopped): say so, then let it pass.
                ctx.setOutcome(QStringLiteral("cut_off"), true);
                throw;
            }
            programEndsAt(nowMs(ctx));
        };
        Thread worker(ctx, threadName(1), std::move(ticker), daemon);
        worker.start();
        ctx.sleepMs(double(mainMs));
        mark(ctx, tr("main ends"));
        programEndsAt(nowMs(ctx));
    }
};

} // namespace

std::unique_ptr<Scenario> makeDaemonScenario() { return std::make_unique<DaemonScenario>(); }

} // namespace interleave
