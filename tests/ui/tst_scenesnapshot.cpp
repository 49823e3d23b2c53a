// SPDX-License-Identifier: MIT
#include "scene/scenesnapshot.h"
#include "scenetraces.h"

#include <QTest>

using namespace interleave;
using namespace interleave::scenetest;

namespace {

int actorNamed(const Trace& t, const QString& name)
{
    for (std::size_t a = 0; a < t.actors().size(); ++a) {
        if (t.actors()[a].name == name)
            return int(a);
    }
    return -1;
}

int resourceNamed(const Trace& t, const QString& name, ResourceKind notKind = ResourceKind::Thread)
{
    for (std::size_t r = 0; r < t.resources().size(); ++r) {
        if (t.resources()[r].name == name && t.resources()[r].kind != notKind)
            return int(r);
    }
    return -1;
}

QStringList names(const Trace& t, const std::vector<int>& actors)
{
    QStringList out;
    for (int a : actors)
        out.append(a >= 0 ? t.actors()[std::size_t(a)].name : QStringLiteral("?"));
    return out;
}

QStringList holderNames(const Trace& t, const ResourceSnapshot& r)
{
    std::vector<int> actors;
    for (const HolderSnapshot& h : r.holders)
        actors.push_back(h.actor);
    return names(t, actors);
}

Trace traceNamed(const QString& name)
{
    if (name == u"semaphore")
        return semaphoreTrace();
    if (name == u"deadlock")
        return deadlockTrace();
    if (name == u"rlock")
        return rlockTrace();
    if (name == u"condition")
        return conditionTrace();
    if (name == u"event")
        return eventTrace(false);
    return raceTrace();
}

} // namespace

class TestSceneSnapshot : public QObject {
    Q_OBJECT
private slots:
    void testHoldersAndQueue_data();
    void testHoldersAndQueue();
    void testPermitSlotsStayPut();
    void testActorLifetime();
    void testEventSet_data();
    void testEventSet();
    void testWakeArrow();
    void testWokenWaiterLeavesTheQueue();
    void testRLockDepth();
    void testJoinWaitsForTheThread();
    void testDeadlockCycle();
    void testSharedCounter();
    void testSamePicture();
};

void TestSceneSnapshot::testHoldersAndQueue_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("holders");
    QTest::addColumn<QStringList>("waiters");
    QTest::addColumn<qint64>("level"); // -1: no level

    const QString t1 = QStringLiteral("Thread-1"), t2 = QStringLiteral("Thread-2");
    const QString t3 = QStringLiteral("Thread-3"), t4 = QStringLiteral("Thread-4");
    const QString sem = QStringLiteral("sem");
    QTest::newRow("semaphore before anyone takes a permit")
        << "semaphore" << qint64(5) << sem << QStringList {} << QStringList {} << qint64(2);
    QTest::newRow("semaphore, one permit taken")
        << "semaphore" << qint64(10) << sem << QStringList { t1 } << QStringList {} << qint64(1);
    QTest::newRow("semaphore full, two queued in arrival order")
        << "semaphore" << qint64(100) << sem << QStringList { t1, t2 } << QStringList { t3, t4 } << qint64(0);
    QTest::newRow("first permit handed to the first in line")
        << "semaphore" << qint64(205) << sem << QStringList { t3, t2 } << QStringList { t4 } << qint64(0);
    QTest::newRow("both permits handed over")
        << "semaphore" << qint64(300) << sem << QStringList { t3, t4 } << QStringList {} << qint64(0);
    QTest::newRow("semaphore at the end")
        << "semaphore" << qint64(420) << sem << QStringList {} << QStringList {} << qint64(2);
    const QString p0 = QStringLiteral("philosopher-0"), p1 = QStringLiteral("philosopher-1");
    QTest::newRow("fork-0 held by its philosopher, wanted by the other")
        << "deadlock" << qint64(50) << QStringLiteral("fork-0") << QStringList { p0 } << QStringList { p1 }
        << qint64(-1);
    QTest::newRow("fork-1 held by its philosopher, wanted by the other")
        << "deadlock" << qint64(50) << QStringLiteral("fork-1") << QStringList { p1 } << QStringList { p0 }
        << qint64(-1);
    QTest::newRow("forks let go once the engine cancelled the run")
        << "deadlock" << qint64(112) << QStringLiteral("fork-0") << QStringList {} << QStringList {} << qint64(-1);
    QTest::newRow("condition: the consumer waits for a notify")
        << "condition" << qint64(15) << QStringLiteral("cond") << QStringList {}
        << QStringList { QStringLiteral("consumer") } << qint64(-1);
    QTest::newRow("condition: notified, the consumer queues for the lock")
        << "condition" << qint64(25) << QStringLiteral("lock") << QStringList { QStringLiteral("producer") }
        << QStringList { QStringLiteral("consumer") } << qint64(-1);
}

