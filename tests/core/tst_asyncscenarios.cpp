// SPDX-License-Identifier: MIT
// The async.* scenarios: catalog entries (ids, parameters, defaults, texts) and each lesson under its
// defaults and other parameters, checked in the outcome and in the recorded picture. Short durations;
// no timing assertions beyond margins of hundreds of milliseconds.
#include "engine/registry.h"
#include "scenariotrace.h"

#include <QTest>

using namespace interleave;
using namespace interleave::scenariotest;
using namespace Qt::StringLiterals;

namespace {

// Time the actor spent in `state` (on `resource` when given), in ns.
qint64 timeIn(const Trace& t, int actor, State s, int resource = -1)
{
    qint64 total = 0;
    for (const StateInterval& i : intervalsIn(t, actor, s, resource))
        total += i.end - i.start;
    return total;
}

QStringList names(const char* pattern, int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << QString::fromLatin1(pattern).arg(i);
    return out;
}

} // namespace

class TestAsyncScenarios : public QObject {
    Q_OBJECT
private slots:
    void testHello();
    void testTasks_data();
    void testTasks();
    void testHundredThousandTasks();
    void testGather_data();
    void testGather();
    void testWait_data();
    void testWait();
    void testWaitFor_data();
    void testWaitFor();
    void testLock();
    void testSemaphore_data();
    void testSemaphore();
    void testGenerator();
    void testCancel_data();
    void testCancel();
    void testQueue_data();
    void testQueue();
    void testBlocking_data();
    void testBlocking();
};

void TestAsyncScenarios::testHello()
{
    const Run run = runScenario(u"async.hello"_s, map({ { "delay_ms", 30 } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"printed"_s).toStringList(), (QStringList { u"hello"_s, u"world"_s }));
    const Trace& t = run.trace;
    const int main = actorIndex(t, u"main"_s);
    QVERIFY(main >= 0);
    QCOMPARE(t.actors()[std::size_t(main)].kind, ActorKind::Task);
    QVERIFY(timeIn(t, main, State::Suspended, resourceIndex(t, u"timer"_s)) >= 20000000); // asleep on the timer
    QCOMPARE(finalState(t, main), State::Done);
    const auto wakes = flowsOf(t, FlowKind::Wake);
    QCOMPARE(int(wakes.size()), 1); // the timer wakes main: an arrow from the loop thread
    QCOMPARE(wakes.front().fromActor, actorIndex(t, u"MainThread"_s));
    QCOMPARE(wakes.front().toActor, main);
    QVERIFY(resourceIndex(t, u"event loop"_s) >= 0);
}

void TestAsyncScenarios::testTasks_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("delay");
    QTest::newRow("two") << 2 << 50;
    QTest::newRow("ten") << 10 << 100;
    QTest::newRow("no delay") << 4 << 0;
}

void TestAsyncScenarios::testTasks()
{
    QFETCH(int, tasks);
    QFETCH(int, delay);
    const Run run = runScenario(u"async.tasks"_s, map({ { "tasks", tasks }, { "delay_ms", delay } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"completed"_s).toInt(), tasks);
    QCOMPARE(run.outcome.value(u"max_concurrent"_s).toInt(), tasks); // every sleep overlaps
    QCOMPARE(sorted(run.outcome.value(u"completion_order"_s).toStringList()), sorted(names("Task-%1", tasks)));
    QCOMPARE(actorNames(run.trace, ActorKind::Task), QStringList { u"main"_s } + names("Task-%1", tasks));
    if (delay > 0 && tasks >= 10)
        QVERIFY(run.outcome.value(u"elapsed_ms"_s).toLongLong() < run.outcome.value(u"sequential_ms"_s).toLongLong());
}

void TestAsyncScenarios::testHundredThousandTasks()
{
    const Run run = runScenario(u"async.tasks"_s, map({ { "tasks", 100000 }, { "delay_ms", 100 } }), 600000);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"completed"_s).toInt(), 100000);
    QCOMPARE(run.outcome.value(u"max_concurrent"_s).toInt(), 100000);
    QVERIFY(!run.outcome.contains(u"completion_order"_s));
    const Trace& t = run.trace;
    QCOMPARE(int(actorNames(t, ActorKind::Task).size()), 100001);
    const int last = actorIndex(t, u"Task-100000"_s);
    QVERIFY(last >= 0);
    QCOMPARE(finalState(t, last), State::Done);
}

