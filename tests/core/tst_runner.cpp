// SPDX-License-Identifier: MIT
// The Runner: validation, deadlock and lost wake-up detection, cancel, time limit, live events,
// and that no thread of a run is left behind.
#include "fnscenario.h"

#include "engine/runjob.h"

#include "sync/barrier.h"
#include "sync/condition.h"
#include "sync/mutex.h"
#include "sync/thread.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <thread>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestRunner : public QObject {
    Q_OBJECT
private slots:
    void testUnknownScenario();
    void testBadParameter();
    void testTwoLockDeadlock();
    void testSelfDeadlock();
    void testLostWakeUp();
    void testCancelSleeper();
    void testTimeLimit();
    void testEventsAvailableWhileRunning();
    void testTimeStartsWithTheProgram();
    void testNoThreadLeft_data();
    void testNoThreadLeft();
};

namespace {

int taskCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// t1 takes a then b, t2 takes b then a; a barrier makes sure each holds its first lock first.
void twoLocks(RunContext& ctx)
{
    Mutex& a = ctx.make<Mutex>(ctx, u"a"_s);
    Mutex& b = ctx.make<Mutex>(ctx, u"b"_s);
    Barrier& both = ctx.make<Barrier>(ctx, u"both"_s, 2);
    Thread t1(ctx, u"t1"_s, [&] {
        Guard g(a);
        both.wait();
        Guard h(b);
    });
    Thread t2(ctx, u"t2"_s, [&] {
        Guard g(b);
        both.wait();
        Guard h(a);
    });
    t1.start();
    t2.start();
    t1.join();
    t2.join();
}

void lostWakeUp(RunContext& ctx)
{
    Condition& items = ctx.make<Condition>(ctx, u"items"_s);
    Thread producer(ctx, u"producer"_s, [&] {
        Guard g(items);
        items.notify(); // before anybody waits: lost
    });
    Thread consumer(ctx, u"consumer"_s, [&] {
        Guard g(items);
        items.wait(); // no predicate: waits for a notify that already happened
    });
    producer.start();
    producer.join();
    consumer.start();
    consumer.join();
}

void sleeper(RunContext& ctx)
{
    ctx.sleepMs(60000);
}

Trace runWithRunner(Runner& runner, const Scenario& scenario, int timeLimitMs = 60000, bool cancelEarly = false)
{
    QSignalSpy finished(&runner, &Runner::finished);
    RunRequest request;
    request.timeLimitMs = timeLimitMs;
    QString error;
    const quint64 id = runner.start(scenario, request, &error);
    if (id == 0)
        return {};
    if (cancelEarly)
        runner.cancel();
    if (!finished.wait(30000))
        return {};
    if (finished.constFirst().at(0).toULongLong() != id)
        return {};
    return finished.constFirst().at(1).value<Trace>();
}

} // namespace

void TestRunner::testUnknownScenario()
{
    Runner runner;
    RunRequest request;
    request.scenario = u"threads.nope"_s;
    QString error;
    QCOMPARE(runner.start(request, &error), quint64(0));
    QVERIFY2(error.startsWith(u"unknown scenario 'threads.nope'; known: "_s), qPrintable(error));
    QVERIFY(!runner.isRunning());
    error.clear();
    QVERIFY(Runner::runBlocking(request, &error).isEmpty());
    QVERIFY(error.startsWith(u"unknown scenario 'threads.nope'"_s));
}

void TestRunner::testBadParameter()
{
    FnScenario scenario([](RunContext&) {}, { ParamSpec::integer(u"threads"_s, 4, 1, 1000, u"Threads"_s, {}) });
    Runner runner;
    RunRequest request;
    request.params = { { u"threads"_s, 5000 } };
    QString error;
    QCOMPARE(runner.start(scenario, request, &error), quint64(0));
    QCOMPARE(error, u"parameter 'threads' must be an integer from 1 to 1000 (got 5000)"_s);
    request.params = { { u"thread"_s, 5 } };
    QVERIFY(Runner::runBlocking(scenario, request, &error).isEmpty());
    QCOMPARE(error, u"unknown parameter 'thread' for this scenario; known: threads"_s);
}

