// SPDX-License-Identifier: MIT
// The scene's reading of real runs of the engine: what a newcomer must see in the semaphore and the
// deadlock lessons.
#include "engine/runner.h"
#include "scene/inspectormodel.h"
#include "scene/scenelayout.h"
#include "scene/scenesnapshot.h"
#include "scene/scenetext.h"
#include "scene/sequencescene.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>

using namespace interleave;

namespace {

Trace run(const QString& scenario, const QVariantMap& params)
{
    RunRequest request;
    request.scenario = scenario;
    request.params = params;
    request.timeLimitMs = 30000;
    QString error;
    Trace trace = Runner::runBlocking(request, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return trace;
}

int resourceOfKind(const Trace& t, ResourceKind kind)
{
    for (std::size_t r = 0; r < t.resources().size(); ++r) {
        if (t.resources()[r].kind == kind)
            return int(r);
    }
    return -1;
}

QString nameOf(const Trace& t, int actor)
{
    return t.actors()[std::size_t(actor)].name;
}

} // namespace

class TestSceneRealRuns : public QObject {
    Q_OBJECT
private slots:
    void testSemaphoreTwoInsideTwoQueued();
    void testDeadlockEachHoldsOneWaitsForTheOther();
    void testInspectorOnARealRun();
    void testPoolTicketsOnARealRun();
    void testLoopOnARealRun();
    void testSequenceOnARealRun();
};

void TestSceneRealRuns::testSemaphoreTwoInsideTwoQueued()
{
    const Trace t = run(QStringLiteral("threads.semaphore"),
        { { QStringLiteral("workers"), 4 }, { QStringLiteral("permits"), 2 }, { QStringLiteral("hold_ms"), 200 } });
    QVERIFY(!t.isEmpty());
    const int sem = resourceOfKind(t, ResourceKind::Semaphore);
    QVERIFY(sem >= 0);
    // A moment in the middle: after the last worker queued, before the first permit came back.
    std::vector<qint64> waitStarts;
    for (std::size_t a = 0; a < t.actors().size(); ++a) {
        for (const StateInterval& s : t.states(int(a))) {
            if (s.resource == sem && s.state == State::Blocked)
                waitStarts.push_back(s.start);
        }
    }
    std::sort(waitStarts.begin(), waitStarts.end());
    QCOMPARE(waitStarts.size(), std::size_t(2));
    qint64 firstRelease = t.duration();
    for (const HoldInterval& h : t.holds(sem))
        firstRelease = std::min(firstRelease, h.end);
    QVERIFY(firstRelease > waitStarts.back());
    const qint64 middle = (waitStarts.back() + firstRelease) / 2;

    const SceneSnapshot s = SceneSnapshot::at(t, middle);
    const ResourceSnapshot& rs = s.resources[std::size_t(sem)];
    QCOMPARE(rs.holders.size(), std::size_t(2));
    QCOMPARE(rs.waiters.size(), std::size_t(2));
    QCOMPARE(rs.level.value_or(-1), qint64(0));
    // The line shown is the order the semaphore serves them in: each release hands its permit to the
    // next in line (a release flow, recorded under the semaphore's own lock).
    std::vector<int> served;
    for (const Flow& f : t.flows()) { // sorted by the release's time
        if (f.kind == FlowKind::Release && f.resource == sem && f.fromTime > middle)
            served.push_back(f.toActor);
    }
    QCOMPARE(served, rs.waiters);

    // On the scene: two tokens inside the two permit slots, two queued at the door, first one first.
    const SceneIndex index(t);
    SceneLayout layout = SceneLayout::frame(index, QSizeF(900, 520));
    layout.place(s);
    const SceneCard* card = layout.card(sem);
    QVERIFY(card);
    QCOMPARE(card->seats.size(), std::size_t(2));
    for (const HolderSnapshot& h : rs.holders)
        QCOMPARE(int(layout.token(h.actor)->place), int(Place::Holding));
    QCOMPARE(int(layout.token(rs.waiters[0])->place), int(Place::Queued));
    QCOMPARE(layout.token(rs.waiters[0])->index, 0);
    QCOMPARE(layout.token(rs.waiters[1])->index, 1);
    QVERIFY(layout.token(rs.waiters[0])->centre.x() > layout.token(rs.waiters[1])->centre.x()); // nearer the door
}

void TestSceneRealRuns::testDeadlockEachHoldsOneWaitsForTheOther()
{
    const Trace t = run(QStringLiteral("threads.deadlock"), {});
    QVERIFY(!t.isEmpty());
    QVERIFY(t.meta().outcome.value(QStringLiteral("deadlock")).toBool());
    const auto& instants = t.instants();
    const auto found = std::find_if(
        instants.begin(), instants.end(), [](const Instant& i) { return i.kind == InstantKind::Deadlock; });
    QVERIFY(found != instants.end());

    const SceneIndex index(t);
    const SceneSnapshot s = SceneSnapshot::at(index, found->time);
    QVERIFY(s.deadlock);
    QCOMPARE(s.deadlock->actors.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
        const ActorSnapshot& me = s.actors[std::size_t(s.deadlock->actors[i])];
        const ActorSnapshot& other = s.actors[std::size_t(s.deadlock->actors[1 - i])];
        QVERIFY(nameOf(t, me.actor).startsWith(u"philosopher"));
        QCOMPARE(me.state, State::Blocked);
        QCOMPARE(me.holding.size(), std::size_t(1)); // one fork in hand
        QCOMPARE(other.holding.size(), std::size_t(1));
        QCOMPARE(me.waitsOn, other.holding.front()); // waiting for the other's
        QCOMPARE(s.deadlock->resources[i], me.waitsOn);
    }
    // The cycle shows from the moment the second philosopher began to wait, before the detector
    // noticed, and the finding stays on the scene after the engine cancelled the run.
    QVERIFY(s.deadlock->formed <= found->time);
    QVERIFY(SceneSnapshot::at(index, s.deadlock->formed).deadlock);
    QVERIFY(!SceneSnapshot::at(index, s.deadlock->formed - 1).deadlock);
    QVERIFY(SceneSnapshot::at(index, t.duration()).deadlock);

    // On the scene: each philosopher queued at one fork, its own fork still showing it inside.
    SceneLayout layout = SceneLayout::frame(index, QSizeF(900, 520));
    layout.place(s);
    for (int a : s.deadlock->actors) {
        QCOMPARE(int(layout.token(a)->place), int(Place::Queued));
        const int held = s.actors[std::size_t(a)].holding.front();
        QVERIFY(layout.holdPoint(a, held));
        QVERIFY(layout.card(held)->room.contains(*layout.holdPoint(a, held)));
    }
}

void TestSceneRealRuns::testInspectorOnARealRun()
{
    const Trace t = run(QStringLiteral("threads.lock"), { { QStringLiteral("rounds"), 2 } });
    QVERIFY(!t.isEmpty());
    InspectorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(t);
    int queued = 0;
    for (int step = 0; step <= 400; ++step) {
        model.setTime(t.duration() * step / 400);
        const int lock = resourceOfKind(t, ResourceKind::Mutex);
        queued = std::max(queued, int(model.snapshot().resources[std::size_t(lock)].waiters.size()));
    }
    QVERIFY(queued >= 1); // with 4 threads on one lock, someone waits at some point
}

// The pool's picture reads the pool helper's real trace: a worker holds the future it runs, and the
// failing future's ticket shows its exception from its Exception instant on, not before.
void TestSceneRealRuns::testPoolTicketsOnARealRun()
{
    const Trace t = run(QStringLiteral("pool.exception"),
        { { QStringLiteral("workers"), 2 }, { QStringLiteral("tasks"), 3 }, { QStringLiteral("fail_index"), 0 } });
    QVERIFY(!t.isEmpty());
    QCOMPARE(int(sceneFamilyOf(t)), int(SceneFamily::Pool));
    const Instant* failed = nullptr;
    for (const Instant& i : t.instants()) {
        if (i.kind == InstantKind::Exception && i.resource >= 0
            && t.resources()[std::size_t(i.resource)].kind == ResourceKind::Future && !failed)
            failed = &i;
    }
    QVERIFY(failed);
    const SceneIndex index(t);
    const auto words = [&](qint64 at) {
        return SceneText::futureWords(t, SceneSnapshot::at(index, at).resources[std::size_t(failed->resource)]);
    };
    QVERIFY2(!words(failed->time - 1).contains(u"Error"), qPrintable(words(failed->time - 1)));
    QVERIFY2(words(failed->time).contains(failed->text), qPrintable(words(failed->time)));
    // Just before it failed, a worker held it, in its slot.
    const SceneSnapshot s = SceneSnapshot::at(index, failed->time - 1);
    const ResourceSnapshot& f = s.resources[std::size_t(failed->resource)];
    QCOMPARE(f.holders.size(), std::size_t(1));
    SceneLayout layout = SceneLayout::frame(index, QSizeF(1000, 640));
    layout.place(s);
    const SceneBox* slot = layout.box(BoxRole::Worker, f.holders.front().actor);
    QVERIFY(slot);
    QVERIFY(slot->rect.contains(layout.token(f.holders.front().actor)->centre));
    QVERIFY(layout.box(BoxRole::Ticket, -1, failed->resource));
}

// The loop's picture on the event-loop helper's real trace: whenever a task is suspended on something
// drawn as a card, its token stands in that card; a ready task stands in the ready queue.
void TestSceneRealRuns::testLoopOnARealRun()
{
    const Trace t
        = run(QStringLiteral("async.lock"), { { QStringLiteral("tasks"), 3 }, { QStringLiteral("hold_ms"), 30 } });
    QVERIFY(!t.isEmpty());
    QCOMPARE(int(sceneFamilyOf(t)), int(SceneFamily::Loop));
    const SceneIndex index(t);
    SceneLayout layout = SceneLayout::frame(index, QSizeF(1000, 640));
    int parked = 0;
    for (int k = 1; k < 40; ++k) {
        const qint64 at = t.duration() * k / 40;
        const SceneSnapshot s = SceneSnapshot::at(index, at);
        layout.place(s);
        for (const ActorSnapshot& a : s.actors) {
            if (!a.alive || t.actors()[std::size_t(a.actor)].kind != ActorKind::Task)
                continue;
            if (a.state == State::Suspended && a.waitsOn >= 0 && layout.card(a.waitsOn)) {
                QVERIFY(layout.card(a.waitsOn)->rect.contains(layout.token(a.actor)->centre));
                ++parked;
            }
            if (a.state == State::Runnable)
                QVERIFY(layout.box(BoxRole::ReadyQueue)->rect.contains(layout.token(a.actor)->centre));
        }
    }
    QVERIFY(parked > 0); // some task did wait for the lock or its timer
}

// The sequence diagram on the socket helper's real trace: every echo is two arrows, in time order.
void TestSceneRealRuns::testSequenceOnARealRun()
{
    const Trace t = run(QStringLiteral("socket.tcp_echo"),
        { { QStringLiteral("clients"), 2 }, { QStringLiteral("messages"), 2 },
            { QStringLiteral("server"), QStringLiteral("threaded") } });
    QVERIFY(!t.isEmpty());
    QCOMPARE(int(sceneFamilyOf(t)), int(SceneFamily::Sequence));
    const SceneIndex index(t);
    const SceneLayout layout = SceneLayout::frame(index, QSizeF(1000, 640));
    const auto arrows = SequenceScene::arrows(index, layout, t.duration());
    QCOMPARE(arrows.size(), std::size_t(2 * 2 * 2)); // 2 clients x 2 messages, each echoed
    for (std::size_t i = 1; i < arrows.size(); ++i)
        QVERIFY(arrows[i - 1].from.y() <= arrows[i].from.y());
    for (const auto& a : arrows)
        QVERIFY(!a.inFlight && a.to.y() >= a.from.y());
}

QTEST_MAIN(TestSceneRealRuns)
#include "tst_scenerealruns.moc"
