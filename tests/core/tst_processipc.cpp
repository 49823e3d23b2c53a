// SPDX-License-Identifier: MIT
// Inter-process primitives between the parent and real worker processes: queues, pipes, locks, shared
// values and the pool. Orders, blocking, end-of-file and exclusion; no timing assertions.
#include "fnscenario.h"
#include "process/connection.h"
#include "process/process.h"
#include "process/processpool.h"
#include "process/queue.h"
#include "process/sharedlock.h"
#include "process/shmvalue.h"
#include "proctest.h"
#include "scenariotrace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace interleave;
using namespace interleave::proctest;
using namespace Qt::StringLiterals;

namespace {

QJsonArray range(int n)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(i);
    return a;
}

// Whether `actor` was ever in state `s` on `resource`.
bool wasIn(const Trace& t, int actor, State s, int resource)
{
    return !scenariotest::intervalsIn(t, actor, s, resource).empty();
}

} // namespace

class TestProcessIpc : public QObject {
    Q_OBJECT
private slots:
    void testQueueParentToChild();
    void testQueueChildToParentBlocks();
    void testQueueGetTimeout();
    void testPipeOrderAndEndOfFile();
    void testPipeEndOfFileInChild();
    void testPipeDuplexEcho();
    void testPipeOneWay();
    void testLockExcludes();
    void testLockHandedToChild();
    void testValue_data();
    void testValue();
    void testPool_data();
    void testPool();
    void testPoolException();
    void testStuckWaitsEndTheRun_data();
    void testStuckWaitsEndTheRun();
    void testCancelWithLiveChildren();
};

void TestProcessIpc::testQueueParentToChild()
{
    QJsonValue got;
    int res = -1;
    const Trace t = runFn([&](RunContext& ctx) {
        Queue& q = ctx.make<Queue>(ctx);
        res = q.resource();
        for (const QJsonValue& v : range(5))
            q.put(v);
        QCOMPARE(q.qsize(), 5);
        Process p(ctx, u"process.get"_s, ProcessArgs() << q << 5);
        p.start();
        p.join();
        got = p.result();
        QCOMPARE(q.qsize(), 0);
    });
    QCOMPARE(got.toArray(), range(5));
    const auto puts = scenariotest::flowsOf(t, FlowKind::Put);
    QCOMPARE(int(puts.size()), 5);
    const int child = actorNamed(t, u"Process-1"_s);
    for (const Flow& f : puts) {
        QCOMPARE(f.fromActor, 0);
        QCOMPARE(f.toActor, child);
        QCOMPARE(f.resource, res);
    }
    // The queue's level went up to 5 and back to 0.
    QCOMPARE(t.counter(res).back().value, 0);
    qint64 most = 0;
    for (const CounterPoint& c : t.counter(res))
        most = std::max(most, c.value);
    QCOMPARE(most, 5);
}

void TestProcessIpc::testQueueChildToParentBlocks()
{
    QJsonArray got;
    int res = -1;
    const Trace t = runFn([&](RunContext& ctx) {
        Queue& q = ctx.make<Queue>(ctx);
        res = q.resource();
        Process p(ctx, u"process.put"_s, ProcessArgs() << q << QJsonArray { u"a"_s, u"b"_s, u"c"_s });
        p.start();
        // The child needs a while to start: the first get() waits.
        for (int i = 0; i < 3; ++i)
            got.append(q.get());
        p.join();
    });
    QCOMPARE(got, (QJsonArray { u"a"_s, u"b"_s, u"c"_s }));
    QVERIFY(wasIn(t, 0, State::Waiting, res));
    const auto puts = scenariotest::flowsOf(t, FlowKind::Put);
    QCOMPARE(int(puts.size()), 3);
    QCOMPARE(puts[0].toActor, 0);
}

void TestProcessIpc::testQueueGetTimeout()
{
    QString error;
    runFn([&](RunContext& ctx) {
        Queue& q = ctx.make<Queue>(ctx);
        try {
            q.get(50);
        } catch (const PyError& e) {
            error = e.type;
        }
    });
    QCOMPARE(error, u"Empty"_s);
}

void TestProcessIpc::testPipeOrderAndEndOfFile()
{
    QJsonArray got;
    QString end;
    int res = -1;
    const Trace t = runFn([&](RunContext& ctx) {
        auto [mine, theirs] = makePipe(ctx);
        res = mine.resource();
        Process p(ctx, u"process.send"_s, ProcessArgs() << theirs << range(4) << true);
        p.start();
        theirs.close(); // our copy: only the child holds that end now
        for (;;) {
            try {
                got.append(mine.recv());
            } catch (const PyError& e) {
                end = e.type;
                break;
            }
        }
        p.join();
    });
    QCOMPARE(got, range(4));
    QCOMPARE(end, u"EOFError"_s);
    QVERIFY(wasIn(t, 0, State::Io, res));
    const auto sends = scenariotest::flowsOf(t, FlowKind::Send);
    QCOMPARE(int(sends.size()), 4);
    for (std::size_t i = 1; i < sends.size(); ++i)
        QVERIFY(sends[i - 1].toTime <= sends[i].toTime);
}