void TestSceneSnapshot::testHoldersAndQueue()
{
    QFETCH(QString, trace);
    QFETCH(qint64, time);
    QFETCH(QString, resource);
    QFETCH(QStringList, holders);
    QFETCH(QStringList, waiters);
    QFETCH(qint64, level);

    const Trace t = traceNamed(trace);
    const int r = resourceNamed(t, resource);
    QVERIFY(r >= 0);
    const SceneSnapshot s = SceneSnapshot::at(t, time);
    const ResourceSnapshot* rs = s.resource(r);
    QVERIFY(rs);
    QCOMPARE(holderNames(t, *rs), holders);
    QCOMPARE(names(t, rs->waiters), waiters);
    QCOMPARE(rs->level.value_or(-1), level);
    for (int i = 0; i < int(rs->waiters.size()); ++i) {
        QCOMPARE(s.queuePosition(rs->waiters[std::size_t(i)]), i);
        QCOMPARE(s.actor(rs->waiters[std::size_t(i)])->waitsOn, r);
    }
    for (const HolderSnapshot& h : rs->holders) {
        const auto& holding = s.actor(h.actor)->holding;
        QVERIFY(std::find(holding.begin(), holding.end(), r) != holding.end());
    }
}

void TestSceneSnapshot::testPermitSlotsStayPut()
{
    // Thread-2 keeps the second slot while Thread-1's permit passes to Thread-3: tokens must not jump.
    const Trace t = semaphoreTrace();
    SceneIndex index(t);
    const int sem = resourceNamed(t, QStringLiteral("sem"));
    QCOMPARE(index.slotCount(sem), 2);
    QCOMPARE(index.maxWaiters(sem), 2);
    auto slotOf = [&](qint64 time, const QString& who) {
        const SceneSnapshot s = SceneSnapshot::at(index, time);
        for (const HolderSnapshot& h : s.resources[std::size_t(sem)].holders) {
            if (h.actor == actorNamed(t, who))
                return h.slot;
        }
        return -1;
    };
    QCOMPARE(slotOf(100, QStringLiteral("Thread-1")), 0);
    QCOMPARE(slotOf(100, QStringLiteral("Thread-2")), 1);
    QCOMPARE(slotOf(205, QStringLiteral("Thread-3")), 0);
    QCOMPARE(slotOf(205, QStringLiteral("Thread-2")), 1);
    QCOMPARE(slotOf(300, QStringLiteral("Thread-4")), 1);
}

void TestSceneSnapshot::testActorLifetime()
{
    const Trace t = semaphoreTrace();
    const int w1 = actorNamed(t, QStringLiteral("Thread-1"));
    const SceneSnapshot before = SceneSnapshot::at(t, 1);
    QVERIFY(!before.actor(w1)->started);
    QVERIFY(!before.actor(w1)->alive);
    const SceneSnapshot during = SceneSnapshot::at(t, 100);
    QVERIFY(during.actor(w1)->alive);
    QCOMPARE(during.actor(w1)->state, State::Sleeping);
    QCOMPARE(during.actor(w1)->since, qint64(10));
    const int w3 = actorNamed(t, QStringLiteral("Thread-3"));
    QCOMPARE(during.actor(w3)->state, State::Blocked);
    QCOMPARE(during.actor(w3)->since, qint64(12));
    const SceneSnapshot after = SceneSnapshot::at(t, 300);
    QVERIFY(after.actor(w1)->started);
    QVERIFY(!after.actor(w1)->alive);
    QCOMPARE(after.actor(w1)->state, State::Done);
    QVERIFY(after.actor(w1)->holding.empty());
}

