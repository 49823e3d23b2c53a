// SPDX-License-Identifier: MIT
// The threads.* scenarios: each lesson under its defaults and other parameters, checked in the outcome
// and in the recorded picture. No timing assertions: only orders, counts and states.
#include "scenariotrace.h"
#include "trace/traceio.h"

#include <QTest>

using namespace interleave;
using namespace interleave::scenariotest;
using namespace Qt::StringLiterals;

namespace {

QStringList threadNames(int n, const char* pattern = "Thread-%1")
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << QString::fromLatin1(pattern).arg(i);
    return out;
}

} // namespace

class TestThreadScenarios : public QObject {
    Q_OBJECT
private slots:
    void testStartJoin_data();
    void testStartJoin();
    void testDaemon_data();
    void testDaemon();
    void testRace_data();
    void testRace();
    void testRaceThousandThreads();
    void testLock_data();
    void testLock();
    void testRLock_data();
    void testRLock();
    void testCondition_data();
    void testCondition();
    void testEvent_data();
    void testEvent();
    void testSemaphore_data();
    void testSemaphore();
    void testDeadlock_data();
    void testDeadlock();
};

// threads.start_join ------------------------------------------------------------------------------

void TestThreadScenarios::testStartJoin_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("finished");
    QTest::newRow("defaults: join") << QVariantMap() << 2 << 2;
    QTest::newRow("join, 3 short workers") << map({ { "workers", 3 }, { "work_ms", 50 } }) << 3 << 3;
    QTest::newRow("sleep long enough")
        << map({ { "wait", u"sleep"_s }, { "work_ms", 20 }, { "main_sleep_ms", 1500 } }) << 2 << 2;
    QTest::newRow("sleep shorter than the work")
        << map({ { "workers", 3 }, { "wait", u"sleep"_s }, { "work_ms", 5000 }, { "main_sleep_ms", 50 } }) << 3
        << 0;
}

void TestThreadScenarios::testStartJoin()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, workers);
    QFETCH(int, finished);
    const Run run = runScenario(u"threads.start_join"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    QCOMPARE(run.outcome.value(u"finished"_s).toInt(), finished);
    QCOMPARE(run.outcome.value(u"cut_off"_s).toInt(), workers - finished);
    const QVariantList status = run.outcome.value(u"worker_status"_s).toList();
    QCOMPARE(status.size(), workers);
    QCOMPARE(run.outcome.value(u"completion_order"_s).toStringList().size(), finished);

    QCOMPARE(actorNames(t, ActorKind::Thread), threadNames(workers));
    QCOMPARE(int(flowsOf(t, FlowKind::Spawn).size()), workers);
    const int main = actorIndex(t, u"MainThread"_s);
    for (int i = 0; i < workers; ++i) {
        const QString name = threadNames(workers).at(i);
        const int a = actorIndex(t, name);
        const bool done = status.at(i).toString() == u"finished"_s;
        QCOMPARE(finalState(t, a), done ? State::Done : State::Cancelled);
        // A worker cut off never prints its last line.
        QCOMPARE(markTexts(t, a).contains(name + u" ends"_s), done);
        if (!done)
            QVERIFY(finalTime(t, a) >= finalTime(t, main)); // cut off when the main thread ended
    }
    if (params.value(u"wait"_s, u"join"_s).toString() == u"join"_s) {
        // The main thread waited in join() (on the threads) until the last worker ended.
        QVERIFY(!intervalsIn(t, main, State::Waiting).empty());
        QVERIFY(!flowsOf(t, FlowKind::Join).empty());
    }
}

// threads.daemon ----------------------------------------------------------------------------------

void TestThreadScenarios::testDaemon_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<bool>("cutOff");
    QTest::addColumn<int>("maxTicks");
    QTest::newRow("defaults: daemon") << QVariantMap() << true << 7;
    QTest::newRow("daemon, short") << map({ { "tick_ms", 50 }, { "main_ms", 200 } }) << true << 9;
    QTest::newRow("not daemon, short") << map({ { "daemon", false }, { "tick_ms", 50 }, { "main_ms", 200 } }) << false
                                       << 9;
    QTest::newRow("not daemon, main ends at once")
        << map({ { "daemon", false }, { "tick_ms", 20 }, { "main_ms", 0 } }) << false << 1;
}

