// SPDX-License-Identifier: MIT
#include "playback/playback.h"
#include "scene/inspectormodel.h"
#include "scene/inspectorview.h"
#include "scenetraces.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace interleave;
using namespace interleave::scenetest;
using namespace Qt::StringLiterals;

namespace {

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
    if (name == u"pool")
        return poolTrace();
    if (name == u"loop")
        return loopTrace();
    if (name == u"process")
        return processTrace();
    if (name == u"socket")
        return socketTrace();
    return raceTrace();
}

QModelIndex rowNamed(const QAbstractItemModel& m, const QModelIndex& parent, const QString& name)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

QString cell(const QModelIndex& row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

} // namespace

class TestInspectorModel : public QObject {
    Q_OBJECT
private slots:
    void testModelIsConsistent_data();
    void testModelIsConsistent();
    void testActorTexts_data();
    void testActorTexts();
    void testResourceTexts_data();
    void testResourceTexts();
    void testQueueRowsInOrder();
    void testFamilyTexts_data();
    void testFamilyTexts();
    void testViewFollowsPlayback();
    void testLiveTraceUpdatesInPlace();
};

void TestInspectorModel::testModelIsConsistent_data()
{
    QTest::addColumn<QString>("trace");
    for (const char* name : { "semaphore", "deadlock", "rlock", "condition", "event", "race" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestInspectorModel::testModelIsConsistent()
{
    QFETCH(QString, trace);
    InspectorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Trace t = traceNamed(trace);
    model.setTrace(t);
    // Forward, then backward, so rows are both inserted and removed.
    for (qint64 time = 0; time <= t.duration(); ++time)
        model.setTime(time);
    for (qint64 time = t.duration(); time >= 0; time -= 7)
        model.setTime(time);
    model.setTrace(raceTrace());
    model.setTime(5);
    QCOMPARE(model.rowCount(model.actorsIndex()), 3);
}

void TestInspectorModel::testActorTexts_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("since");
    QTest::newRow("not started") << "semaphore" << qint64(1) << "Thread-1"
                                 << "not started"
                                 << "not started yet"
                                 << "";
    QTest::newRow("queued for a permit") << "semaphore" << qint64(100) << "Thread-3"
                                         << "blocked"
                                         << "waits for a permit of sem, held by Thread-1, Thread-2 (next in line)"
                                         << "since 12 ns";
    QTest::newRow("second in line") << "semaphore" << qint64(100) << "Thread-4"
                                    << "blocked"
                                    << "waits for a permit of sem, held by Thread-1, Thread-2 (number 2 in line)"
                                    << "since 13 ns";
    QTest::newRow("holding a permit while sleeping") << "semaphore" << qint64(100) << "Thread-1"
                                                     << "sleeping"
                                                     << "holds sem"
                                                     << "since 10 ns";
    QTest::newRow("woken by the release") << "semaphore" << qint64(205) << "Thread-3"
                                          << "sleeping"
                                          << "holds sem; woken by Thread-1"
                                          << "since 201 ns";
    QTest::newRow("joining") << "semaphore" << qint64(100) << "MainThread"
                             << "waiting"
                             << "waits for Thread-1 to finish (join)"
                             << "since 14 ns";
    QTest::newRow("finished") << "semaphore" << qint64(300) << "Thread-1"
                              << "done"
                              << "finished"
                              << "since 202 ns";
    QTest::newRow("philosopher holds one fork, waits for the other")
        << "deadlock" << qint64(50) << "philosopher-0"
        << "blocked"
        << "waits for lock fork-1, held by philosopher-1 (next in line); holds fork-0"
        << "since 20 ns";
    QTest::newRow("waiting for a notify") << "condition" << qint64(15) << "consumer"
                                          << "waiting"
                                          << "waits for a notify on cond"
                                          << "since 2 ns";
    QTest::newRow("waiting for an event") << "event" << qint64(50) << "Thread-2"
                                          << "waiting"
                                          << "waits for ready to be set"
                                          << "since 11 ns";
}

void TestInspectorModel::testActorTexts()
{
    QFETCH(QString, trace);
    QFETCH(qint64, time);
    QFETCH(QString, actor);
    QFETCH(QString, state);
    QFETCH(QString, detail);
    QFETCH(QString, since);
    InspectorModel model;
    model.setTrace(traceNamed(trace));
    model.setTime(time);
    const QModelIndex row = rowNamed(model, model.actorsIndex(), actor);
    QVERIFY(row.isValid());
    QCOMPARE(cell(row, InspectorModel::StateColumn), state);
    QCOMPARE(cell(row, InspectorModel::DetailColumn), detail);
    QCOMPARE(cell(row, InspectorModel::SinceColumn), since);
}

void TestInspectorModel::testResourceTexts_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("detail");
    QTest::newRow("semaphore, all permits free") << "semaphore" << qint64(5) << "sem"
                                                 << "semaphore"
                                                 << "2 of 2 permits free";
    QTest::newRow("semaphore full with a queue") << "semaphore" << qint64(100) << "sem"
                                                 << "semaphore"
                                                 << "0 of 2 permits free; 2 waiting";
    QTest::newRow("lock held, one waiting") << "deadlock" << qint64(50) << "fork-0"
                                            << "lock"
                                            << "held by philosopher-0; 1 waiting";
    QTest::newRow("lock free") << "deadlock" << qint64(5) << "fork-0"
                               << "lock"
                               << "free";
    QTest::newRow("rlock taken twice") << "rlock" << qint64(27) << "rlock"
                                       << "re-entrant lock"
                                       << "held by Thread-1, taken 2 times; 1 waiting";
    QTest::newRow("event not set") << "event" << qint64(50) << "ready"
                                   << "event"
                                   << "not set; 3 waiting";
    QTest::newRow("event set") << "event" << qint64(110) << "ready"
                               << "event"
                               << "set";
    QTest::newRow("condition") << "condition" << qint64(15) << "cond"
                               << "condition"
                               << "1 waiting for a notify";
    QTest::newRow("shared counter short of its expected value") << "race" << qint64(15) << "counter"
                                                                << "shared value"
                                                                << "value 3 (expected 4 at the end)";
}

void TestInspectorModel::testFamilyTexts_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<bool>("actorRow");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("detail"); // what the details column must say
    QTest::addColumn<QString>("notYet"); // ... and must not say (empty: no check)
    QTest::newRow("future running") << u"pool"_s << 50 * ms << false << u"future-0"_s
                                    << u"running on ThreadPoolExecutor-0_0"_s << u"42"_s;
    QTest::newRow("future with its value") << u"pool"_s << 100 * ms << false << u"future-0"_s << u"= 42"_s << QString();
    QTest::newRow("future with its exception")
        << u"pool"_s << 110 * ms << false << u"future-1"_s << u"ValueError: boom"_s << QString();
    QTest::newRow("future not yet raised")
        << u"pool"_s << 109 * ms << false << u"future-1"_s << u"running"_s << u"ValueError"_s;
    QTest::newRow("future cancelled") << u"pool"_s << 60 * ms << false << u"future-4"_s << u"cancelled"_s << QString();
    QTest::newRow("queue length") << u"pool"_s << 20 * ms << false << u"work queue"_s << u"3 item(s)"_s << QString();
    QTest::newRow("caller waits for a result") << u"pool"_s << 50 * ms << true << u"MainThread"_s
                                               << u"waits for the result of future-0 (running"_s << QString();
    QTest::newRow("task parked on the timer")
        << u"loop"_s << 50 * ms << true << u"Task-3"_s << u"parked on timer timer"_s << QString();
    QTest::newRow("task awaits the lock")
        << u"loop"_s << 50 * ms << true << u"Task-2"_s << u"awaits lock lock, held by Task-1"_s << QString();
    QTest::newRow("task awaits gather") << u"loop"_s << 50 * ms << true << u"main"_s << u"awaits gather (pending)"_s
                                        << QString();
    QTest::newRow("process pid") << u"process"_s << 16 * ms << true << u"Process-1"_s << u"pid 201"_s << QString();
    QTest::newRow("message in a pipe") << u"process"_s << 20 * ms << false << u"Pipe"_s << u"1 message(s) in flight"_s
                                       << QString();
    QTest::newRow("pipe empty once read")
        << u"process"_s << 30 * ms << false << u"Pipe"_s << u"0 message(s) in flight"_s << QString();
}

