// SPDX-License-Identifier: MIT
// threads.start_join: start() and join(), and what happens to threads nobody joins.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/thread.h"

#include <QStringList>

#include <mutex>

namespace interleave {

namespace {

class StartJoinScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.start_join"); }
    QString title() const override { return tr("Start and join threads"); }
    QString summary() const override
    {
        return tr("join() waits for a thread to finish; a main thread that only sleeps cuts unfinished threads off.");
    }
    QString explanation() const override
    {
        return tr("Each worker is a real thread that sleeps for work_ms in place of real work, and prints a line "
                  "when it starts and when it ends (the marks on its lane). Look at the spawn arrows: start() "
                  "returns at once, so all workers run side by side.\n\n"
                  "With wait=join the main thread calls join() on every worker. Its lane turns to waiting "
                  "until the last worker has finished, and the program ends only after every worker printed its "
                  "last line.\n\n"
                  "With wait=sleep the workers are started with _thread.start_new_thread and the main thread "
                  "just sleeps for main_sleep_ms, hoping that is long enough. Such threads do not keep the "
                  "program alive: when the main thread ends, the process exits and any worker still working is "
                  "cut off (its lane ends cancelled and its last line never appears). Set main_sleep_ms below "
                  "work_ms to see it.\n\n"
                  "The course's _thread example sleeps 3 s for 2 s of work, so it happens to work; on a busy "
                  "machine, or when the work grows, the guess fails without any error. join() is the way to "
                  "know that a thread has finished.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import _thread
import threading
import time

workers = 2
work_ms = 2000
wait = "join"            # or "sleep"
main_sleep_ms = 3000


def work(name):
    print(f"{name} starts")
    time.sleep(work_ms / 1000)
    print(f"{name} ends")


if wait == "join":
    threads = [threading.Thread(target=work, args=(f"Thread-{i + 1}",))
               for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()         # returns once that thread has finished
else:
    for i in range(workers):
        _thread.start_new_thread(work, (f"Thread-{i + 1}",))
    time.sleep(main_sleep_ms / 1000)   # a guess: is it long enough?

print("main ends")       # _thread threads still working die with the process
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("workers"), 2, 1, 100, tr("Workers"), tr("How many threads to start.")),
            ParamSpec::integer(QStringLiteral("work_ms"), 2000, 0, 60000, tr("Work"),
                tr("How long each worker sleeps in place of real work."), QStringLiteral("ms")),
            ParamSpec::choice(QStringLiteral("wait"), { QStringLiteral("join"), QStringLiteral("sleep") },
                QStringLiteral("join"), tr("Main thread waits by"),
                tr("join: threading.Thread and join() on every worker. sleep: _thread.start_new_thread, then "
                   "time.sleep(main_sleep_ms) and the end of the program.")),
            ParamSpec::integer(QStringLiteral("main_sleep_ms"), 3000, 0, 60000, tr("Main thread sleeps"),
                tr("With wait=sleep: how long the main thread sleeps before the program ends."),
                QStringLiteral("ms")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int workers = int(ctx.intParam(QStringLiteral("workers")));
        const double workMs = double(ctx.intParam(QStringLiteral("work_ms")));
        const bool join = ctx.enumParam(QStringLiteral("wait")) == QLatin1String("join");
        const double mainSleepMs = double(ctx.intParam(QStringLiteral("main_sleep_ms")));

        // Whether a worker finished is decided under this lock against the end of the main thread, so that
        // the counts agree with the picture even when a worker ends just as the program does.
        struct Shared {
            std::mutex m;
            bool programEnded = false;
            std::vector<bool> finished;
            QStringList completionOrder;
        };
        Shared& shared = ctx.make<Shared>();
        shared.finished.assign(std::size_t(workers), false);

        std::vector<Thread> threads;
        threads.reserve(std::size_t(workers));
        for (int i = 0; i < workers; ++i) {
            const QString name = threadName(i + 1);
            auto work = [&ctx, &shared, i, name, workMs] {
                mark(ctx, tr("%1 starts").arg(name));
                ctx.sleepMs(workMs);
                {
                    std::lock_guard lock(shared.m);
                    if (shared.programEnded)
                        throw Interrupted {}; // the process is gone: this thread never gets further
                    shared.finished[std::size_t(i)] = true;
                    shared.completionOrder << name;
                }
                mark(ctx, tr("%1 ends").arg(name));
            };
            // _thread threads do not keep the program alive: the engine cuts daemon threads off.
            threads.emplace_back(ctx, name, std::move(work), !join);
        }
        startAll(threads);
        if (join)
            joinAll(threads);
        else
            ctx.sleepMs(mainSleepMs);

        std::lock_guard lock(shared.m);
        shared.programEnded = true;
        int finished = 0;
        QVariantList status;
        for (bool f : shared.finished) {
            finished += f ? 1 : 0;
            status << (f ? QStringLiteral("finished") : QStringLiteral("cut_off"));
        }
        ctx.setOutcome(QStringLiteral("finished"), finished);
        ctx.setOutcome(QStringLiteral("cut_off"), workers - finished);
        ctx.setOutcome(QStringLiteral("worker_status"), status);
        ctx.setOutcome(QStringLiteral("completion_order"), shared.completionOrder);
        mark(ctx, tr("main ends"));
    }
};

} // namespace

std::unique_ptr<Scenario> makeStartJoinScenario() { return std::make_unique<StartJoinScenario>(); }

} // namespace interleave
