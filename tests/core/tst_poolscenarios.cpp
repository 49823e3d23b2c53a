// SPDX-License-Identifier: MIT
// The pool.* scenarios: each lesson under its defaults and other parameters, checked in the outcome and
// in the recorded picture. No timing assertions: orders, counts and states only.
#include "scenariotrace.h"

#include <QTest>

#include <unistd.h>

using namespace interleave;
using namespace interleave::scenariotest;
using namespace Qt::StringLiterals;

namespace {

QList<int> ints(const QVariant& v)
{
    QList<int> out;
    for (const QVariant& x : v.toList())
        out << x.toInt();
    return out;
}

QList<bool> bools(const QVariant& v)
{
    QList<bool> out;
    for (const QVariant& x : v.toList())
        out << x.toBool();
    return out;
}

QList<int> range(int n)
{
    QList<int> out;
    for (int i = 0; i < n; ++i)
        out << i;
    return out;
}

QList<int> sortedInts(QList<int> l)
{
    std::sort(l.begin(), l.end());
    return l;
}

QStringList workerNames(const Trace& t)
{
    QStringList out;
    for (const QString& n : actorNames(t, ActorKind::Thread)) {
        if (n.startsWith(u"ThreadPoolExecutor-0_"_s))
            out << n;
    }
    return out;
}

qint64 counterMax(const Trace& t, int resource)
{
    qint64 most = 0;
    for (const CounterPoint& p : t.counter(resource))
        most = std::max(most, p.value);
    return most;
}

// The most actors of `names` in the running state at one moment.
int maxRunning(const Trace& t, const QStringList& names)
{
    std::vector<HoldInterval> running;
    for (const QString& n : names) {
        for (const StateInterval& s : intervalsIn(t, actorIndex(t, n), State::Running))
            running.push_back(HoldInterval { s.start, s.end, 0, 0 });
    }
    return maxOverlap(running);
}

void checkCommon(const Run& run, int tasks)
{
    QCOMPARE(run.outcome.value(u"results"_s).toList().size(), tasks);
    QCOMPARE(run.outcome.value(u"cancelled"_s).toList().size(), tasks);
    QCOMPARE(run.outcome.value(u"exceptions"_s).toList().size(), tasks);
}

} // namespace

class TestPoolScenarios : public QObject {
    Q_OBJECT
private slots:
    void testMap_data();
    void testMap();
    void testAsCompleted_data();
    void testAsCompleted();
    void testAsCompletedSeed();
    void testCancel_data();
    void testCancel();
    void testException_data();
    void testException();
    void testShutdown_data();
    void testShutdown();
    void testGil_data();
    void testGil();
    void testBadParams_data();
    void testBadParams();
};

// pool.map ----------------------------------------------------------------------------------------

void TestPoolScenarios::testMap_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("tasks");
    QTest::newRow("defaults") << QVariantMap() << 4 << 10;
    QTest::newRow("reversed durations, a worker each")
        << map({ { "workers", 5 }, { "tasks", 5 }, { "task_ms", 250 } }) << 5 << 5;
    QTest::newRow("one worker") << map({ { "workers", 1 }, { "tasks", 4 }, { "task_ms", 20 } }) << 1 << 4;
    QTest::newRow("more workers than tasks") << map({ { "workers", 8 }, { "tasks", 3 }, { "task_ms", 30 } }) << 8 << 3;
}