void TestRunner::testTwoLockDeadlock()
{
    FnScenario scenario(twoLocks);
    Runner runner;
    const Trace trace = runWithRunner(runner, scenario);
    QVERIFY(!trace.isEmpty());
    const QVariantMap outcome = trace.meta().outcome;
    QVERIFY(outcome.value(u"deadlock"_s).toBool());
    QCOMPARE(outcome.value(u"cycle"_s).toStringList(), (QStringList { u"t1"_s, u"t2"_s }));
    QCOMPARE(outcome.value(u"cycle_resources"_s).toStringList(), (QStringList { u"b"_s, u"a"_s }));
    QCOMPARE(outcome.value(u"reason"_s).toString(),
        u"t1 waits for lock 'b', held by t2, who waits for lock 'a', held by t1"_s);
    // Reported soon after the last thread got stuck (the target is 2 s; loose here for busy machines).
    qint64 stuckAt = 0;
    qint64 reportedAt = 0;
    for (const StateInterval& s : trace.states(actorNamed(trace, u"t2"_s))) {
        if (s.state == State::Blocked)
            stuckAt = std::max(stuckAt, s.start);
    }
    for (const StateInterval& s : trace.states(actorNamed(trace, u"t1"_s))) {
        if (s.state == State::Blocked)
            stuckAt = std::max(stuckAt, s.start);
    }
    for (const Instant& i : trace.instants()) {
        if (i.kind == InstantKind::Deadlock)
            reportedAt = i.time;
    }
    qInfo("deadlock reported %lld ms after the last thread got stuck", (reportedAt - stuckAt) / 1000000);
    QVERIFY(reportedAt > stuckAt);
    QVERIFY(reportedAt - stuckAt < 10'000'000'000);
    // Every stuck actor is marked, then cancelled.
    for (const QString& name : { u"t1"_s, u"t2"_s, u"MainThread"_s }) {
        const int actor = actorNamed(trace, name);
        QCOMPARE(trace.states(actor).back().state, State::Cancelled);
        bool marked = false;
        for (const Instant& i : trace.instants())
            marked |= i.actor == actor && i.kind == InstantKind::Deadlock;
        QVERIFY2(marked, qPrintable(name));
    }
}

void TestRunner::testSelfDeadlock()
{
    FnScenario scenario([](RunContext& ctx) {
        Mutex& lock = ctx.make<Mutex>(ctx, u"lock"_s);
        lock.acquire();
        lock.acquire(); // a Lock is not re-entrant
    });
    const Trace trace = Runner::runBlocking(scenario, RunRequest(), nullptr);
    const QVariantMap outcome = trace.meta().outcome;
    QVERIFY(outcome.value(u"deadlock"_s).toBool());
    QCOMPARE(outcome.value(u"cycle"_s).toStringList(), QStringList { u"MainThread"_s });
    QCOMPARE(outcome.value(u"reason"_s).toString(), u"MainThread waits for lock 'lock', which it holds itself"_s);
}

void TestRunner::testLostWakeUp()
{
    FnScenario scenario(lostWakeUp);
    Runner runner;
    const Trace trace = runWithRunner(runner, scenario);
    const QVariantMap outcome = trace.meta().outcome;
    QVERIFY(outcome.value(u"deadlock"_s).toBool());
    QVERIFY(!outcome.contains(u"cycle"_s));
    const QString reason = outcome.value(u"reason"_s).toString();
    QVERIFY2(
        reason.contains(u"consumer waits on condition 'items' but no running thread can notify it: a lost wake-up"_s),
        qPrintable(reason));
    QVERIFY2(reason.endsWith(u"; MainThread waits for consumer to finish"_s), qPrintable(reason));
}

void TestRunner::testCancelSleeper()
{
    FnScenario scenario(sleeper);
    Runner runner;
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy live(&runner, &Runner::eventsAvailable);
    QString error;
    const quint64 id = runner.start(scenario, RunRequest(), &error);
    QVERIFY(id != 0);
    QVERIFY(runner.isRunning());
    // Cancel once the main thread is seen sleeping.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto& args : live) {
                for (const Event& e : args.at(0).value<EventBatch>().events) {
                    if (e.type == EventType::State && State(e.code) == State::Sleeping)
                        return true;
                }
            }
            return false;
        },
        10000));
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QVERIFY(finished.wait(10000));
    qInfo("cancel to finished: %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!runner.isRunning());
    const Trace trace = finished.constFirst().at(1).value<Trace>();
    QCOMPARE(finished.constFirst().at(0).toULongLong(), id);
    QCOMPARE(trace.meta().outcome.value(u"stopped"_s).toString(), u"cancelled"_s);
    QCOMPARE(trace.states(0).back().state, State::Cancelled);
}

