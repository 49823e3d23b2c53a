// SPDX-License-Identifier: MIT
// The process.* scenarios: each lesson under its defaults and other parameters, checked in the outcome
// and in the recorded picture. No timing assertions: only orders, counts and states.
#include "proctest.h"
#include "scenariotrace.h"

#include <QTest>

using namespace interleave;
using namespace interleave::scenariotest;
using namespace Qt::StringLiterals;

namespace {

QVariantList ints(std::initializer_list<qint64> values)
{
    QVariantList out;
    for (qint64 v : values)
        out << v;
    return out;
}

// Every child process ended in `state`, and none is left running in the system.
void checkChildren(const Trace& t, State state)
{
    for (const ActorInfo& a : t.actors()) {
        if (a.kind != ActorKind::Process)
            continue;
        QVERIFY2(a.pid > 0 && a.pid == a.tid, qPrintable(a.name));
        QCOMPARE(finalState(t, actorIndex(t, a.name)), state);
    }
    QVERIFY(proctest::childrenOfThisProcess().isEmpty());
}

} // namespace

class TestProcessScenarios : public QObject {
    Q_OBJECT
private slots:
    void testStartJoin_data();
    void testStartJoin();
    void testPool_data();
    void testPool();
    void testQueue_data();
    void testQueue();
    void testPipe_data();
    void testPipe();
    void testLock_data();
    void testLock();
    void testValue_data();
    void testValue();
    void testArray_data();
    void testArray();
    void testManager_data();
    void testManager();
};

void TestProcessScenarios::testStartJoin_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("processes");
    QTest::newRow("defaults") << QVariantMap() << 1;
    QTest::newRow("3 short") << map({ { "processes", 3 }, { "work_ms", 30 } }) << 3;
}

void TestProcessScenarios::testStartJoin()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, processes);
    const Run run = runScenario(u"process.start_join"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"alive_after_start"_s).toBool(), true);
    QCOMPARE(run.outcome.value(u"alive_after_join"_s).toBool(), false);
    QVariantList zeros;
    for (int i = 0; i < processes; ++i)
        zeros << 0;
    QCOMPARE(run.outcome.value(u"exitcodes"_s).toList(), zeros);
    // Real, distinct processes, none of them the app.
    QSet<qint64> pids;
    for (const QVariant& p : run.outcome.value(u"pids"_s).toList())
        pids.insert(p.toLongLong());
    QCOMPARE(int(pids.size()), processes);
    QVERIFY(!pids.contains(qint64(::getpid())));
    QCOMPARE(actorNames(run.trace, ActorKind::Process).size(), processes);
    // The parent waited for the first child at least (a join flow; a child already ended when its join
    // comes needs no wait), and every child slept in its own lane.
    const int joins = int(flowsOf(run.trace, FlowKind::Join).size());
    QVERIFY(joins >= 1 && joins <= processes);
    for (const QString& name : actorNames(run.trace, ActorKind::Process))
        QCOMPARE(int(intervalsIn(run.trace, actorIndex(run.trace, name), State::Sleeping).size()), 1);
    checkChildren(run.trace, State::Done);
}

void TestProcessScenarios::testPool_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QVariantList>("results");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("defaults: map") << QVariantMap() << ints({ 0, 1, 4, 9 }) << true;
    QTest::newRow("apply: one at a time")
        << map({ { "method", u"apply"_s }, { "items", 3 } }) << ints({ 0, 1, 4 }) << false;
    QTest::newRow("apply_async") << map({ { "method", u"apply_async"_s }, { "processes", 2 }, { "items", 5 } })
                                 << ints({ 0, 1, 4, 9, 16 }) << true;
    QTest::newRow("starmap") << map({ { "method", u"starmap"_s }, { "processes", 3 } }) << ints({ 0, 1, 4, 9 }) << true;
}

void TestProcessScenarios::testPool()
{
    QFETCH(QVariantMap, params);
    QFETCH(QVariantList, results);
    QFETCH(bool, overlap);
    const Run run = runScenario(u"process.pool"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"results"_s).toList(), results);
    const int most = run.outcome.value(u"max_concurrent"_s).toInt();
    const int processes = params.value(u"processes"_s, 4).toInt();
    QVERIFY(most <= processes);
    if (overlap)
        QVERIFY2(most >= 2, "tasks overlap in several workers");
    else
        QCOMPARE(most, 1);
    QVERIFY(actorNames(run.trace, ActorKind::Process).startsWith(u"SpawnPoolWorker-1"_s));
    checkChildren(run.trace, State::Done);
}

void TestProcessScenarios::testQueue_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("messages");
    QTest::newRow("defaults") << QVariantMap() << 1 << 1;
    QTest::newRow("3 producers, 4 messages") << map({ { "producers", 3 }, { "messages", 4 } }) << 3 << 4;
}

void TestProcessScenarios::testQueue()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, producers);
    QFETCH(int, messages);
    const Run run = runScenario(u"process.queue"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"received"_s).toInt(), producers * messages);
    // Each producer's messages arrive in the order it put them.
    const QStringList got = run.outcome.value(u"results"_s).toStringList();
    for (int p = 1; p <= producers; ++p) {
        int next = 0;
        for (const QString& m : got) {
            if (m.startsWith(u"Process-%1:"_s.arg(p)))
                QCOMPARE(m, u"Process-%1: message %2"_s.arg(p).arg(next++));
        }
        QCOMPARE(next, messages);
    }
    const auto puts = flowsOf(run.trace, FlowKind::Put);
    QCOMPARE(int(puts.size()), producers * messages);
    for (const Flow& f : puts)
        QCOMPARE(f.toActor, 0);
    checkChildren(run.trace, State::Done);
}