void TestPoolScenarios::testMap()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, workers);
    QFETCH(int, tasks);
    const Run run = runScenario(u"pool.map"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;
    checkCommon(run, tasks);

    // Results in input order, whatever order the calls finished in.
    QList<int> squares;
    for (int i = 0; i < tasks; ++i)
        squares << i * i;
    QCOMPARE(ints(run.outcome.value(u"results"_s)), squares);
    const QList<int> completion = ints(run.outcome.value(u"completion_order"_s));
    QCOMPARE(sortedInts(completion), range(tasks));
    if (workers == 1)
        QCOMPARE(completion, range(tasks));
    if (workers >= tasks && tasks > 1)
        QVERIFY2(completion.first() != 0, "the longest call finished first");
    QVERIFY(!bools(run.outcome.value(u"cancelled"_s)).contains(true));

    // At most `workers` at once, all `workers` used when there is enough work.
    const int most = run.outcome.value(u"max_concurrent"_s).toInt();
    QCOMPARE(most, std::min(workers, tasks));
    QCOMPARE(workerNames(t).size(), std::min(workers, tasks));
    const int pool = resourceIndex(t, u"ThreadPoolExecutor"_s);
    QVERIFY(counterMax(t, pool) <= workers);
    QCOMPARE(int(flowsOf(t, FlowKind::Submit).size()), tasks);
    QCOMPARE(countInstants(t, InstantKind::Result), tasks);
    // The main thread waited on the futures, one after another.
    const int main = actorIndex(t, u"MainThread"_s);
    QVERIFY(!intervalsIn(t, main, State::Waiting, resourceIndex(t, u"future-0"_s)).empty());
}

// pool.as_completed --------------------------------------------------------------------------------

void TestPoolScenarios::testAsCompleted_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("tasks");
    QTest::newRow("defaults") << QVariantMap() << 4 << 10;
    QTest::newRow("a worker each") << map({ { "workers", 6 }, { "tasks", 6 }, { "max_ms", 600 } }) << 6 << 6;
    QTest::newRow("one worker") << map({ { "workers", 1 }, { "tasks", 4 }, { "max_ms", 40 } }) << 1 << 4;
}

void TestPoolScenarios::testAsCompleted()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, workers);
    QFETCH(int, tasks);
    const Run run = runScenario(u"pool.as_completed"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;
    checkCommon(run, tasks);

    const QList<int> order = ints(run.outcome.value(u"completion_order"_s));
    const QList<int> durations = ints(run.outcome.value(u"durations_ms"_s));
    const int maxMs = params.value(u"max_ms"_s, 1000).toInt();
    QCOMPARE(sortedInts(order), range(tasks));
    QCOMPARE(ints(run.outcome.value(u"results"_s)), order); // each call returns its number
    QCOMPARE(durations.size(), tasks);
    for (int d : durations)
        QVERIFY(d >= 0 && d <= maxMs);
    if (workers == 1) {
        QCOMPARE(order, range(tasks)); // one worker: nothing can overtake
    } else if (workers >= tasks) {
        // All start together: they finish by duration (calls closer than the slack may swap).
        const int slack = 60;
        for (int k = 1; k < order.size(); ++k)
            QVERIFY2(durations[order[k - 1]] <= durations[order[k]] + slack,
                qPrintable(u"task %1 (%2 ms) came before task %3 (%4 ms)"_s.arg(order[k - 1])
                               .arg(durations[order[k - 1]])
                               .arg(order[k])
                               .arg(durations[order[k]])));
    }
    // The main thread was woken by whichever worker finished, on that future.
    const int main = actorIndex(t, u"MainThread"_s);
    for (const Flow& f : flowsOf(t, FlowKind::Wake)) {
        QCOMPARE(f.toActor, main);
        QVERIFY(t.resources()[std::size_t(f.resource)].kind == ResourceKind::Future);
    }
    QVERIFY(run.outcome.value(u"max_concurrent"_s).toInt() <= workers);
}

void TestPoolScenarios::testAsCompletedSeed()
{
    const QVariantMap params = map({ { "tasks", 8 }, { "max_ms", 50 } });
    auto durations = [&](quint64 seed) {
        RunRequest request;
        request.scenario = u"pool.as_completed"_s;
        request.params = params;
        request.seed = seed;
        QString error;
        const Trace t = Runner::runBlocking(request, &error);
        return t.meta().outcome.value(u"durations_ms"_s).toList();
    };
    const QVariantList a = durations(11);
    QCOMPARE(a.size(), 8);
    QCOMPARE(durations(11), a);
    QVERIFY(durations(12) != a || durations(13) != a);
}