void TestThreadScenarios::testDaemon()
{
    QFETCH(QVariantMap, params);
    QFETCH(bool, cutOff);
    QFETCH(int, maxTicks);
    const Run run = runScenario(u"threads.daemon"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    const int ticks = run.outcome.value(u"ticks"_s).toInt();
    QCOMPARE(run.outcome.value(u"max_ticks"_s).toInt(), maxTicks);
    QCOMPARE(run.outcome.value(u"cut_off"_s).toBool(), cutOff);
    const int main = actorIndex(t, u"MainThread"_s);
    const int worker = actorIndex(t, u"Thread-1"_s);
    QVERIFY(worker >= 0);
    QCOMPARE(markTexts(t, worker).size(), ticks);
    // The worker's lane ends after the main thread's either way: cut off then, or waited for.
    QVERIFY(finalTime(t, worker) >= finalTime(t, main));
    // The program ends no earlier than the main thread's last step, its "main ends" mark. (Its lane's
    // done comes after run() returns, on a loaded machine in a later millisecond: seen under TSan.)
    qint64 mainEndsNs = -1;
    for (const Instant& i : t.instants()) {
        if (i.actor == main && i.kind == InstantKind::Mark)
            mainEndsNs = i.time;
    }
    QVERIFY(mainEndsNs >= 0);
    QVERIFY(run.outcome.value(u"program_end_ms"_s).toLongLong() >= mainEndsNs / 1000000);
    if (cutOff) {
        QVERIFY(ticks >= 1 && ticks < maxTicks);
        QCOMPARE(finalState(t, worker), State::Cancelled);
    } else {
        QCOMPARE(ticks, maxTicks);
        QCOMPARE(finalState(t, worker), State::Done);
        // The worker notes the program's end when its last sleep is over, before its lane's done
        // (which, on a loaded machine, may fall in a later millisecond: seen under ASan).
        const auto running = intervalsIn(t, worker, State::Running);
        QVERIFY(!running.empty());
        QVERIFY(run.outcome.value(u"program_end_ms"_s).toLongLong() >= running.back().start / 1000000);
        QVERIFY(run.outcome.value(u"program_end_ms"_s).toLongLong() <= finalTime(t, worker) / 1000000);
    }
}

// threads.race ------------------------------------------------------------------------------------

void TestThreadScenarios::testRace_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("increments");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<int>("expectLoss"); // 1: lost > 0, 0: lost == 0, -1: either
    QTest::newRow("defaults: no lock") << QVariantMap() << 4 << 1000 << false << 1;
    QTest::newRow("lock") << map({ { "lock", true } }) << 4 << 1000 << true << 0;
    QTest::newRow("8 threads, 200 us window")
        << map({ { "threads", 8 }, { "increments", 50 }, { "window_us", 200 } }) << 8 << 50 << false << 1;
    QTest::newRow("lock, 200 us window")
        << map({ { "increments", 50 }, { "window_us", 200 }, { "lock", true } }) << 4 << 50 << true << 0;
    // A real window: with window_us 0 one thread may finish its increments before the other starts on
    // a loaded machine (seen once under ASan), and nothing is lost.
    QTest::newRow("2 threads, 100 us window")
        << map({ { "threads", 2 }, { "increments", 200 }, { "window_us", 100 } }) << 2 << 200 << false << 1;
    QTest::newRow("one thread") << map({ { "threads", 1 } }) << 1 << 1000 << false << 0;
    QTest::newRow("1000 threads, lock") << map({ { "threads", 1000 }, { "increments", 3 }, { "lock", true } }) << 1000
                                        << 3 << true << 0;
}