void TestInspectorModel::testFamilyTexts()
{
    QFETCH(QString, trace);
    QFETCH(qint64, time);
    QFETCH(bool, actorRow);
    QFETCH(QString, row);
    QFETCH(QString, detail);
    QFETCH(QString, notYet);
    InspectorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(traceNamed(trace));
    model.setTime(time);
    const QModelIndex r = rowNamed(model, actorRow ? model.actorsIndex() : model.resourcesIndex(), row);
    QVERIFY(r.isValid());
    const QString text = cell(r, InspectorModel::DetailColumn);
    QVERIFY2(text.contains(detail), qPrintable(text));
    if (!notYet.isEmpty())
        QVERIFY2(!text.contains(notYet), qPrintable(text));
}

void TestInspectorModel::testResourceTexts()
{
    QFETCH(QString, trace);
    QFETCH(qint64, time);
    QFETCH(QString, resource);
    QFETCH(QString, kind);
    QFETCH(QString, detail);
    InspectorModel model;
    model.setTrace(traceNamed(trace));
    model.setTime(time);
    const QModelIndex row = rowNamed(model, model.resourcesIndex(), resource);
    QVERIFY(row.isValid());
    QCOMPARE(cell(row, InspectorModel::StateColumn), kind);
    QCOMPARE(cell(row, InspectorModel::DetailColumn), detail);
}

