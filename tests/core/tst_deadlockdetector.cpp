// SPDX-License-Identifier: MIT
// The deadlock detector's analysis of a stuck wait table: cycles and lost wake-ups, in words.
#include "engine/deadlockdetector.h"

#include <QTest>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestDeadlockDetector : public QObject {
    Q_OBJECT
private slots:
    void testPhilosophers();
    void testSelfCycle();
    void testJoinInCycle();
    void testLostWakeUp();
    void testHolderEnded();
    void testTimedWaitsAreNotStuck();
};

namespace {

using Wait = RunContext::ActorWait;

Wait blockedOn(int resource, State state = State::Blocked) { return Wait { true, true, false, resource, state }; }

std::vector<ActorInfo> actors(const QStringList& names)
{
    std::vector<ActorInfo> out;
    for (const QString& n : names)
        out.push_back(ActorInfo { n, ActorKind::Thread, -1, 1, 1 });
    return out;
}

} // namespace

void TestDeadlockDetector::testPhilosophers()
{
    // Three philosophers, each holding the fork on the left and waiting for the one on the right.
    const auto people = actors({ u"philosopher 1"_s, u"philosopher 2"_s, u"philosopher 3"_s });
    const std::vector<ResourceInfo> forks { { u"fork 1"_s, ResourceKind::Mutex, 1, -1 },
        { u"fork 2"_s, ResourceKind::Mutex, 1, -1 }, { u"fork 3"_s, ResourceKind::Mutex, 1, -1 } };
    const std::vector<Wait> table { blockedOn(1), blockedOn(2), blockedOn(0) };
    const std::vector<std::vector<int>> holders { { 1 }, { 2 }, { 0 } };
    const auto f = DeadlockDetector::analyse(table, people, forks, holders);
    QCOMPARE(f.cycle, (QStringList { u"philosopher 1"_s, u"philosopher 2"_s, u"philosopher 3"_s }));
    QCOMPARE(f.cycleResources, (QStringList { u"fork 2"_s, u"fork 3"_s, u"fork 1"_s }));
    QCOMPARE(f.reason,
        u"philosopher 1 waits for lock 'fork 2', held by philosopher 2, who waits for lock 'fork 3', held by "
        "philosopher 3, who waits for lock 'fork 1', held by philosopher 1"_s);
    QCOMPARE(f.stuck.size(), std::size_t(3));
}

void TestDeadlockDetector::testSelfCycle()
{
    const auto f = DeadlockDetector::analyse({ blockedOn(0) }, actors({ u"worker"_s }),
        { { u"lock"_s, ResourceKind::Mutex, 1, -1 } }, { { 0 } });
    QCOMPARE(f.cycle, QStringList { u"worker"_s });
    QCOMPARE(f.reason, u"worker waits for lock 'lock', which it holds itself"_s);
}

void TestDeadlockDetector::testJoinInCycle()
{
    // The main thread joins a worker that waits for a lock the main thread holds.
    const auto people = actors({ u"MainThread"_s, u"worker"_s });
    const std::vector<ResourceInfo> res { { u"lock"_s, ResourceKind::Mutex, 1, -1 },
        { u"worker"_s, ResourceKind::Thread, 0, 1 } };
    const auto f = DeadlockDetector::analyse(
        { blockedOn(1, State::Waiting), blockedOn(0) }, people, res, { { 1 }, { 0 } });
    QCOMPARE(f.cycle, (QStringList { u"MainThread"_s, u"worker"_s }));
    QCOMPARE(f.reason, u"MainThread waits for worker to finish, who waits for lock 'lock', held by MainThread"_s);
}

void TestDeadlockDetector::testLostWakeUp()
{
    const auto people = actors({ u"consumer 1"_s, u"consumer 2"_s });
    const std::vector<ResourceInfo> res { { u"items"_s, ResourceKind::Condition, 0, -1 } };
    const auto f = DeadlockDetector::analyse(
        { blockedOn(0, State::Waiting), blockedOn(0, State::Waiting) }, people, res, { {}, {} });
    QVERIFY(f.cycle.isEmpty());
    QCOMPARE(f.reason,
        u"consumer 1 waits on condition 'items' but no running thread can notify it: a lost wake-up; "
        "consumer 2 waits on condition 'items' but no running thread can notify it: a lost wake-up"_s);
}

void TestDeadlockDetector::testHolderEnded()
{
    // A thread ended while holding the lock another waits for.
    const auto people = actors({ u"waiter"_s, u"quitter"_s });
    std::vector<Wait> table { blockedOn(0), Wait {} };
    const auto f = DeadlockDetector::analyse(table, people, { { u"lock"_s, ResourceKind::Mutex, 1, -1 } }, { { 1 }, {} });
    QVERIFY(f.cycle.isEmpty());
    QCOMPARE(f.reason, u"waiter waits for lock 'lock', held by quitter, which has ended"_s);
}

void TestDeadlockDetector::testTimedWaitsAreNotStuck()
{
    Wait timed = blockedOn(0);
    timed.timed = true;
    const auto f = DeadlockDetector::analyse(
        { timed }, actors({ u"patient"_s }), { { u"lock"_s, ResourceKind::Mutex, 1, -1 } }, { { 0 } });
    QVERIFY(f.stuck.empty());
    QVERIFY(f.cycle.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeadlockDetector)
#include "tst_deadlockdetector.moc"