void TestProcessIpc::testPipeEndOfFileInChild()
{
    QJsonValue got;
    runFn([&](RunContext& ctx) {
        auto [mine, theirs] = makePipe(ctx);
        Process p(ctx, u"process.recv_all"_s, ProcessArgs() << theirs);
        p.start();
        theirs.close();
        mine.send(u"x"_s);
        mine.send(QJsonArray { 1, 2 });
        mine.close(); // the child's recv() then sees end-of-file
        p.join();
        got = p.result();
    });
    QCOMPARE(got.toArray(), (QJsonArray { u"x"_s, QJsonArray { 1, 2 }, u"EOF"_s }));
}

void TestProcessIpc::testPipeDuplexEcho()
{
    QJsonArray got;
    int echoed = -1;
    runFn([&](RunContext& ctx) {
        auto [mine, theirs] = makePipe(ctx, true);
        Process p(ctx, u"process.echo_back"_s, ProcessArgs() << theirs);
        p.start();
        theirs.close();
        for (const QJsonValue& v : range(3)) {
            mine.send(v);
            got.append(mine.recv());
        }
        mine.close();
        p.join();
        echoed = p.result().toInt();
    });
    QCOMPARE(got, range(3));
    QCOMPARE(echoed, 3);
}

void TestProcessIpc::testPipeOneWay()
{
    QStringList errors;
    runFn([&](RunContext& ctx) {
        auto [reader, writer] = makePipe(ctx, false);
        QVERIFY(reader.readable() && !reader.writable());
        QVERIFY(writer.writable() && !writer.readable());
        try {
            reader.send(1);
        } catch (const PyError& e) {
            errors << e.type;
        }
        try {
            writer.recv();
        } catch (const PyError& e) {
            errors << e.type;
        }
        writer.send(7);
        QCOMPARE(reader.recv().toInt(), 7);
    });
    QCOMPARE(errors, (QStringList { u"OSError"_s, u"OSError"_s }));
}

void TestProcessIpc::testLockExcludes()
{
    int res = -1;
    const Trace t = runFn([&](RunContext& ctx) {
        SharedLock& lock = ctx.make<SharedLock>(ctx);
        res = lock.resource();
        std::vector<Process> ps;
        for (int i = 0; i < 3; ++i)
            ps.emplace_back(ctx, u"process.hold"_s, ProcessArgs() << lock << 60);
        for (Process& p : ps)
            p.start();
        for (Process& p : ps)
            p.join();
    });
    QCOMPARE(int(t.holds(res).size()), 3);
    QCOMPARE(scenariotest::maxOverlap(t.holds(res)), 1);
}

void TestProcessIpc::testLockHandedToChild()
{
    int res = -1;
    const Trace t = runFn([&](RunContext& ctx) {
        SharedLock& lock = ctx.make<SharedLock>(ctx);
        res = lock.resource();
        lock.acquire();
        Process p(ctx, u"process.hold"_s, ProcessArgs() << lock << 1);
        p.start();
        // Released only once the child is blocked on it.
        QVERIFY(QTest::qWaitFor([&] { return ctx.waitTable()[std::size_t(p.actor())].waiting; }, 20000));
        lock.release();
        p.join();
    });
    const int child = actorNamed(t, u"Process-1"_s);
    QVERIFY(wasIn(t, child, State::Blocked, res));
    const auto releases = scenariotest::flowsOf(t, FlowKind::Release);
    QCOMPARE(int(releases.size()), 1);
    QCOMPARE(releases[0].fromActor, 0);
    QCOMPARE(releases[0].toActor, child);
}

void TestProcessIpc::testValue_data()
{
    QTest::addColumn<bool>("lock");
    QTest::newRow("with get_lock()") << true;
    QTest::newRow("without a lock") << false;
}

void TestProcessIpc::testValue()
{
    QFETCH(bool, lock);
    const int processes = 4;
    const int increments = lock ? 200 : 500;
    qint64 final = -1;
    runFn([&](RunContext& ctx) {
        ShmValue& v = ctx.make<ShmValue>(ctx);
        std::vector<Process> ps;
        for (int i = 0; i < processes; ++i)
            ps.emplace_back(ctx, u"process.increment"_s, ProcessArgs() << v << increments << lock);
        for (Process& p : ps)
            p.start();
        for (Process& p : ps)
            p.join();
        final = v.read();
    });
    if (lock)
        QCOMPARE(final, qint64(processes) * increments);
    else
        QVERIFY2(final < qint64(processes) * increments, qPrintable(QString::number(final)));
}