void TestSceneSnapshot::testEventSet_data()
{
    QTest::addColumn<bool>("withCounter");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<bool>("isSet");
    QTest::addColumn<int>("waiters");
    QTest::newRow("no counter, before set") << false << qint64(50) << false << 3;
    QTest::newRow("no counter, set, nobody woken yet") << false << qint64(100) << true << 3;
    QTest::newRow("no counter, set, two woken") << false << qint64(102) << true << 1;
    QTest::newRow("no counter, all released") << false << qint64(110) << true << 0;
    QTest::newRow("counter, before set") << true << qint64(50) << false << 3;
    QTest::newRow("counter, set") << true << qint64(110) << true << 0;
    QTest::newRow("counter, cleared again") << true << qint64(155) << false << 0;
}

void TestSceneSnapshot::testEventSet()
{
    QFETCH(bool, withCounter);
    QFETCH(qint64, time);
    QFETCH(bool, isSet);
    QFETCH(int, waiters);
    const Trace t = eventTrace(withCounter);
    const int ev = resourceNamed(t, QStringLiteral("ready"));
    const SceneSnapshot s = SceneSnapshot::at(t, time);
    QCOMPARE(s.resource(ev)->isSet, isSet);
    QCOMPARE(int(s.resource(ev)->waiters.size()), waiters);
}

void TestSceneSnapshot::testWakeArrow()
{
    const Trace t = semaphoreTrace();
    SceneIndex index(t);
    const int w1 = actorNamed(t, QStringLiteral("Thread-1"));
    const int w3 = actorNamed(t, QStringLiteral("Thread-3"));
    const int sem = resourceNamed(t, QStringLiteral("sem"));
    QVERIFY(!SceneSnapshot::at(index, 150).actor(w3)->wake); // still queued: nobody woke it yet
    const SceneSnapshot woken = SceneSnapshot::at(index, 205);
    QVERIFY(woken.actor(w3)->wake);
    QCOMPARE(woken.actor(w3)->wake->from, w1);
    QCOMPARE(woken.actor(w3)->wake->kind, FlowKind::Release);
    QCOMPARE(woken.actor(w3)->wake->resource, sem);
    // The arrow fades: long after the wake it is gone.
    QVERIFY(!SceneSnapshot::at(index, 201 + index.wakeWindow() + 1).actor(w3)->wake);
}

void TestSceneSnapshot::testWokenWaiterLeavesTheQueue()
{
    // A release hands the lock over at 10: the waiter is runnable (out of the line, not yet running)
    // until the OS runs it at 15. Who woke it shows from the handover on.
    TraceBuilder b;
    const int holder = b.actor(QStringLiteral("Thread-1"));
    const int waiter = b.actor(QStringLiteral("Thread-2"));
    const int lock = b.resource(QStringLiteral("lock"), ResourceKind::Mutex);
    b.state(0, holder, State::Running);
    b.state(0, waiter, State::Running);
    b.holdBegin(1, holder, lock, 1);
    b.state(2, waiter, State::Blocked, lock);
    b.holdEnd(10, holder, lock, 1);
    b.state(10, waiter, State::Runnable, lock);
    b.flow(10, holder, 15, waiter, FlowKind::Release, lock);
    b.state(15, waiter, State::Running);
    b.holdBegin(15, waiter, lock, 2);
    const Trace t = b.build(QStringLiteral("threads.lock"), 100);
    const SceneSnapshot handedOver = SceneSnapshot::at(t, 12);
    QVERIFY(handedOver.resource(lock)->waiters.empty());
    QCOMPARE(handedOver.actor(waiter)->state, State::Runnable);
    QCOMPARE(handedOver.actor(waiter)->waitsOn, -1);
    QVERIFY(handedOver.actor(waiter)->wake);
    QCOMPARE(handedOver.actor(waiter)->wake->from, holder);
    QCOMPARE(handedOver.actor(waiter)->wake->sent, qint64(10));
    QCOMPARE(handedOver.actor(waiter)->wake->time, qint64(15));
    QCOMPARE(SceneSnapshot::at(t, 9).resource(lock)->waiters, std::vector<int> { waiter });
    QVERIFY(!SceneSnapshot::at(t, 9).actor(waiter)->wake);
}