// pool.cancel --------------------------------------------------------------------------------------

void TestPoolScenarios::testCancel_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<QList<bool>>("expected"); // empty: only the rule is checked
    QTest::newRow("defaults") << QVariantMap() << 4 << QList<bool> { false, false, true, true };
    QTest::newRow("3 workers, 6 tasks") << map({ { "workers", 3 }, { "tasks", 6 }, { "task_ms", 400 } }) << 6
                                        << QList<bool> { false, false, false, true, true, true };
    QTest::newRow("more workers than tasks")
        << map({ { "workers", 4 }, { "tasks", 2 }, { "task_ms", 300 } }) << 2 << QList<bool> { false, false };
    QTest::newRow("short tasks") << map({ { "workers", 2 }, { "tasks", 8 }, { "task_ms", 4 } }) << 8 << QList<bool> {};
}

void TestPoolScenarios::testCancel()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, tasks);
    QFETCH(QList<bool>, expected);
    const Run run = runScenario(u"pool.cancel"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;
    checkCommon(run, tasks);

    const QList<bool> cancelled = bools(run.outcome.value(u"cancelled"_s));
    const QList<bool> ran = bools(run.outcome.value(u"ran"_s));
    if (!expected.isEmpty())
        QCOMPARE(cancelled, expected);
    // The rule, whatever the timing: a call either ran or was cancelled, never both, never neither.
    QCOMPARE(bools(run.outcome.value(u"cancel_returned"_s)), cancelled);
    const QVariantList results = run.outcome.value(u"results"_s).toList();
    int nCancelled = 0;
    for (int i = 0; i < tasks; ++i) {
        QVERIFY(cancelled[i] != ran[i]);
        QCOMPARE(results[i].isNull(), cancelled[i]);
        nCancelled += cancelled[i];
    }
    QCOMPARE(countInstants(t, InstantKind::Cancel), nCancelled);
    // A cancelled call's submit arrow never reaches a worker.
    QCOMPARE(int(flowsOf(t, FlowKind::Submit).size()), tasks - nCancelled);
    QCOMPARE(ints(run.outcome.value(u"completion_order"_s)).size(), tasks - nCancelled);
}

// pool.exception -----------------------------------------------------------------------------------

void TestPoolScenarios::testException_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("failing");
    QTest::newRow("defaults") << QVariantMap() << 3 << 0;
    QTest::newRow("the last of 3, one worker") << map({ { "workers", 1 }, { "fail_index", 2 } }) << 3 << 2;
    QTest::newRow("nothing fails") << map({ { "fail_index", -1 } }) << 3 << -1;
    QTest::newRow("index past the tasks") << map({ { "tasks", 2 }, { "fail_index", 5 } }) << 2 << -1;
}

void TestPoolScenarios::testException()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, tasks);
    QFETCH(int, failing);
    const Run run = runScenario(u"pool.exception"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;
    checkCommon(run, tasks);

    const QVariantList results = run.outcome.value(u"results"_s).toList();
    const QStringList exceptions = run.outcome.value(u"exceptions"_s).toStringList();
    for (int i = 0; i < tasks; ++i) {
        if (i == failing) {
            QVERIFY(results[i].isNull());
            QCOMPARE(exceptions[i], u"ValueError: task %1 failed"_s.arg(i));
        } else {
            QCOMPARE(results[i].toInt(), i * i);
            QCOMPARE(exceptions[i], QString());
        }
    }
    QCOMPARE(run.outcome.value(u"caught"_s).toInt(), failing >= 0 ? 1 : 0);
    // Raised in the worker, raised again in the main thread's result(); the worker lives on.
    QCOMPARE(countInstants(t, InstantKind::Exception), failing >= 0 ? 2 : 0);
    for (const QString& w : workerNames(t))
        QCOMPARE(finalState(t, actorIndex(t, w)), State::Done);
    if (failing >= 0 && params.value(u"workers"_s).toInt() == 1) {
        // The one worker that saw the exception ran every call.
        const int worker = actorIndex(t, u"ThreadPoolExecutor-0_0"_s);
        int ranByIt = 0;
        for (int i = 0; i < tasks; ++i) {
            for (const HoldInterval& h : t.holds(resourceIndex(t, u"future-%1"_s.arg(i))))
                ranByIt += h.actor == worker;
        }
        QCOMPARE(ranByIt, tasks);
    }
}