void TestInspectorModel::testQueueRowsInOrder()
{
    InspectorModel model;
    model.setTrace(semaphoreTrace());
    model.setTime(100);
    const QModelIndex sem = rowNamed(model, model.resourcesIndex(), QStringLiteral("sem"));
    QCOMPARE(model.rowCount(sem), 4);
    QStringList rows;
    for (int r = 0; r < model.rowCount(sem); ++r) {
        const QModelIndex i = model.index(r, 0, sem);
        rows.append(i.data().toString() + u": "_qs + cell(i, InspectorModel::StateColumn));
    }
    QCOMPARE(rows,
        (QStringList { u"Thread-1: holds permit 1"_qs, u"Thread-2: holds permit 2"_qs, u"Thread-3: next in line"_qs,
            u"Thread-4: number 2 in line"_qs }));
    model.setTime(205);
    QCOMPARE(model.rowCount(sem), 3);
    QCOMPARE(model.index(0, 0, sem).data().toString(), u"Thread-3"_qs);
    QCOMPARE(model.index(2, 0, sem).data(InspectorModel::ActorRole).toInt(), 4);
}

void TestInspectorModel::testViewFollowsPlayback()
{
    Playback playback;
    InspectorView view;
    view.setPlayback(&playback);
    playback.setTrace(semaphoreTrace());
    playback.seek(100);
    InspectorModel* model = view.model();
    const QModelIndex sem = rowNamed(*model, model->resourcesIndex(), QStringLiteral("sem"));
    QVERIFY(sem.isValid());
    QCOMPARE(cell(sem, InspectorModel::DetailColumn), u"0 of 2 permits free; 2 waiting"_qs);
    QVERIFY(view.treeView()->isExpanded(sem));
    playback.seek(420);
    QCOMPARE(cell(sem, InspectorModel::DetailColumn), u"2 of 2 permits free"_qs);
    // A new trace in the playback replaces the tree.
    playback.setTrace(deadlockTrace());
    playback.seek(50);
    QVERIFY(rowNamed(*model, model->resourcesIndex(), QStringLiteral("fork-1")).isValid());
    QVERIFY(!rowNamed(*model, model->resourcesIndex(), QStringLiteral("sem")).isValid());
}

void TestInspectorModel::testLiveTraceUpdatesInPlace()
{
    // A live run replaces the trace every few frames: the tree must not be reset each time (that
    // would collapse it and lose the selection), only its rows updated.
    const Trace full = semaphoreTrace();
    InspectorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(prefixOf(full, 100));
    model.setTime(100);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (qint64 until : { 150, 205, 300, 420 }) {
        model.setTrace(prefixOf(full, until));
        model.setTime(until);
    }
    QCOMPARE(resets.count(), 0);
    const QModelIndex sem = rowNamed(model, model.resourcesIndex(), QStringLiteral("sem"));
    QCOMPARE(cell(sem, InspectorModel::DetailColumn), u"2 of 2 permits free"_qs);
    // A different run is a different tree.
    model.setTrace(deadlockTrace());
    QCOMPARE(resets.count(), 1);
}

QTEST_MAIN(TestInspectorModel)
#include "tst_inspectormodel.moc"
