// SPDX-License-Identifier: MIT
// Lock, RLock, Semaphore and BoundedSemaphore: exclusion, permits, FIFO hand-off, Python's errors.
#include "fnscenario.h"

#include "sync/mutex.h"
#include "sync/recursivemutex.h"
#include "sync/semaphore.h"
#include "sync/thread.h"

#include <QTest>

#include <atomic>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestLocks : public QObject {
    Q_OBJECT
private slots:
    void testMutualExclusion_data();
    void testMutualExclusion();
    void testSemaphoreBound_data();
    void testSemaphoreBound();
    void testFifoHandOff();
    void testHandOffRecordsRunnable();
    void testRLockRecursion();
    void testErrors_data();
    void testErrors();
    void testTimedAcquire_data();
    void testTimedAcquire();
    void testNonBlockingAcquire();
};

namespace {

// Starts `n` threads running fn(i) and joins them.
void runThreads(RunContext& ctx, int n, const std::function<void(int)>& fn)
{
    std::vector<Thread> threads;
    for (int i = 0; i < n; ++i)
        threads.emplace_back(ctx, QStringLiteral("worker %1").arg(i + 1), [fn, i] { fn(i); });
    for (Thread& t : threads)
        t.start();
    for (Thread& t : threads)
        t.join();
}

// The main thread polls (sleeping) until `pred` holds; the engine ends the run if it never does.
void waitUntil(RunContext& ctx, const std::function<bool()>& pred)
{
    while (!pred())
        ctx.sleepMs(1);
}

QString failureText(const Trace& trace, int actor)
{
    for (const Instant& i : trace.instants()) {
        if (i.actor == actor && i.kind == InstantKind::Exception)
            return i.text;
    }
    return {};
}

} // namespace

void TestLocks::testMutualExclusion_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("rounds");
    QTest::newRow("2 threads, 200 rounds") << 2 << 200;
    QTest::newRow("8 threads, 50 rounds") << 8 << 50;
    QTest::newRow("1000 threads, 2 rounds") << 1000 << 2;
}

void TestLocks::testMutualExclusion()
{
    QFETCH(int, threads);
    QFETCH(int, rounds);
    std::atomic<int> inside { 0 };
    std::atomic<int> most { 0 };
    const Trace trace = runFn([&](RunContext& ctx) {
        Mutex& lock = ctx.make<Mutex>(ctx, QStringLiteral("lock"));
        runThreads(ctx, threads, [&](int) {
            for (int r = 0; r < rounds; ++r) {
                Guard g(lock);
                const int now = inside.fetch_add(1) + 1;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) { }
                inside.fetch_sub(1);
            }
        });
    });
    QCOMPARE(most.load(), 1);
    const int lock = resourceNamed(trace, QStringLiteral("lock"));
    QCOMPARE(int(trace.holds(lock).size()), threads * rounds);
    QCOMPARE(maxConcurrentHolds(trace, lock), 1);
}

void TestLocks::testSemaphoreBound_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("permits");
    QTest::addColumn<bool>("bounded");
    QTest::newRow("4 workers, 2 permits") << 4 << 2 << false;
    QTest::newRow("6 workers, 3 permits, bounded") << 6 << 3 << true;
    QTest::newRow("3 workers, 1 permit") << 3 << 1 << false;
}

void TestLocks::testSemaphoreBound()
{
    QFETCH(int, workers);
    QFETCH(int, permits);
    QFETCH(bool, bounded);
    const Trace trace = runFn([&](RunContext& ctx) {
        Semaphore& sem = ctx.make<Semaphore>(ctx, QStringLiteral("permits"), permits, bounded);
        runThreads(ctx, workers, [&](int) {
            for (int r = 0; r < 3; ++r) {
                Guard g(sem);
                ctx.sleepMs(5);
            }
        });
        ctx.setOutcome(QStringLiteral("left"), sem.value());
    });
    const int sem = resourceNamed(trace, QStringLiteral("permits"));
    QCOMPARE(int(trace.holds(sem).size()), workers * 3);
    QVERIFY(maxConcurrentHolds(trace, sem) <= permits);
    QCOMPARE(trace.meta().outcome.value(QStringLiteral("left")).toInt(), permits);
    const auto& levels = trace.counter(sem);
    QVERIFY(!levels.empty());
    QCOMPARE(levels.front().value, qint64(permits)); // at creation
    QCOMPARE(levels.back().value, qint64(permits));
    for (const CounterPoint& p : levels)
        QVERIFY(p.value >= 0 && p.value <= permits);
}