void TestRunner::testTimeLimit()
{
    FnScenario scenario(sleeper);
    Runner runner;
    const Trace trace = runWithRunner(runner, scenario, 200);
    QCOMPARE(trace.meta().outcome.value(u"stopped"_s).toString(), u"time limit"_s);
    QCOMPARE(trace.states(0).back().state, State::Cancelled);
    QVERIFY(trace.duration() >= 200'000'000);
}

void TestRunner::testEventsAvailableWhileRunning()
{
    FnScenario scenario([](RunContext& ctx) {
        for (int i = 0; i < 30; ++i)
            ctx.sleepMs(10);
    });
    Runner runner;
    runner.setLiveInterval(5);
    QSignalSpy live(&runner, &Runner::eventsAvailable);
    QSignalSpy finished(&runner, &Runner::finished);
    QString error;
    const quint64 id = runner.start(scenario, RunRequest(), &error);
    QVERIFY(finished.wait(30000));
    QVERIFY(live.size() >= 2); // at least one while running, and the last one at the end
    std::size_t events = 0;
    for (const auto& args : live) {
        const EventBatch batch = args.at(0).value<EventBatch>();
        QCOMPARE(batch.runId, id);
        QVERIFY(!batch.actors.empty());
        events += batch.events.size();
    }
    // Every event reached the window, exactly once.
    QCOMPARE(events, finished.constFirst().at(1).value<Trace>().events().size());
}

void TestRunner::testTimeStartsWithTheProgram()
{
    // However long ago the recorder was made ready (the app makes it ready, then starts a thread that
    // starts the run), time zero is when the program starts: its picture opens with its first step.
    FnScenario scenario([](RunContext& ctx) { ctx.sleepMs(1); });
    Recorder recorder;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    RunJob job(recorder, scenario, {}, 1, 60000);
    const Trace trace = job.exec();
    QVERIFY(!trace.states(0).empty());
    QVERIFY2(trace.states(0).front().start < 300'000'000,
        qPrintable(u"the main thread starts at %1 ns"_s.arg(trace.states(0).front().start)));
    for (const Event& e : trace.events())
        QVERIFY(e.time >= trace.states(0).front().start);
}

void TestRunner::testNoThreadLeft_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("finished") << u"finished"_s;
    QTest::newRow("deadlocked") << u"deadlocked"_s;
    QTest::newRow("cancelled") << u"cancelled"_s;
    QTest::newRow("timed out") << u"timed out"_s;
}

void TestRunner::testNoThreadLeft()
{
    QFETCH(QString, ending);
    const int before = taskCount();
    FnScenario scenario([ending](RunContext& ctx) {
        std::vector<Thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(
                ctx, u"w%1"_s.arg(i),
                [&ctx, ending] {
                    if (ending == u"cancelled" || ending == u"timed out")
                        ctx.sleepMs(60000);
                },
                i % 2 == 0);
            threads.back().start();
        }
        if (ending == u"deadlocked")
            twoLocks(ctx);
        else if (ending != u"finished")
            sleeper(ctx);
    });
    Runner runner;
    const Trace trace = runWithRunner(runner, scenario, ending == u"timed out" ? 300 : 60000, ending == u"cancelled");
    QVERIFY(!trace.isEmpty());
    QCOMPARE(trace.meta().outcome.value(u"deadlock"_s).toBool(), ending == u"deadlocked");
    QCOMPARE(taskCount(), before);
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