void TestProcessIpc::testPool_data()
{
    QTest::addColumn<QString>("method");
    for (const char* m : { "map", "apply", "apply_async", "starmap" })
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestProcessIpc::testPool()
{
    QFETCH(QString, method);
    QJsonArray results;
    const Trace t = runFn([&](RunContext& ctx) {
        ProcessPool pool(ctx, 2);
        // process.echo returns its arguments: results show what each task got, in input order.
        if (method == u"map") {
            results = pool.map(u"process.echo"_s, range(5));
        } else if (method == u"apply") {
            for (const QJsonValue& x : range(5))
                results.append(pool.apply(u"process.echo"_s, QJsonArray { x }));
        } else if (method == u"apply_async") {
            std::vector<ProcessPool::AsyncResult> pending;
            for (const QJsonValue& x : range(5))
                pending.push_back(pool.applyAsync(u"process.echo"_s, QJsonArray { x }));
            for (auto& r : pending)
                results.append(r.get());
        } else {
            QJsonArray lists;
            for (const QJsonValue& x : range(5))
                lists.append(QJsonArray { x, u"y"_s });
            results = pool.starmap(u"process.echo"_s, lists);
        }
        pool.close();
        pool.join();
    });
    QJsonArray expected;
    for (const QJsonValue& x : range(5))
        expected.append(method == u"starmap" ? QJsonArray { x, u"y"_s } : QJsonArray { x });
    QCOMPARE(results, expected);
    QCOMPARE(int(scenariotest::flowsOf(t, FlowKind::Submit).size()), 5);
    QCOMPARE(int(scenariotest::flowsOf(t, FlowKind::Wake).size()), 5);
    const QStringList workers = scenariotest::actorNames(t, ActorKind::Process);
    QCOMPARE(workers, (QStringList { u"SpawnPoolWorker-1"_s, u"SpawnPoolWorker-2"_s }));
    for (const QString& w : workers)
        QCOMPARE(scenariotest::finalState(t, actorNamed(t, w)), State::Done);
}

void TestProcessIpc::testPoolException()
{
    QString error;
    runFn([&](RunContext& ctx) {
        ProcessPool pool(ctx, 1);
        try {
            pool.apply(u"process.raise"_s, QJsonArray { u"ValueError"_s, u"boom"_s });
        } catch (const PyError& e) {
            error = e.type + u": "_s + e.message;
        }
        // The worker survives a task's exception.
        QCOMPARE(pool.apply(u"process.echo"_s, QJsonArray { 1 }), QJsonValue(QJsonArray { 1 }));
        pool.close();
        pool.join();
    });
    QCOMPARE(error, u"ValueError: boom"_s);
}

void TestProcessIpc::testStuckWaitsEndTheRun_data()
{
    QTest::addColumn<QString>("wait");
    QTest::newRow("queue get") << u"queue"_s;
    QTest::newRow("pipe recv") << u"pipe"_s;
    QTest::newRow("lock acquired twice") << u"lock"_s;
}

void TestProcessIpc::testStuckWaitsEndTheRun()
{
    QFETCH(QString, wait);
    const Trace t = runFn([&](RunContext& ctx) {
        if (wait == u"queue") {
            ctx.make<Queue>(ctx).get();
        } else if (wait == u"pipe") {
            auto [a, b] = makePipe(ctx);
            a.recv();
        } else {
            SharedLock& lock = ctx.make<SharedLock>(ctx);
            lock.acquire();
            lock.acquire();
        }
    });
    // Nobody can wake the parent: the deadlock detector stops the run and the wait ends.
    QCOMPARE(t.meta().outcome.value(u"deadlock"_s).toBool(), true);
    QCOMPARE(scenariotest::finalState(t, 0), State::Cancelled);
}

void TestProcessIpc::testCancelWithLiveChildren()
{
    FnScenario scenario([](RunContext& ctx) {
        Queue& q = ctx.make<Queue>(ctx);
        SharedLock& lock = ctx.make<SharedLock>(ctx);
        ShmValue& v = ctx.make<ShmValue>(ctx);
        std::vector<Process> ps;
        ps.emplace_back(ctx, u"process.get"_s, ProcessArgs() << q << 1); // blocked in get()
        ps.emplace_back(ctx, u"process.hold"_s, ProcessArgs() << lock << 60000); // holds the lock
        ps.emplace_back(ctx, u"process.increment"_s, ProcessArgs() << v << 100000000 << false);
        for (Process& p : ps)
            p.start();
        ctx.sleepMs(100);
        lock.acquire(); // blocked in the parent too
    });
    Runner runner;
    QSignalSpy finished(&runner, &Runner::finished);
    QString error;
    QVERIFY(runner.start(scenario, RunRequest(), &error) != 0);
    QVERIFY(QTest::qWaitFor([] { return childrenOfThisProcess().size() == 3; }, 20000));
    QVERIFY(ourShmNames().isEmpty()); // the names are unlinked as soon as the memory is mapped
    QTest::qWait(200);
    runner.cancel();
    QVERIFY(finished.wait(20000));
    QVERIFY(childrenOfThisProcess().isEmpty());
    QVERIFY(ourShmNames().isEmpty());
    const Trace t = finished.at(0).at(1).value<Trace>();
    for (const QString& name : scenariotest::actorNames(t, ActorKind::Process))
        QCOMPARE(scenariotest::finalState(t, actorNamed(t, name)), State::Cancelled);
}

QTEST_GUILESS_MAIN(TestProcessIpc)
#include "tst_processipc.moc"