void TestLocks::testFifoHandOff()
{
    QList<int> order;
    const Trace trace = runFn([&](RunContext& ctx) {
        Mutex& lock = ctx.make<Mutex>(ctx, QStringLiteral("lock"));
        lock.acquire();
        std::vector<Thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(ctx, QStringLiteral("t%1").arg(i + 1), [&, i] {
                Guard g(lock);
                order.append(i + 1);
            });
            threads.back().start();
            // Queue them one by one so that the arrival order is known.
            waitUntil(ctx, [&] { return int(lock.waiters().size()) == i + 1; });
        }
        lock.release();
        for (Thread& t : threads)
            t.join();
    });
    QCOMPARE(order, (QList<int> { 1, 2, 3, 4 }));
    // Each release hands the lock to the next in line: main -> t1 -> t2 -> t3 -> t4.
    QStringList chain;
    for (const Flow& f : trace.flows()) {
        if (f.kind == FlowKind::Release)
            chain.append(trace.actors()[std::size_t(f.fromActor)].name + u'>' + trace.actors()[std::size_t(f.toActor)].name);
    }
    QCOMPARE(chain, (QStringList { u"MainThread>t1"_s, u"t1>t2"_s, u"t2>t3"_s, u"t3>t4"_s }));
}

void TestLocks::testHandOffRecordsRunnable()
{
    const Trace trace = runFn([&](RunContext& ctx) {
        Mutex& lock = ctx.make<Mutex>(ctx, QStringLiteral("lock"));
        lock.acquire();
        Thread t(ctx, QStringLiteral("waiter"), [&] { Guard g(lock); });
        t.start();
        waitUntil(ctx, [&] { return lock.waiters().size() == 1; });
        lock.release();
        t.join();
    });
    const int waiter = actorNamed(trace, QStringLiteral("waiter"));
    QList<State> states;
    for (const StateInterval& s : trace.states(waiter))
        states.append(s.state);
    // Blocked on the lock, handed it (runnable), then running with it.
    const int blocked = int(states.indexOf(State::Blocked));
    QVERIFY(blocked >= 0);
    QVERIFY(states.indexOf(State::Runnable) > blocked);
    QCOMPARE(states.back(), State::Done);
    QCOMPARE(trace.states(waiter).at(std::size_t(blocked)).resource, resourceNamed(trace, QStringLiteral("lock")));
}

void TestLocks::testRLockRecursion()
{
    const Trace trace = runFn([&](RunContext& ctx) {
        RecursiveMutex& rlock = ctx.make<RecursiveMutex>(ctx, QStringLiteral("rlock"));
        for (int i = 0; i < 3; ++i)
            rlock.acquire();
        ctx.setOutcome(QStringLiteral("depth"), rlock.depth());
        Thread other(ctx, QStringLiteral("other"), [&] { rlock.release(); });
        other.start();
        other.join();
        for (int i = 0; i < 3; ++i)
            rlock.release();
        ctx.setOutcome(QStringLiteral("owner"), rlock.owner());
    });
    QCOMPARE(trace.meta().outcome.value(QStringLiteral("depth")).toInt(), 3);
    QCOMPARE(trace.meta().outcome.value(QStringLiteral("owner")).toInt(), -1);
    const int rlock = resourceNamed(trace, QStringLiteral("rlock"));
    QCOMPARE(int(trace.holds(rlock).size()), 1); // re-entry is one hold, deeper
    QList<qint64> depths;
    for (const CounterPoint& p : trace.counter(rlock))
        depths.append(p.value);
    QCOMPARE(depths, (QList<qint64> { 1, 2, 3, 2, 1, 0 }));
    const int other = actorNamed(trace, QStringLiteral("other"));
    QCOMPARE(trace.states(other).back().state, State::Failed);
    QCOMPARE(failureText(trace, other), u"RuntimeError: cannot release un-acquired lock"_s);
}