void TestThreadScenarios::testRace()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, threads);
    QFETCH(int, increments);
    QFETCH(bool, locked);
    QFETCH(int, expectLoss);
    const Run run = runScenario(u"threads.race"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    const qint64 expected = qint64(threads) * increments;
    const qint64 counter = run.outcome.value(u"counter"_s).toLongLong();
    const qint64 lost = run.outcome.value(u"lost"_s).toLongLong();
    QCOMPARE(run.outcome.value(u"expected"_s).toLongLong(), expected);
    QCOMPARE(counter + lost, expected);
    QVERIFY(lost >= 0);
    if (expectLoss == 1)
        QVERIFY2(lost > 0, "the unlocked race must lose updates");
    else if (expectLoss == 0)
        QCOMPARE(lost, 0);

    QCOMPARE(actorNames(t, ActorKind::Thread).size(), threads);
    // Every increment stored once (after the initial 0), lost or not.
    const auto& series = t.counter(resourceIndex(t, u"counter"_s));
    QCOMPARE(qint64(series.size()), expected + 1);
    const int lock = resourceIndex(t, u"lock"_s);
    if (locked) {
        QVERIFY(lock >= 0);
        QCOMPARE(qint64(t.holds(lock).size()), expected);
        QCOMPARE(maxOverlap(t.holds(lock)), 1);
        for (std::size_t i = 1; i < series.size(); ++i)
            QCOMPARE(series[i].value, series[i - 1].value + 1);
    } else {
        QCOMPARE(lock, -1);
        if (lost > 0) {
            // The picture shows the loss: some store did not go up.
            bool stale = false;
            for (std::size_t i = 1; i < series.size() && !stale; ++i)
                stale = series[i].value <= series[i - 1].value;
            QVERIFY(stale);
        }
    }
}

void TestThreadScenarios::testRaceThousandThreads()
{
    // The maximum: it must run, record every thread and store every increment.
    const Run run = runScenario(u"threads.race"_s, map({ { "threads", 1000 }, { "increments", 20 } }));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(actorNames(run.trace, ActorKind::Thread).size(), 1000);
    QCOMPARE(run.outcome.value(u"expected"_s).toLongLong(), 20000);
    QCOMPARE(run.outcome.value(u"counter"_s).toLongLong() + run.outcome.value(u"lost"_s).toLongLong(), 20000);
    QCOMPARE(qint64(run.trace.counter(resourceIndex(run.trace, u"counter"_s)).size()), 20001);
    for (const QString& name : actorNames(run.trace, ActorKind::Thread))
        QCOMPARE(finalState(run.trace, actorIndex(run.trace, name)), State::Done);

    // And it exports: the trace file reads back with every thread and the outcome.
    QString error;
    const std::optional<Trace> back = TraceIO::fromJson(TraceIO::toJson(run.trace), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(actorNames(*back, ActorKind::Thread), actorNames(run.trace, ActorKind::Thread));
    QCOMPARE(back->meta().outcome.value(u"lost"_s).toLongLong(), run.outcome.value(u"lost"_s).toLongLong());
    QCOMPARE(back->counter(resourceIndex(*back, u"counter"_s)).size(),
        run.trace.counter(resourceIndex(run.trace, u"counter"_s)).size());
}

// threads.lock ------------------------------------------------------------------------------------

void TestThreadScenarios::testLock_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<int>("expectWaiting"); // 1: somebody queued, 0: nobody, -1: either
    QTest::newRow("defaults") << QVariantMap() << 4 << 3 << 1;
    QTest::newRow("8 threads, no think time")
        << map({ { "threads", 8 }, { "rounds", 2 }, { "hold_ms", 20 }, { "think_ms", 0 } }) << 8 << 2 << 1;
    QTest::newRow("think longer than hold")
        << map({ { "threads", 2 }, { "rounds", 2 }, { "hold_ms", 10 }, { "think_ms", 30 } }) << 2 << 2 << -1;
    QTest::newRow("one thread") << map({ { "threads", 1 }, { "hold_ms", 10 }, { "think_ms", 10 } }) << 1 << 3 << 0;
}