// pool.shutdown ------------------------------------------------------------------------------------

void TestPoolScenarios::testShutdown_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("tasks");
    QTest::newRow("defaults: no wait") << QVariantMap() << 4 << 10;
    QTest::newRow("wait") << map({ { "wait", true }, { "tasks", 6 } }) << 4 << 6;
    QTest::newRow("wait, cancel_futures") << map({ { "wait", true }, { "cancel_futures", true } }) << 4 << 10;
    QTest::newRow("no wait, cancel_futures")
        << map({ { "workers", 2 }, { "tasks", 5 }, { "cancel_futures", true } }) << 2 << 5;
}

void TestPoolScenarios::testShutdown()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, workers);
    QFETCH(int, tasks);
    const bool wait = params.value(u"wait"_s, false).toBool();
    const bool cancelFutures = params.value(u"cancel_futures"_s, false).toBool();
    const Run run = runScenario(u"pool.shutdown"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;
    checkCommon(run, tasks);

    const QList<bool> cancelled = bools(run.outcome.value(u"cancelled"_s));
    const int nCancelled = int(cancelled.count(true));
    // cancel_futures drops exactly what was still queued: everything past the first `workers` calls.
    QCOMPARE(nCancelled, cancelFutures ? tasks - workers : 0);
    for (int i = 0; i < tasks; ++i)
        QCOMPARE(cancelled[i], cancelFutures && i >= workers);
    QCOMPARE(ints(run.outcome.value(u"completion_order"_s)).size(), tasks - nCancelled);

    // What was done when shutdown() returned: everything with wait=True, nothing but the cancelled ones
    // without (each call takes 200 ms).
    const int doneWhenReturned = run.outcome.value(u"done_when_returned"_s).toInt();
    QCOMPARE(doneWhenReturned, wait ? tasks : nCancelled);
    QVERIFY(run.outcome.contains(u"shutdown_ms"_s));

    const int main = actorIndex(t, u"MainThread"_s);
    qint64 lastWorkerEnd = 0;
    for (const QString& w : workerNames(t)) {
        QCOMPARE(finalState(t, actorIndex(t, w)), State::Done);
        lastWorkerEnd = std::max(lastWorkerEnd, finalTime(t, actorIndex(t, w)));
    }
    if (wait) {
        QVERIFY(!flowsOf(t, FlowKind::Join).empty()); // shutdown joined the workers
        QVERIFY(finalTime(t, main) >= lastWorkerEnd);
    } else {
        QVERIFY(finalTime(t, main) < lastWorkerEnd); // the program waited for them after the main thread
    }
}

// pool.gil -----------------------------------------------------------------------------------------

void TestPoolScenarios::testGil_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("workMs");
    QTest::newRow("defaults: threads") << QVariantMap() << 4 << 500.0;
    QTest::newRow("threads_gil") << map({ { "mode", u"threads_gil"_s }, { "tasks", 3 }, { "work_ms", 60 } }) << 3
                                 << 60.0;
    QTest::newRow("threads_gil, 1 ms switches")
        << map({ { "mode", u"threads_gil"_s }, { "tasks", 2 }, { "work_ms", 40 }, { "switch_ms", 1 } }) << 2 << 40.0;
    QTest::newRow("threads, short") << map({ { "tasks", 3 }, { "work_ms", 150 } }) << 3 << 150.0;
    QTest::newRow("processes") << map({ { "mode", u"processes"_s }, { "tasks", 2 }, { "work_ms", 100 } }) << 2 << 100.0;
}

