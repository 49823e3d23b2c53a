// SPDX-License-Identifier: MIT
#include "scenarios/threads/threadscenario.h"

#include "engine/runcontext.h"
#include "sync/thread.h"

namespace interleave {

QString ThreadScenario::threadName(int number) { return QStringLiteral("Thread-%1").arg(number); }

void ThreadScenario::mark(RunContext& ctx, const QString& text)
{
    Recorder& rec = ctx.recorder();
    rec.instant(RunContext::currentActor(), InstantKind::Mark, -1, 0, rec.addText(text));
}

qint64 ThreadScenario::nowMs(RunContext& ctx) { return ctx.recorder().now() / 1000000; }

void ThreadScenario::startAll(std::vector<Thread>& threads)
{
    for (Thread& t : threads)
        t.start();
}

void ThreadScenario::joinAll(std::vector<Thread>& threads)
{
    for (Thread& t : threads)
        t.join();
}

void ThreadScenario::raiseTo(std::atomic<int>& value, int candidate)
{
    int seen = value.load(std::memory_order_relaxed);
    while (seen < candidate && !value.compare_exchange_weak(seen, candidate, std::memory_order_relaxed)) {
    }
}

} // namespace interleave