void TestThreadScenarios::testLock()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, threads);
    QFETCH(int, rounds);
    QFETCH(int, expectWaiting);
    const Run run = runScenario(u"threads.lock"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    QCOMPARE(run.outcome.value(u"max_concurrent"_s).toInt(), 1);
    QCOMPARE(run.outcome.value(u"acquisitions"_s).toInt(), threads * rounds);
    QCOMPARE(run.outcome.value(u"acquisition_order"_s).toStringList().size(), threads * rounds);
    const int maxWaiting = run.outcome.value(u"max_waiting"_s).toInt();
    QVERIFY(maxWaiting >= 0 && maxWaiting <= threads - 1);

    const int lock = resourceIndex(t, u"lock"_s);
    QCOMPARE(int(t.holds(lock).size()), threads * rounds);
    QCOMPARE(maxOverlap(t.holds(lock)), 1);
    int blocked = 0;
    for (const QString& name : actorNames(t, ActorKind::Thread)) {
        const int a = actorIndex(t, name);
        blocked += int(intervalsIn(t, a, State::Blocked, lock).size());
        QCOMPARE(finalState(t, a), State::Done);
    }
    if (expectWaiting == 1) {
        QVERIFY(maxWaiting >= 1);
        QVERIFY(blocked >= 1);
        QVERIFY(!flowsOf(t, FlowKind::Release).empty()); // the lock handed on to a waiter
    } else if (expectWaiting == 0) {
        QCOMPARE(maxWaiting, 0);
        QCOMPARE(blocked, 0);
    }
}

// threads.rlock -----------------------------------------------------------------------------------

void TestThreadScenarios::testRLock_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<bool>("deadlock");
    QTest::addColumn<int>("depthReached");
    QTest::newRow("defaults: RLock") << QVariantMap() << false << 2;
    QTest::newRow("RLock, depth 5") << map({ { "depth", 5 } }) << false << 5;
    QTest::newRow("Lock, depth 2") << map({ { "reentrant", false } }) << true << 1;
    QTest::newRow("Lock, depth 3") << map({ { "reentrant", false }, { "depth", 3 } }) << true << 1;
    QTest::newRow("Lock, depth 1") << map({ { "reentrant", false }, { "depth", 1 } }) << false << 1;
}

void TestThreadScenarios::testRLock()
{
    QFETCH(QVariantMap, params);
    QFETCH(bool, deadlock);
    QFETCH(int, depthReached);
    const Run run = runScenario(u"threads.rlock"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    QCOMPARE(run.outcome.value(u"deadlock"_s).toBool(), deadlock);
    QCOMPARE(run.outcome.value(u"depth_reached"_s).toInt(), depthReached);
    const int worker = actorIndex(t, u"Thread-1"_s);
    const int lock = resourceIndex(t, u"lock"_s);
    QCOMPARE(markTexts(t, worker).size(), depthReached);
    if (deadlock) {
        // A cycle of one: the thread waits for the lock it holds itself.
        QCOMPARE(run.outcome.value(u"cycle"_s).toStringList(), QStringList { u"Thread-1"_s });
        QVERIFY(!run.outcome.value(u"reason"_s).toString().isEmpty());
        QVERIFY(!intervalsIn(t, worker, State::Blocked, lock).empty());
        QVERIFY(countInstants(t, InstantKind::Deadlock) >= 1);
        QCOMPARE(finalState(t, worker), State::Cancelled);
    } else {
        QVERIFY(!run.outcome.contains(u"cycle"_s));
        QCOMPARE(finalState(t, worker), State::Done);
        QVERIFY(intervalsIn(t, worker, State::Blocked).empty());
        QCOMPARE(t.holds(lock).size(), std::size_t(1)); // one hold, however deep the re-entry
    }
}

// threads.condition -------------------------------------------------------------------------------

void TestThreadScenarios::testCondition_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<bool>("deadlock");
    QTest::addColumn<int>("produced");
    QTest::addColumn<int>("consumed");
    QTest::addColumn<int>("emptyWakeups");
    QTest::newRow("defaults") << QVariantMap() << false << 1 << 1 << 0;
    QTest::newRow("producer first, no predicate: lost wake-up")
        << map({ { "producer_first", true }, { "predicate", false } }) << true << 1 << 0 << 0;
    QTest::newRow("producer first, predicate") << map({ { "producer_first", true } }) << false << 1 << 1 << 0;
    QTest::newRow("consumers first, no predicate") << map({ { "predicate", false } }) << false << 1 << 1 << 0;
    QTest::newRow("3 producers, 2 consumers, 4 items, notify all")
        << map({ { "producers", 3 }, { "consumers", 2 }, { "items", 4 }, { "notify", u"all"_s } }) << false << 12
        << 12 << 0;
    QTest::newRow("2 producers, 3 consumers, producer first")
        << map({ { "producers", 2 }, { "consumers", 3 }, { "items", 2 }, { "producer_first", true } }) << false << 4
        << 4 << 0;
    QTest::newRow("notify all, no predicate: an empty wake-up")
        << map({ { "consumers", 2 }, { "items", 2 }, { "notify", u"all"_s }, { "predicate", false } }) << false << 2
        << 1 << 1;
}

