// SPDX-License-Identifier: MIT
// Condition, Event, Barrier, and the interruption of every kind of wait.
#include "fnscenario.h"

#include "sync/barrier.h"
#include "sync/condition.h"
#include "sync/eventflag.h"
#include "sync/mutex.h"
#include "sync/recursivemutex.h"
#include "sync/semaphore.h"
#include "sync/thread.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestWaits : public QObject {
    Q_OBJECT
private slots:
    void testConditionPredicate_data();
    void testConditionPredicate();
    void testConditionTimeout();
    void testNotifyBeforeWaitIsLost();
    void testConditionNeedsLock_data();
    void testConditionNeedsLock();
    void testEventReleasesAll_data();
    void testEventReleasesAll();
    void testBarrier();
    void testBrokenBarrier();
    void testInterrupt_data();
    void testInterrupt();
};

namespace {

void waitUntil(RunContext& ctx, const std::function<bool()>& pred)
{
    while (!pred())
        ctx.sleepMs(1);
}

int countInstants(const Trace& trace, InstantKind kind, int actor = -1)
{
    int n = 0;
    for (const Instant& i : trace.instants())
        n += i.kind == kind && (actor < 0 || i.actor == actor);
    return n;
}

int countFlows(const Trace& trace, FlowKind kind)
{
    int n = 0;
    for (const Flow& f : trace.flows())
        n += f.kind == kind;
    return n;
}

QString exceptionOf(const Trace& trace, int actor)
{
    for (const Instant& i : trace.instants()) {
        if (i.actor == actor && i.kind == InstantKind::Exception)
            return i.text;
    }
    return {};
}

} // namespace

void TestWaits::testConditionPredicate_data()
{
    QTest::addColumn<bool>("ownLock");
    QTest::addColumn<int>("consumers");
    QTest::newRow("own RLock, 1 consumer") << true << 1;
    QTest::newRow("given Lock, 3 consumers") << false << 3;
}

void TestWaits::testConditionPredicate()
{
    QFETCH(bool, ownLock);
    QFETCH(int, consumers);
    const int items = 5 * consumers;
    std::atomic<int> consumed { 0 };
    const Trace trace = runFn([&](RunContext& ctx) {
        Lockable* lock = ownLock ? nullptr : &ctx.make<Mutex>(ctx, u"mutex"_s);
        Condition& cond = ctx.make<Condition>(ctx, u"items"_s, lock);
        int available = 0; // guarded by the condition's lock
        std::vector<Thread> threads;
        for (int c = 0; c < consumers; ++c) {
            threads.emplace_back(ctx, u"consumer %1"_s.arg(c + 1), [&] {
                for (int i = 0; i < 5; ++i) {
                    Guard g(cond);
                    cond.waitFor([&] { return available > 0; });
                    --available;
                    ++consumed;
                }
            });
        }
        threads.emplace_back(ctx, u"producer"_s, [&] {
            for (int i = 0; i < items; ++i) {
                Guard g(cond);
                ++available;
                cond.notify();
            }
        });
        for (Thread& t : threads)
            t.start();
        for (Thread& t : threads)
            t.join();
    });
    QCOMPARE(consumed.load(), items);
    QVERIFY(!trace.meta().outcome.value(u"deadlock"_s).toBool());
    // Every woken consumer ends the notify's flow.
    for (const Flow& f : trace.flows()) {
        if (f.kind == FlowKind::Notify)
            QCOMPARE(trace.actors()[std::size_t(f.fromActor)].name, u"producer"_s);
    }
}

void TestWaits::testConditionTimeout()
{
    bool result = true;
    bool predicate = true;
    const Trace trace = runFn([&](RunContext& ctx) {
        Condition& cond = ctx.make<Condition>(ctx, u"c"_s);
        Guard g(cond);
        result = cond.wait(20);
        ctx.setOutcome(u"owned"_s, cond.lock().isOwnedByCaller());
        predicate = cond.waitFor([] { return false; }, 20);
    });
    QVERIFY(!result);
    QVERIFY(!predicate);
    QVERIFY(trace.meta().outcome.value(u"owned"_s).toBool()); // the lock is taken back after a timeout
    QVERIFY(countInstants(trace, InstantKind::Timeout) >= 2);
}