void TestAsyncScenarios::testGather_data()
{
    QTest::addColumn<int>("tasks");
    QTest::newRow("three") << 3;
    QTest::newRow("five") << 5;
    QTest::newRow("one") << 1;
}

void TestAsyncScenarios::testGather()
{
    QFETCH(int, tasks);
    const Run run = runScenario(u"async.gather"_s, map({ { "tasks", tasks }, { "delay_ms", 150 } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVariantList expected;
    QStringList reversed;
    for (int i = 0; i < tasks; ++i) {
        expected << (i + 1) * 10;
        reversed.prepend(u"Task-%1"_s.arg(i + 1));
    }
    QCOMPARE(run.outcome.value(u"results"_s).toList(), expected); // argument order
    QCOMPARE(run.outcome.value(u"completion_order"_s).toStringList(), reversed); // the reverse
    const Trace& t = run.trace;
    const int main = actorIndex(t, u"main"_s);
    const int gather = resourceIndex(t, u"gather"_s);
    QVERIFY(gather >= 0);
    QVERIFY(!intervalsIn(t, main, State::Suspended, gather).empty());
    // The wake into main comes from the task that finished last: Task-1.
    bool wakeFromFirst = false;
    for (const Flow& f : flowsOf(t, FlowKind::Wake))
        wakeFromFirst |= f.toActor == main && f.fromActor == actorIndex(t, u"Task-1"_s);
    QVERIFY(wakeFromFirst);
}

void TestAsyncScenarios::testWait_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<QStringList>("done");
    QTest::addColumn<QStringList>("pending");
    QTest::newRow("all") << u"all"_s << 2 << names("Task-%1", 2) << QStringList();
    QTest::newRow("first") << u"first"_s << 2 << QStringList { u"Task-1"_s } << QStringList { u"Task-2"_s };
    QTest::newRow("first of three") << u"first"_s << 3 << QStringList { u"Task-1"_s }
                                    << QStringList { u"Task-2"_s, u"Task-3"_s };
}

void TestAsyncScenarios::testWait()
{
    QFETCH(QString, when);
    QFETCH(int, tasks);
    QFETCH(QStringList, done);
    QFETCH(QStringList, pending);
    const Run run = runScenario(u"async.wait"_s, map({ { "tasks", tasks }, { "return_when", when } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"done"_s).toStringList(), done);
    QCOMPARE(run.outcome.value(u"pending"_s).toStringList(), pending);
    const QVariantList cancelled = run.outcome.value(u"cancelled"_s).toList();
    QCOMPARE(cancelled.size(), tasks);
    for (int i = 0; i < tasks; ++i) {
        const QString name = u"Task-%1"_s.arg(i + 1);
        QCOMPARE(cancelled.at(i).toBool(), pending.contains(name));
        QCOMPARE(finalState(run.trace, actorIndex(run.trace, name)),
            pending.contains(name) ? State::Cancelled : State::Done);
    }
    QCOMPARE(int(flowsOf(run.trace, FlowKind::Cancel).size()), int(pending.size()));
}

void TestAsyncScenarios::testWaitFor_data()
{
    QTest::addColumn<int>("work");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<bool>("timedOut");
    QTest::newRow("too slow") << 2000 << 60 << true;
    QTest::newRow("in time") << 20 << 2000 << false;
}

void TestAsyncScenarios::testWaitFor()
{
    QFETCH(int, work);
    QFETCH(int, timeout);
    QFETCH(bool, timedOut);
    const Run run = runScenario(u"async.wait_for"_s, map({ { "work_ms", work }, { "timeout_ms", timeout } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"timed_out"_s).toBool(), timedOut);
    QCOMPARE(run.outcome.value(u"cancelled"_s).toBool(), timedOut); // the inner task saw CancelledError
    const Trace& t = run.trace;
    const int inner = actorIndex(t, u"Task-1"_s);
    QCOMPARE(finalState(t, inner), timedOut ? State::Cancelled : State::Done);
    QCOMPARE(countInstants(t, InstantKind::Timeout), timedOut ? 1 : 0);
    if (timedOut) {
        QCOMPARE(markTexts(t, inner), QStringList { u"work: cancelled, cleaning up"_s });
        QVERIFY(run.outcome.value(u"result"_s).isNull());
        QVERIFY(run.outcome.value(u"elapsed_ms"_s).toLongLong() < work);
    } else {
        QCOMPARE(run.outcome.value(u"result"_s).toInt(), 42);
    }
}

void TestAsyncScenarios::testLock()
{
    const Run run = runScenario(u"async.lock"_s, map({ { "tasks", 3 }, { "hold_ms", 40 } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"max_concurrent"_s).toInt(), 1);
    QCOMPARE(run.outcome.value(u"acquire_order"_s).toStringList(), names("worker-%1", 3)); // FIFO
    const Trace& t = run.trace;
    const int lock = resourceIndex(t, u"lock"_s);
    QCOMPARE(maxOverlap(t.holds(lock)), 1);
    QCOMPARE(int(t.holds(lock).size()), 3);
    QCOMPARE(int(flowsOf(t, FlowKind::Release).size()), 2); // a hand-over to each waiter
    QVERIFY(!intervalsIn(t, actorIndex(t, u"worker-3"_s), State::Suspended, lock).empty());
}

void TestAsyncScenarios::testSemaphore_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("permits");
    QTest::newRow("5 tasks, 2 permits") << 5 << 2;
    QTest::newRow("4 tasks, 4 permits") << 4 << 4;
    QTest::newRow("6 tasks, 1 permit") << 6 << 1;
}

void TestAsyncScenarios::testSemaphore()
{
    QFETCH(int, tasks);
    QFETCH(int, permits);
    const Run run
        = runScenario(u"async.semaphore"_s, map({ { "tasks", tasks }, { "permits", permits }, { "hold_ms", 40 } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"max_concurrent"_s).toInt(), permits);
    const Trace& t = run.trace;
    const int sem = resourceIndex(t, u"semaphore"_s);
    QCOMPARE(maxOverlap(t.holds(sem)), permits);
    QCOMPARE(int(flowsOf(t, FlowKind::Release).size()), tasks - permits);
    // The level chart never goes below zero and ends where it started.
    const auto& level = t.counter(sem);
    QVERIFY(!level.empty());
    QCOMPARE(level.back().value, qint64(permits));
    for (const CounterPoint& p : level)
        QVERIFY(p.value >= 0 && p.value <= permits);
}

void TestAsyncScenarios::testGenerator()
{
    const Run run = runScenario(u"async.generator"_s, map({ { "items", 4 }, { "interval_ms", 40 } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"results"_s).toList(), (QVariantList { 0, 1, 2, 3 }));
    QVERIFY(run.outcome.value(u"beats"_s).toInt() >= 1); // the loop ran another task meanwhile
    const Trace& t = run.trace;
    const int main = actorIndex(t, u"main"_s);
    // The generator runs inside main: main sleeps on the timer before each item.
    QVERIFY(int(intervalsIn(t, main, State::Suspended, resourceIndex(t, u"timer"_s)).size()) >= 4);
    QCOMPARE(markTexts(t, main), (QStringList { u"got 0"_s, u"got 1"_s, u"got 2"_s, u"got 3"_s }));
    QCOMPARE(finalState(t, actorIndex(t, u"heartbeat"_s)), State::Cancelled);
}

void TestAsyncScenarios::testCancel_data()
{
    QTest::addColumn<int>("work");
    QTest::addColumn<int>("cancelAfter");
    QTest::addColumn<bool>("cancelled");
    QTest::newRow("cancelled while sleeping") << 5000 << 40 << true;
    QTest::newRow("finished first") << 10 << 300 << false;
}

void TestAsyncScenarios::testCancel()
{
    QFETCH(int, work);
    QFETCH(int, cancelAfter);
    QFETCH(bool, cancelled);
    const Run run = runScenario(u"async.cancel"_s, map({ { "work_ms", work }, { "cancel_after_ms", cancelAfter } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"cancelled"_s).toBool(), cancelled);
    QCOMPARE(run.outcome.value(u"cleaned_up"_s).toBool(), cancelled);
    const Trace& t = run.trace;
    const int worker = actorIndex(t, u"worker"_s);
    QCOMPARE(finalState(t, worker), cancelled ? State::Cancelled : State::Done);
    if (cancelled) {
        const auto flows = flowsOf(t, FlowKind::Cancel);
        QCOMPARE(int(flows.size()), 1);
        QCOMPARE(flows.front().fromActor, actorIndex(t, u"main"_s));
        QCOMPARE(flows.front().toActor, worker);
        QCOMPARE(countInstants(t, InstantKind::Cancel), 1); // where CancelledError was raised
        QVERIFY(run.outcome.value(u"elapsed_ms"_s).toLongLong() < work);
    } else {
        QCOMPARE(run.outcome.value(u"result"_s).toInt(), 42);
        QVERIFY(markTexts(t, actorIndex(t, u"main"_s)).contains(u"cancel() returned False"_s));
    }
}

void TestAsyncScenarios::testQueue_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("consumers");
    QTest::addColumn<bool>("waited");
    QTest::newRow("defaults") << QVariantMap() << 10 << 2 << false;
    QTest::newRow("bounded: maxsize 1") << map({ { "items", 6 }, { "maxsize", 1 }, { "consumers", 1 } }) << 6 << 1
                                        << true;
    QTest::newRow("2 producers, 3 consumers")
        << map({ { "producers", 2 }, { "consumers", 3 }, { "items", 9 } }) << 9 << 3 << false;
}

void TestAsyncScenarios::testQueue()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, items);
    QFETCH(int, consumers);
    QFETCH(bool, waited);
    const Run run = runScenario(u"async.queue"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.outcome.value(u"consumed"_s).toInt(), items);
    QVariantList order = run.outcome.value(u"completion_order"_s).toList();
    QList<int> got;
    for (const QVariant& v : order)
        got << v.toInt();
    std::sort(got.begin(), got.end());
    QList<int> all;
    for (int i = 0; i < items; ++i)
        all << i;
    QCOMPARE(got, all); // every item exactly once
    int total = 0;
    for (const QVariant& v : run.outcome.value(u"consumer_counts"_s).toList())
        total += v.toInt();
    QCOMPARE(total, items);
    QCOMPARE(run.outcome.value(u"producer_waited"_s).toBool(), waited);
    const Trace& t = run.trace;
    QCOMPARE(int(flowsOf(t, FlowKind::Put).size()), items); // an arrow per item, producer -> consumer
    const int queue = resourceIndex(t, u"queue"_s);
    QVERIFY(!t.counter(queue).empty());
    for (int c = 1; c <= consumers; ++c)
        QCOMPARE(finalState(t, actorIndex(t, u"consumer-%1"_s.arg(c))), State::Cancelled);
    QVERIFY(markTexts(t, actorIndex(t, u"main"_s)).contains(u"join() returned: every item processed"_s));
}

void TestAsyncScenarios::testBlocking_data()
{
    QTest::addColumn<QString>("fix");
    QTest::newRow("none") << u"none"_s;
    QTest::newRow("executor") << u"executor"_s;
}

void TestAsyncScenarios::testBlocking()
{
    QFETCH(QString, fix);
    const int blockMs = 400;
    const Run run = runScenario(u"async.blocking"_s, map({ { "tasks", 2 }, { "block_ms", blockMs }, { "fix", fix } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const bool executor = fix == u"executor"_s;
    QCOMPARE(run.outcome.value(u"ticks"_s).toInt(), 12);
    QCOMPARE(run.outcome.value(u"stalled"_s).toBool(), !executor);
    const Trace& t = run.trace;
    const int main = actorIndex(t, u"main"_s);
    const int worker = actorIndex(t, u"asyncio_0"_s);
    QCOMPARE(worker >= 0, executor);
    // Where the blocking call ran: main's own lane (sleeping) or the worker's.
    const auto blocked = intervalsIn(t, executor ? worker : main, State::Sleeping);
    QCOMPARE(int(blocked.size()), 1);
    // During the call, did any ticker run? Never without the fix; with it, yes.
    int tickerSteps = 0;
    for (int i = 1; i <= 2; ++i) {
        for (const StateInterval& s : intervalsIn(t, actorIndex(t, u"ticker-%1"_s.arg(i)), State::Running))
            tickerSteps += s.start > blocked.front().start && s.start < blocked.front().end;
    }
    if (executor)
        QVERIFY(tickerSteps >= 2);
    else
        QCOMPARE(tickerSteps, 0);
}

QTEST_GUILESS_MAIN(TestAsyncScenarios)
#include "tst_asyncscenarios.moc"