void TestThreadScenarios::testCondition()
{
    QFETCH(QVariantMap, params);
    QFETCH(bool, deadlock);
    QFETCH(int, produced);
    QFETCH(int, consumed);
    QFETCH(int, emptyWakeups);
    const Run run = runScenario(u"threads.condition"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    QCOMPARE(run.outcome.value(u"deadlock"_s).toBool(), deadlock);
    QCOMPARE(run.outcome.value(u"produced"_s).toInt(), produced);
    QCOMPARE(run.outcome.value(u"consumed"_s).toInt(), consumed);
    QCOMPARE(run.outcome.value(u"empty_wakeups"_s).toInt(), emptyWakeups);

    const int condition = resourceIndex(t, u"condition"_s);
    const int items = resourceIndex(t, u"items"_s);
    QVERIFY(condition >= 0 && items >= 0);
    QCOMPARE(t.counter(items).back().value, qint64(produced - consumed));
    if (deadlock) {
        const QString reason = run.outcome.value(u"reason"_s).toString();
        QVERIFY2(reason.contains(u"lost wake-up"_s), qPrintable(reason));
        QVERIFY(!run.outcome.contains(u"cycle"_s));
        // The consumer started waiting after the only notify, which went to nobody.
        const int consumer = actorIndex(t, u"consumer 1"_s);
        const auto waits = intervalsIn(t, consumer, State::Waiting, condition);
        QCOMPARE(waits.size(), std::size_t(1));
        const auto notifies = std::count_if(t.instants().begin(), t.instants().end(), [&](const Instant& i) {
            return i.kind == InstantKind::Notify && i.resource == condition && i.time <= waits.front().start;
        });
        QCOMPARE(int(notifies), 1);
        QVERIFY(flowsOf(t, FlowKind::Notify).empty());
        return;
    }
    QVERIFY(!run.outcome.contains(u"reason"_s));
    int failed = 0;
    for (const QString& name : actorNames(t, ActorKind::Thread))
        failed += finalState(t, actorIndex(t, name)) == State::Failed ? 1 : 0;
    QCOMPARE(failed, emptyWakeups); // a consumer woken for nothing pops from an empty list
    if (emptyWakeups > 0) {
        const auto errors = std::count_if(t.instants().begin(), t.instants().end(),
            [](const Instant& i) { return i.kind == InstantKind::Exception && i.text.contains(u"IndexError"_s); });
        QCOMPARE(int(errors), emptyWakeups);
    }
    if (!params.value(u"producer_first"_s).toBool()) {
        // Consumers waited first: every item came with a notify arrow from a producer to a consumer.
        const auto notifies = flowsOf(t, FlowKind::Notify);
        QVERIFY(!notifies.empty());
        for (const Flow& f : notifies) {
            QVERIFY(t.actors()[std::size_t(f.fromActor)].name.startsWith(u"producer"_s));
            QVERIFY(t.actors()[std::size_t(f.toActor)].name.startsWith(u"consumer"_s));
        }
    }
}

// threads.event -----------------------------------------------------------------------------------

void TestThreadScenarios::testEvent_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("waiters");
    QTest::addColumn<bool>("allWaited"); // set late enough that every waiter was waiting
    QTest::newRow("defaults") << QVariantMap() << 3 << true;
    QTest::newRow("5 waiters, 500 ms") << map({ { "waiters", 5 }, { "set_after_ms", 500 } }) << 5 << true;
    QTest::newRow("1 waiter, set at once") << map({ { "waiters", 1 }, { "set_after_ms", 0 } }) << 1 << false;
}