void TestProcessScenarios::testPipe_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("messages");
    QTest::addColumn<bool>("duplex");
    QTest::newRow("defaults") << QVariantMap() << 1 << true;
    QTest::newRow("duplex, 5") << map({ { "messages", 5 } }) << 5 << true;
    QTest::newRow("one-way, 5") << map({ { "messages", 5 }, { "duplex", false } }) << 5 << false;
}

void TestProcessScenarios::testPipe()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, messages);
    QFETCH(bool, duplex);
    const Run run = runScenario(u"process.pipe"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QStringList expected;
    for (int i = 0; i < messages; ++i)
        expected << u"hello %1"_s.arg(i);
    QCOMPARE(run.outcome.value(u"received"_s).toStringList(), expected);
    QCOMPARE(run.outcome.value(u"eof"_s).toBool(), true);
    QCOMPARE(run.outcome.value(u"replies"_s).toInt(), duplex ? messages : 0);
    // Messages both ways in duplex mode, one way otherwise.
    const int child = actorIndex(run.trace, u"Process-1"_s);
    int up = 0;
    int down = 0;
    for (const Flow& f : flowsOf(run.trace, FlowKind::Send))
        (f.fromActor == child ? up : down)++;
    QCOMPARE(up, messages);
    QCOMPARE(down, duplex ? messages : 0);
    checkChildren(run.trace, State::Done);
}

void TestProcessScenarios::testLock_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("processes");
    QTest::newRow("defaults") << QVariantMap() << 5;
    QTest::newRow("3, short holds") << map({ { "processes", 3 }, { "hold_ms", 20 } }) << 3;
}

void TestProcessScenarios::testLock()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, processes);
    const Run run = runScenario(u"process.lock"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"max_concurrent"_s).toInt(), 1);
    QCOMPARE(sorted(run.outcome.value(u"order"_s).toStringList()), sorted(actorNames(run.trace, ActorKind::Process)));
    QCOMPARE(run.outcome.value(u"order"_s).toStringList().size(), processes);
    checkChildren(run.trace, State::Done);
}

void TestProcessScenarios::testValue_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<bool>("loses");
    QTest::newRow("with the lock") << map({ { "lock", true }, { "increments", 20 }, { "window_us", 100 } }) << false;
    // Windows of milliseconds: the test machine may be overloaded, and a process woken from the barrier
    // can wait that long for a CPU (on an idle machine 100 us is plenty).
    QTest::newRow("no lock, window 2 ms") << map({ { "window_us", 2000 } }) << true;
    QTest::newRow("no lock, 3 processes, 5 increments, window 1 ms")
        << map({ { "processes", 3 }, { "increments", 5 }, { "window_us", 1000 } }) << true;
}

void TestProcessScenarios::testValue()
{
    QFETCH(QVariantMap, params);
    QFETCH(bool, loses);
    const Run run = runScenario(u"process.value"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const qint64 expected = run.outcome.value(u"expected"_s).toLongLong();
    const qint64 counter = run.outcome.value(u"counter"_s).toLongLong();
    QCOMPARE(run.outcome.value(u"lost"_s).toLongLong(), expected - counter);
    if (loses)
        QVERIFY2(counter < expected, qPrintable(u"counter %1 of %2"_s.arg(counter).arg(expected)));
    else
        QCOMPARE(counter, expected);
    checkChildren(run.trace, State::Done);
}

void TestProcessScenarios::testArray_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QVariantList>("results");
    QTest::newRow("defaults") << QVariantMap() << ints({ 0, -1, -2, -3 });
    QTest::newRow("two processes flip back") << map({ { "processes", 2 }, { "length", 3 } }) << ints({ 0, 1, 2 });
    QTest::newRow("three processes") << map({ { "processes", 3 }, { "length", 2 } }) << ints({ 0, -1 });
}

void TestProcessScenarios::testArray()
{
    QFETCH(QVariantMap, params);
    QFETCH(QVariantList, results);
    const Run run = runScenario(u"process.array"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"results"_s).toList(), results);
    // The plain list was copied into the children: the parent's is unchanged.
    QVariantList original;
    for (int i = 0; i < results.size(); ++i)
        original << i;
    QCOMPARE(run.outcome.value(u"plain_list"_s).toList(), original);
    QVERIFY(resourceIndex(run.trace, u"arr[0]"_s) >= 0);
    checkChildren(run.trace, State::Done);
}

void TestProcessScenarios::testManager_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("processes");
    QTest::newRow("defaults") << QVariantMap() << 2;
    QTest::newRow("5 processes") << map({ { "processes", 5 } }) << 5;
}

void TestProcessScenarios::testManager()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, processes);
    const Run run = runScenario(u"process.manager"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVariantMap expected;
    for (int i = 0; i < processes; ++i)
        expected.insert(u"Process-%1"_s.arg(i + 1), qint64(i) * i);
    const QVariantMap got = run.outcome.value(u"results"_s).toMap();
    QCOMPARE(got.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(got.value(it.key()).toLongLong(), it.value().toLongLong());
    // Every proxy call is a request to the manager and a reply back.
    const int manager = actorIndex(run.trace, u"SyncManager-1"_s);
    QVERIFY(manager >= 0);
    int toManager = 0;
    int fromManager = 0;
    for (const Flow& f : flowsOf(run.trace, FlowKind::Send)) {
        toManager += f.toActor == manager;
        fromManager += f.fromActor == manager;
    }
    QCOMPARE(toManager, processes + 2); // each child's store, the parent's copy and its shutdown
    QCOMPARE(fromManager, processes + 2);
    checkChildren(run.trace, State::Done);
}

QTEST_GUILESS_MAIN(TestProcessScenarios)
#include "tst_processscenarios.moc"