void TestSceneSnapshot::testRLockDepth()
{
    const Trace t = rlockTrace();
    const int lock = resourceNamed(t, QStringLiteral("rlock"));
    QCOMPARE(SceneSnapshot::at(t, 5).resource(lock)->depth, 0);
    QCOMPARE(SceneSnapshot::at(t, 15).resource(lock)->depth, 1);
    const SceneSnapshot twice = SceneSnapshot::at(t, 27);
    QCOMPARE(twice.resource(lock)->depth, 2);
    QCOMPARE(holderNames(t, *twice.resource(lock)), QStringList { QStringLiteral("Thread-1") });
    QCOMPARE(names(t, twice.resource(lock)->waiters), QStringList { QStringLiteral("Thread-2") });
    QCOMPARE(SceneSnapshot::at(t, 35).resource(lock)->depth, 1);
    QCOMPARE(holderNames(t, *SceneSnapshot::at(t, 45).resource(lock)), QStringList { QStringLiteral("Thread-2") });
}

void TestSceneSnapshot::testJoinWaitsForTheThread()
{
    const Trace t = semaphoreTrace();
    const int main = actorNamed(t, QStringLiteral("MainThread"));
    const SceneSnapshot s = SceneSnapshot::at(t, 100);
    const int handle = s.actor(main)->waitsOn;
    QVERIFY(handle >= 0);
    QCOMPARE(t.resources()[std::size_t(handle)].kind, ResourceKind::Thread);
    QCOMPARE(holderNames(t, *s.resource(handle)), QStringList { QStringLiteral("Thread-1") });
    // A join handle is a link between two actors, not an object on the scene.
    QVERIFY(!SceneIndex(t).isShown(handle));
    QVERIFY(SceneIndex(t).isShown(resourceNamed(t, QStringLiteral("sem"))));
}

void TestSceneSnapshot::testDeadlockCycle()
{
    const Trace t = deadlockTrace();
    const int p0 = actorNamed(t, QStringLiteral("philosopher-0"));
    const int p1 = actorNamed(t, QStringLiteral("philosopher-1"));
    const int f0 = resourceNamed(t, QStringLiteral("fork-0"));
    const int f1 = resourceNamed(t, QStringLiteral("fork-1"));
    // The engine reports it at 100; it formed at 21, when philosopher-1 began to wait for fork-0.
    QVERIFY(!SceneSnapshot::at(t, 20).deadlock);
    for (qint64 time : { qint64(21), qint64(100), qint64(112) }) {
        const SceneSnapshot s = SceneSnapshot::at(t, time);
        QVERIFY(s.deadlock);
        QCOMPARE(s.deadlock->time, qint64(100));
        QCOMPARE(s.deadlock->formed, qint64(21));
        QVERIFY(s.deadlock->text.contains(QStringLiteral("philosopher-1")));
        QCOMPARE(s.deadlock->actors.size(), std::size_t(2));
        // Each waits for the fork the next one holds, whichever philosopher the cycle starts from.
        const auto& as = s.deadlock->actors;
        const auto& rs = s.deadlock->resources;
        const std::size_t i0 = as[0] == p0 ? 0 : 1;
        QCOMPARE(as[i0], p0);
        QCOMPARE(rs[i0], f1);
        QCOMPARE(as[1 - i0], p1);
        QCOMPARE(rs[1 - i0], f0);
    }
}

void TestSceneSnapshot::testSharedCounter()
{
    const Trace t = raceTrace();
    const int counter = resourceNamed(t, QStringLiteral("counter"));
    QCOMPARE(SceneSnapshot::at(t, 9).resource(counter)->level.value_or(-1), qint64(1));
    QCOMPARE(SceneSnapshot::at(t, 15).resource(counter)->level.value_or(-1), qint64(3));
    QCOMPARE(SceneIndex(t).expectedValue().value_or(-1), qint64(4));
}

void TestSceneSnapshot::testSamePicture()
{
    const Trace t = semaphoreTrace();
    SceneIndex index(t);
    QVERIFY(SceneSnapshot::at(index, 50).samePicture(SceneSnapshot::at(index, 150)));
    QVERIFY(!SceneSnapshot::at(index, 150).samePicture(SceneSnapshot::at(index, 205)));
}

QTEST_GUILESS_MAIN(TestSceneSnapshot)
#include "tst_scenesnapshot.moc"