void TestLocks::testErrors_data()
{
    QTest::addColumn<QString>("primitive");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Lock released unlocked") << u"lock"_s << u"RuntimeError: release unlocked lock"_s;
    QTest::newRow("RLock released unlocked") << u"rlock"_s << u"RuntimeError: cannot release un-acquired lock"_s;
    QTest::newRow("BoundedSemaphore over-released")
        << u"bounded"_s << u"ValueError: Semaphore released too many times"_s;
}

void TestLocks::testErrors()
{
    QFETCH(QString, primitive);
    QFETCH(QString, expected);
    const Trace trace = runFn([&](RunContext& ctx) {
        if (primitive == u"lock") {
            ctx.make<Mutex>(ctx, u"x"_s).release();
        } else if (primitive == u"rlock") {
            ctx.make<RecursiveMutex>(ctx, u"x"_s).release();
        } else {
            Semaphore& s = ctx.make<Semaphore>(ctx, u"x"_s, 2, true);
            s.acquire();
            s.release();
            s.release();
        }
    });
    const int main = actorNamed(trace, u"MainThread"_s);
    QCOMPARE(trace.states(main).back().state, State::Failed);
    QCOMPARE(failureText(trace, main), expected);
}

void TestLocks::testTimedAcquire_data()
{
    QTest::addColumn<QString>("primitive");
    QTest::newRow("Lock") << u"lock"_s;
    QTest::newRow("RLock") << u"rlock"_s;
    QTest::newRow("Semaphore") << u"semaphore"_s;
}

void TestLocks::testTimedAcquire()
{
    QFETCH(QString, primitive);
    std::atomic<int> got { -1 };
    const Trace trace = runFn([&](RunContext& ctx) {
        std::function<bool(double)> tryTake;
        if (primitive == u"lock") {
            Mutex& m = ctx.make<Mutex>(ctx, u"x"_s);
            m.acquire();
            tryTake = [&m](double t) { return m.acquire(true, t); };
        } else if (primitive == u"rlock") {
            RecursiveMutex& m = ctx.make<RecursiveMutex>(ctx, u"x"_s);
            m.acquire();
            tryTake = [&m](double t) { return m.acquire(true, t); };
        } else {
            Semaphore& s = ctx.make<Semaphore>(ctx, u"x"_s, 1);
            s.acquire();
            tryTake = [&s](double t) { return s.acquire(true, t); };
        }
        Thread t(ctx, u"impatient"_s, [&] { got = tryTake(30) ? 1 : 0; });
        t.start();
        t.join();
    });
    QCOMPARE(got.load(), 0);
    const int actor = actorNamed(trace, u"impatient"_s);
    bool timedOut = false;
    for (const Instant& i : trace.instants())
        timedOut |= i.actor == actor && i.kind == InstantKind::Timeout && i.resource == resourceNamed(trace, u"x"_s);
    QVERIFY(timedOut);
    QCOMPARE(trace.states(actor).back().state, State::Done);
}

void TestLocks::testNonBlockingAcquire()
{
    QString error;
    bool first = false;
    bool second = true;
    runFn([&](RunContext& ctx) {
        Mutex& m = ctx.make<Mutex>(ctx, u"x"_s);
        first = m.acquire(false);
        second = m.acquire(false);
        try {
            m.acquire(false, 10);
        } catch (const PyError& e) {
            error = e.type + u": "_s + e.message;
        }
    });
    QVERIFY(first);
    QVERIFY(!second);
    QCOMPARE(error, u"ValueError: can't specify a timeout for a non-blocking call"_s);
}

QTEST_GUILESS_MAIN(TestLocks)
#include "tst_locks.moc"
