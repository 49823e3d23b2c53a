// SPDX-License-Identifier: MIT
// threads.rlock: re-entering a lock works with RLock and deadlocks with Lock.
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/mutex.h"
#include "sync/recursivemutex.h"
#include "sync/thread.h"

#include <functional>

namespace interleave {

namespace {

// Each level holds the lock a little while so that the nesting can be seen.
constexpr double kLevelMs = 100;

class RLockScenario final : public ThreadScenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString id() const override { return QStringLiteral("threads.rlock"); }
    QString title() const override { return tr("A re-entrant lock"); }
    QString summary() const override
    {
        return tr("The thread that holds an RLock may take it again; a plain Lock deadlocks on itself.");
    }
    QString explanation() const override
    {
        return tr("A thread takes the lock and, while it holds it, calls a function that takes the same lock "
                  "again, depth levels deep: like a method that holds a lock calling another method of the same "
                  "object that locks too. Each level prints its number (the marks) and works for 100 ms.\n\n"
                  "With reentrant=true the lock is an RLock: it knows its owner and counts how deep the owner "
                  "went. Another acquire by the owner only counts up, each release counts down, and the lock is "
                  "free again when the count is back to zero. The lock's lane shows one hold from the first "
                  "acquire to the last release.\n\n"
                  "With reentrant=false it is a plain Lock, which has no owner: the second acquire waits until "
                  "somebody releases the lock, and the only thread that could is the one waiting. Its lane turns "
                  "blocked at level 2 and stays so. The deadlock detector finds a cycle of one thread waiting for "
                  "itself and stops the run (the main thread, in join(), would wait forever as well). "
                  "depth_reached tells how far the thread got.");
    }
    QString pythonSnippet() const override
    {
        return tr(R"(import threading
import time

depth = 2
reentrant = True

lock = threading.RLock() if reentrant else threading.Lock()


def enter(level):
    with lock:                   # from level 2 on, the owner asks again
        print(f"level {level}")
        time.sleep(0.1)
        if level < depth:
            enter(level + 1)


t = threading.Thread(target=enter, args=(1,))
t.start()
t.join()                         # with a plain Lock this never returns
)");
    }
    ParamSchema params() const override
    {
        return {
            ParamSpec::integer(QStringLiteral("depth"), 2, 1, 20, tr("Depth"),
                tr("How many times the thread takes the lock, one inside the other.")),
            ParamSpec::boolean(QStringLiteral("reentrant"), true, tr("Re-entrant (RLock)"),
                tr("RLock when true, a plain Lock when false.")),
        };
    }

    void run(RunContext& ctx) const override
    {
        const int depth = int(ctx.intParam(QStringLiteral("depth")));
        const bool reentrant = ctx.boolParam(QStringLiteral("reentrant"));

        Lockable& lock = reentrant ? static_cast<Lockable&>(ctx.make<RecursiveMutex>(ctx, QStringLiteral("lock")))
                                   : static_cast<Lockable&>(ctx.make<Mutex>(ctx, QStringLiteral("lock")));
        ctx.setOutcome(QStringLiteral("depth_reached"), 0);

        auto body = [&ctx, &lock, depth] {
            std::function<void(int)> enter = [&](int level) {
                Guard<Lockable> guard(lock);
                ctx.setOutcome(QStringLiteral("depth_reached"), level);
                mark(ctx, tr("level %1").arg(level));
                ctx.sleepMs(kLevelMs);
                if (level < depth)
                    enter(level + 1);
            };
            enter(1);
        };
        Thread t(ctx, threadName(1), std::move(body));
        t.start();
        t.join();
        ctx.setOutcome(QStringLiteral("deadlock"), false);
    }
};

} // namespace

std::unique_ptr<Scenario> makeRLockScenario() { return std::make_unique<RLockScenario>(); }

} // namespace interleave