void TestWaits::testNotifyBeforeWaitIsLost()
{
    bool woken = true;
    const Trace trace = runFn([&](RunContext& ctx) {
        Condition& cond = ctx.make<Condition>(ctx, u"c"_s);
        {
            Guard g(cond);
            cond.notify(); // nobody waits yet
        }
        Guard g(cond);
        woken = cond.wait(30);
    });
    QVERIFY(!woken);
    bool lost = false;
    for (const Instant& i : trace.instants())
        lost |= i.kind == InstantKind::Notify && i.text == u"nobody was waiting: the notification is lost"_s;
    QVERIFY(lost);
    QCOMPARE(countFlows(trace, FlowKind::Notify), 0);
}

void TestWaits::testConditionNeedsLock_data()
{
    QTest::addColumn<bool>("wait");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wait") << true << u"RuntimeError: cannot wait on un-acquired lock"_s;
    QTest::newRow("notify") << false << u"RuntimeError: cannot notify on un-acquired lock"_s;
}

void TestWaits::testConditionNeedsLock()
{
    QFETCH(bool, wait);
    QFETCH(QString, expected);
    const Trace trace = runFn([&](RunContext& ctx) {
        Condition& cond = ctx.make<Condition>(ctx, u"c"_s);
        if (wait)
            cond.wait();
        else
            cond.notify();
    });
    const int main = actorNamed(trace, u"MainThread"_s);
    QCOMPARE(trace.states(main).back().state, State::Failed);
    QCOMPARE(exceptionOf(trace, main), expected);
}

void TestWaits::testEventReleasesAll_data()
{
    QTest::addColumn<int>("waiters");
    QTest::newRow("1 waiter") << 1;
    QTest::newRow("5 waiters") << 5;
}

void TestWaits::testEventReleasesAll()
{
    QFETCH(int, waiters);
    std::atomic<int> released { 0 };
    std::atomic<bool> early { false };
    const Trace trace = runFn([&](RunContext& ctx) {
        EventFlag& ev = ctx.make<EventFlag>(ctx, u"go"_s);
        std::vector<Thread> threads;
        for (int i = 0; i < waiters; ++i) {
            threads.emplace_back(ctx, u"w%1"_s.arg(i + 1), [&] {
                if (ev.wait())
                    ++released;
            });
            threads.back().start();
        }
        waitUntil(ctx, [&] { return int(ev.waiters().size()) == waiters; });
        early = released.load() != 0;
        ev.set();
        for (Thread& t : threads)
            t.join();
        ctx.setOutcome(u"late"_s, ev.wait(0)); // a set event lets a later wait through at once
    });
    QVERIFY(!early.load());
    QCOMPARE(released.load(), waiters);
    QCOMPARE(countFlows(trace, FlowKind::Set), waiters);
    QCOMPARE(countInstants(trace, InstantKind::Set), 1);
    QVERIFY(trace.meta().outcome.value(u"late"_s).toBool());
}

void TestWaits::testBarrier()
{
    QList<int> indices;
    std::mutex m;
    const Trace trace = runFn([&](RunContext& ctx) {
        Barrier& b = ctx.make<Barrier>(ctx, u"b"_s, 3);
        std::vector<Thread> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back(ctx, u"p%1"_s.arg(i + 1), [&] {
                const int index = b.wait();
                std::lock_guard lock(m);
                indices.append(index);
            });
            threads.back().start();
        }
        for (Thread& t : threads)
            t.join();
    });
    std::sort(indices.begin(), indices.end());
    QCOMPARE(indices, (QList<int> { 0, 1, 2 }));
    QCOMPARE(countFlows(trace, FlowKind::Notify), 2); // the last arrival releases the other two
}