void TestThreadScenarios::testEvent()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, waiters);
    QFETCH(bool, allWaited);
    const Run run = runScenario(u"threads.event"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    QCOMPARE(run.outcome.value(u"released"_s).toInt(), waiters);
    QCOMPARE(sorted(run.outcome.value(u"wake_order"_s).toStringList()), sorted(threadNames(waiters)));
    QVERIFY(run.outcome.value(u"max_wait_ms"_s).toLongLong() >= 0);

    const int event = resourceIndex(t, u"event"_s);
    const int main = actorIndex(t, u"MainThread"_s);
    // One set() call, by the main thread, released them all: an arrow from it to every waiter.
    std::vector<Instant> setCalls;
    std::copy_if(t.instants().begin(), t.instants().end(), std::back_inserter(setCalls),
        [event](const Instant& i) { return i.kind == InstantKind::Set && i.resource == event; });
    QCOMPARE(int(setCalls.size()), 1);
    QCOMPARE(setCalls.front().actor, main);
    const qint64 setAt = setCalls.front().time;
    const auto sets = flowsOf(t, FlowKind::Set);
    QVERIFY(int(sets.size()) <= waiters);
    for (const Flow& f : sets) {
        QCOMPARE(f.fromActor, main);
        QVERIFY(f.fromTime >= setAt);
    }
    if (allWaited)
        QCOMPARE(int(sets.size()), waiters);
    for (const QString& name : threadNames(waiters)) {
        const int a = actorIndex(t, name);
        QCOMPARE(finalState(t, a), State::Done);
        for (const StateInterval& w : intervalsIn(t, a, State::Waiting, event))
            QVERIFY(w.end >= setAt); // nobody left before set()
    }
}

// threads.semaphore -------------------------------------------------------------------------------

void TestThreadScenarios::testSemaphore_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("permits");
    QTest::newRow("defaults") << QVariantMap() << 4 << 2;
    QTest::newRow("6 workers, 3 permits") << map({ { "workers", 6 }, { "permits", 3 }, { "hold_ms", 300 } }) << 6 << 3;
    QTest::newRow("9 workers, 3 permits") << map({ { "workers", 9 }, { "permits", 3 }, { "hold_ms", 200 } }) << 9 << 3;
    QTest::newRow("more permits than workers")
        << map({ { "workers", 2 }, { "permits", 5 }, { "hold_ms", 300 } }) << 2 << 5;
    QTest::newRow("one permit") << map({ { "workers", 3 }, { "permits", 1 }, { "hold_ms", 100 } }) << 3 << 1;
}