void TestPoolScenarios::testGil()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, tasks);
    QFETCH(double, workMs);
    const QString mode = params.value(u"mode"_s, u"threads"_s).toString();
    const Run run = runScenario(u"pool.gil"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;
    checkCommon(run, tasks);

    // Every call used its CPU time, whatever the mode.
    for (int ms : ints(run.outcome.value(u"cpu_ms"_s)))
        QVERIFY2(ms >= int(workMs), qPrintable(QString::number(ms)));
    QCOMPARE(sortedInts(ints(run.outcome.value(u"completion_order"_s))), range(tasks));
    QCOMPARE(run.outcome.value(u"serial_ms"_s).toInt(), int(tasks * workMs));
    const int gil = resourceIndex(t, u"GIL"_s);
    const int most = run.outcome.value(u"max_concurrent"_s).toInt();
    if (mode == u"threads_gil"_s) {
        // One task at a time: the holds never overlap, and the work happened inside them.
        QVERIFY(gil >= 0);
        QCOMPARE(most, 1);
        QCOMPARE(maxOverlap(t.holds(gil)), 1);
        qint64 held = 0;
        for (const HoldInterval& h : t.holds(gil))
            held += h.end - h.start;
        // (The CPU clock also counts each switch's own bookkeeping, done outside the holds: a 10% margin.)
        QVERIFY(held >= qint64(0.9 * tasks * workMs * 1e6));
        // Forced switches, and the waiting threads blocked on the GIL.
        QVERIFY(run.outcome.value(u"switches"_s).toInt() > 0);
        int marks = 0;
        for (const Instant& i : t.instants())
            marks += i.kind == InstantKind::Mark && i.resource == gil && i.text == u"switch interval"_s;
        QCOMPARE(marks, run.outcome.value(u"switches"_s).toInt());
        int blocked = 0;
        for (const QString& w : workerNames(t))
            blocked += int(intervalsIn(t, actorIndex(t, w), State::Blocked, gil).size());
        QVERIFY(blocked > 0);
    } else if (mode == u"threads"_s) {
        QCOMPARE(gil, -1);
        QCOMPARE(most, tasks);
        QCOMPARE(maxRunning(t, workerNames(t)), tasks);
    } else {
        // Real child processes, with their own pids, one per call.
        const QStringList procs = actorNames(t, ActorKind::Process);
        QCOMPARE(procs.size(), tasks);
        for (const ActorInfo& a : t.actors()) {
            if (a.kind == ActorKind::Process) {
                QVERIFY(a.pid > 0 && a.pid != qint64(::getpid()));
                QVERIFY(a.name.startsWith(u"SpawnProcess-"_s));
            }
        }
        for (const QString& e : run.outcome.value(u"exceptions"_s).toStringList())
            QCOMPARE(e, QString());
        QCOMPARE(maxRunning(t, procs), tasks);
    }
}

void TestPoolScenarios::testBadParams_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("named");
    QTest::newRow("no workers") << u"pool.map"_s << map({ { "workers", 0 } }) << u"workers"_s;
    QTest::newRow("unknown mode") << u"pool.gil"_s << map({ { "mode", u"fibers"_s } }) << u"mode"_s;
    QTest::newRow("negative max_ms") << u"pool.as_completed"_s << map({ { "max_ms", -5 } }) << u"max_ms"_s;
    QTest::newRow("fail_index too low") << u"pool.exception"_s << map({ { "fail_index", -2 } }) << u"fail_index"_s;
}

void TestPoolScenarios::testBadParams()
{
    QFETCH(QString, id);
    QFETCH(QVariantMap, params);
    QFETCH(QString, named);
    const Run run = runScenario(id, params);
    QVERIFY(!run.error.isEmpty());
    QVERIFY2(run.error.contains(named), qPrintable(run.error));
}

QTEST_GUILESS_MAIN(TestPoolScenarios)
#include "tst_poolscenarios.moc"