void TestWaits::testBrokenBarrier()
{
    const Trace trace = runFn([&](RunContext& ctx) {
        Barrier& b = ctx.make<Barrier>(ctx, u"b"_s, 3);
        Thread t(ctx, u"early"_s, [&] { b.wait(); });
        t.start();
        waitUntil(ctx, [&] { return b.nWaiting() == 1; });
        b.abort();
        t.join();
        ctx.setOutcome(u"broken"_s, b.broken());
    });
    QVERIFY(trace.meta().outcome.value(u"broken"_s).toBool());
    const int early = actorNamed(trace, u"early"_s);
    QCOMPARE(trace.states(early).back().state, State::Failed);
    QCOMPARE(exceptionOf(trace, early), u"BrokenBarrierError"_s);
}

void TestWaits::testInterrupt_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* k : { "lock", "rlock", "semaphore", "condition", "condition lock", "event", "barrier", "join",
             "sleep", "spin" })
        QTest::newRow(k) << QString::fromLatin1(k);
}

// A thread stuck in a wait ends, cancelled, soon after the run is stopped.
void TestWaits::testInterrupt()
{
    QFETCH(QString, kind);
    QElapsedTimer clock;
    std::atomic<qint64> stoppedAt { 0 };
    const Trace trace = runFn([&](RunContext& ctx) {
        Mutex& lock = ctx.make<Mutex>(ctx, u"lock"_s);
        RecursiveMutex& rlock = ctx.make<RecursiveMutex>(ctx, u"rlock"_s);
        Semaphore& sem = ctx.make<Semaphore>(ctx, u"sem"_s, 0);
        Condition& cond = ctx.make<Condition>(ctx, u"cond"_s, &lock);
        EventFlag& ev = ctx.make<EventFlag>(ctx, u"ev"_s);
        Barrier& barrier = ctx.make<Barrier>(ctx, u"barrier"_s, 2);
        Thread endless(ctx, u"endless"_s, [&] { ev.wait(); });
        std::atomic<bool> spinning { false };
        Thread stuck(ctx, u"stuck"_s, [&] {
            if (kind == u"lock") {
                lock.acquire();
            } else if (kind == u"rlock") {
                rlock.acquire();
            } else if (kind == u"semaphore") {
                sem.acquire();
            } else if (kind == u"condition" || kind == u"condition lock") {
                Guard g(cond);
                cond.wait();
            } else if (kind == u"event") {
                ev.wait();
            } else if (kind == u"barrier") {
                barrier.wait();
            } else if (kind == u"join") {
                endless.join();
            } else if (kind == u"sleep") {
                ctx.sleepMs(60000);
            } else {
                spinning = true;
                ctx.spinMs(60000);
            }
        });
        if (kind == u"lock")
            lock.acquire();
        if (kind == u"rlock")
            rlock.acquire();
        if (kind == u"join")
            endless.start();
        stuck.start();
        const int actor = stuck.actor();
        waitUntil(ctx, [&] {
            if (kind == u"spin")
                return spinning.load();
            const auto table = ctx.waitTable();
            return table[std::size_t(actor)].waiting;
        });
        if (kind == u"condition lock") {
            // Woken by a notify, then stuck re-taking the lock the main thread holds.
            lock.acquire();
            cond.notify();
            waitUntil(ctx, [&] { return lock.waiters().size() == 1; });
        }
        clock.start();
        ctx.requestStop(StopReason::Cancelled);
        stoppedAt = 1;
        stuck.join(); // returns at once if `stuck` has already ended
        ctx.throwIfInterrupted(); // the run is stopping
    });
    QCOMPARE(stoppedAt.load(), 1);
    const int stuck = actorNamed(trace, u"stuck"_s);
    QCOMPARE(trace.states(stuck).back().state, State::Cancelled);
    QCOMPARE(trace.states(actorNamed(trace, u"MainThread"_s)).back().state, State::Cancelled);
    // Prompt: well under the minute the wait would have lasted, even on a busy machine.
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestWaits)
#include "tst_waits.moc"