void TestThreadScenarios::testSemaphore()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, workers);
    QFETCH(int, permits);
    const Run run = runScenario(u"threads.semaphore"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    QCOMPARE(run.outcome.value(u"max_concurrent"_s).toInt(), std::min(workers, permits));
    QCOMPARE(sorted(run.outcome.value(u"acquisition_order"_s).toStringList()), sorted(threadNames(workers)));
    QCOMPARE(sorted(run.outcome.value(u"completion_order"_s).toStringList()), sorted(threadNames(workers)));

    const int sem = resourceIndex(t, u"permits"_s);
    QCOMPARE(int(t.holds(sem).size()), workers);
    QVERIFY(maxOverlap(t.holds(sem)) <= permits);
    for (const CounterPoint& p : t.counter(sem))
        QVERIFY(p.value >= 0 && p.value <= permits);

    // Whoever is blocked on the semaphore is blocked because every permit is taken: held, or handed
    // to a waiter that the OS has not run yet.
    auto takenAt = [&](qint64 time) {
        int taken = int(t.holdersAt(sem, time).size());
        for (const QString& name : threadNames(workers)) {
            const StateInterval* s = t.stateAt(actorIndex(t, name), time);
            if (s && s->state == State::Runnable && s->resource == sem)
                ++taken;
        }
        return taken;
    };
    int blockedWorkers = 0;
    for (const QString& name : threadNames(workers)) {
        const int a = actorIndex(t, name);
        QCOMPARE(finalState(t, a), State::Done);
        const auto blocked = intervalsIn(t, a, State::Blocked, sem);
        blockedWorkers += blocked.empty() ? 0 : 1;
        for (const StateInterval& b : blocked)
            QCOMPARE(takenAt((b.start + b.end) / 2), permits);
    }
    if (workers > permits)
        QVERIFY(blockedWorkers >= 1);
    else
        QCOMPARE(blockedWorkers, 0);
}

// threads.deadlock --------------------------------------------------------------------------------

void TestThreadScenarios::testDeadlock_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("philosophers");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<bool>("deadlock");
    QTest::newRow("defaults: left fork first") << QVariantMap() << 2 << 3 << true;
    QTest::newRow("3 philosophers, left fork first")
        << map({ { "philosophers", 3 }, { "eat_ms", 20 }, { "rounds", 2 } }) << 3 << 2 << true;
    QTest::newRow("ordered") << map({ { "ordered", true } }) << 2 << 3 << false;
    QTest::newRow("5 philosophers, ordered")
        << map({ { "philosophers", 5 }, { "ordered", true }, { "eat_ms", 20 }, { "rounds", 2 } }) << 5 << 2 << false;
}

void TestThreadScenarios::testDeadlock()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, philosophers);
    QFETCH(int, rounds);
    QFETCH(bool, deadlock);
    const Run run = runScenario(u"threads.deadlock"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Trace& t = run.trace;

    const QStringList names = threadNames(philosophers, "philosopher %1");
    QCOMPARE(actorNames(t, ActorKind::Thread), names);
    QCOMPARE(run.outcome.value(u"deadlock"_s).toBool(), deadlock);
    const int meals = run.outcome.value(u"meals"_s).toInt();
    std::vector<int> forks;
    for (const QString& f : threadNames(philosophers, "fork %1")) {
        forks.push_back(resourceIndex(t, f));
        QVERIFY(forks.back() >= 0);
        QVERIFY(maxOverlap(t.holds(forks.back())) <= 1);
    }
    if (deadlock) {
        // Everyone holds one fork and waits for the next: the cycle names every philosopher.
        QCOMPARE(sorted(run.outcome.value(u"cycle"_s).toStringList()), names);
        QVERIFY(meals < philosophers * rounds);
        for (const QString& name : names) {
            const int a = actorIndex(t, name);
            bool blockedOnFork = false;
            for (const StateInterval& b : intervalsIn(t, a, State::Blocked))
                blockedOnFork = blockedOnFork || std::find(forks.begin(), forks.end(), b.resource) != forks.end();
            QVERIFY(blockedOnFork);
            QCOMPARE(finalState(t, a), State::Cancelled);
        }
        QVERIFY(countInstants(t, InstantKind::Deadlock) >= philosophers);
    } else {
        QVERIFY(!run.outcome.contains(u"cycle"_s));
        QCOMPARE(meals, philosophers * rounds);
        for (const QString& name : names)
            QCOMPARE(finalState(t, actorIndex(t, name)), State::Done);
        int fed = 0;
        for (int f : forks)
            fed += int(t.holds(f).size());
        QCOMPARE(fed, 2 * philosophers * rounds); // two forks a meal
    }
}

QTEST_GUILESS_MAIN(TestThreadScenarios)
#include "tst_threadscenarios.moc"
