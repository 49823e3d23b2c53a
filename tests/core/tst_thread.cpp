// SPDX-License-Identifier: MIT
// Thread: start, join, is_alive, daemon threads, errors, and what a thread's lane shows.
#include "fnscenario.h"

#include "sync/eventflag.h"
#include "sync/sharedvalue.h"
#include "sync/thread.h"

#include <QTest>

#include <atomic>

#include <unistd.h>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestThread : public QObject {
    Q_OBJECT
private slots:
    void testStartAndJoin();
    void testFirstEventsAndTid();
    void testIsAlive();
    void testJoinTimeout();
    void testErrors_data();
    void testErrors();
    void testExceptionFailsThread_data();
    void testExceptionFailsThread();
    void testDaemonCutOff();
    void testNonDaemonWaitedFor();
    void testSharedValue();
};

namespace {

QString exceptionOf(const Trace& trace, int actor)
{
    for (const Instant& i : trace.instants()) {
        if (i.actor == actor && i.kind == InstantKind::Exception)
            return i.text;
    }
    return {};
}

} // namespace

void TestThread::testStartAndJoin()
{
    std::atomic<int> ran { 0 };
    const Trace trace = runFn([&](RunContext& ctx) {
        Thread a(ctx, u"a"_s, [&] { ++ran; });
        Thread b(ctx, u"b"_s, [&] { ++ran; });
        a.start();
        b.start();
        a.join();
        b.join();
    });
    QCOMPARE(ran.load(), 2);
    // Actors in creation order.
    QCOMPARE(trace.actors().size(), std::size_t(3));
    QCOMPARE(trace.actors()[0].name, u"MainThread"_s);
    QCOMPARE(trace.actors()[0].kind, ActorKind::Main);
    QCOMPARE(trace.actors()[1].name, u"a"_s);
    QCOMPARE(trace.actors()[2].name, u"b"_s);
    QCOMPARE(trace.actors()[1].parent, 0);
    int spawns = 0;
    int joins = 0;
    for (const Flow& f : trace.flows()) {
        if (f.kind == FlowKind::Spawn) {
            ++spawns;
            QCOMPARE(f.fromActor, 0);
        } else if (f.kind == FlowKind::Join) {
            ++joins;
            QCOMPARE(f.toActor, 0);
        }
    }
    QCOMPARE(spawns, 2);
    // A join of a thread that already ended does not wait, so 1 or 2 join flows.
    QVERIFY(joins >= 0 && joins <= 2);
    QCOMPARE(trace.states(1).back().state, State::Done);
}

void TestThread::testFirstEventsAndTid()
{
    const Trace trace = runFn([&](RunContext& ctx) {
        Thread t(ctx, u"t"_s, [&] { ctx.sleepMs(1); });
        t.start();
        t.join();
    });
    const int t = actorNamed(trace, u"t"_s);
    std::vector<Event> mine;
    for (const Event& e : trace.events()) {
        if (e.actor == t)
            mine.push_back(e);
    }
    QVERIFY(mine.size() >= 2);
    QCOMPARE(mine[0].type, EventType::FlowEnd);
    QCOMPARE(mine[1].type, EventType::State);
    QCOMPARE(State(mine[1].code), State::Running);
    const ActorInfo& info = trace.actors()[std::size_t(t)];
    QCOMPARE(info.pid, qint64(::getpid()));
    QVERIFY(info.tid > 0);
    QVERIFY(info.tid != trace.actors()[0].tid);
    QVERIFY(trace.actors()[0].tid > 0);
}

void TestThread::testIsAlive()
{
    QList<bool> seen;
    runFn([&](RunContext& ctx) {
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        Thread t(ctx, u"t"_s, [&] { go.wait(); });
        seen.append(t.isAlive());
        t.start();
        seen.append(t.isAlive());
        go.set();
        t.join();
        seen.append(t.isAlive());
    });
    QCOMPARE(seen, (QList<bool> { false, true, false }));
}

void TestThread::testJoinTimeout()
{
    bool joined = true;
    const Trace trace = runFn([&](RunContext& ctx) {
        EventFlag& go = ctx.make<EventFlag>(ctx, u"go"_s);
        Thread t(ctx, u"slow"_s, [&] { go.wait(); });
        t.start();
        joined = t.join(20);
        go.set();
        t.join();
    });
    QVERIFY(!joined);
    const int main = actorNamed(trace, u"MainThread"_s);
    bool waitedOnThread = false;
    const int res = resourceNamed(trace, u"slow"_s);
    QCOMPARE(trace.resources()[std::size_t(res)].kind, ResourceKind::Thread);
    QCOMPARE(trace.resources()[std::size_t(res)].owner, actorNamed(trace, u"slow"_s));
    for (const StateInterval& s : trace.states(main))
        waitedOnThread |= s.state == State::Waiting && s.resource == res;
    QVERIFY(waitedOnThread);
}

void TestThread::testErrors_data()
{
    QTest::addColumn<QString>("misuse");
    QTest::addColumn<QString>("expected");
    QTest::newRow("started twice") << u"twice"_s << u"RuntimeError: threads can only be started once"_s;
    QTest::newRow("joins itself") << u"self"_s << u"RuntimeError: cannot join current thread"_s;
    QTest::newRow("joined before start") << u"early"_s << u"RuntimeError: cannot join thread before it is started"_s;
}

void TestThread::testErrors()
{
    QFETCH(QString, misuse);
    QFETCH(QString, expected);
    const Trace trace = runFn([&](RunContext& ctx) {
        Thread& t = ctx.make<Thread>();
        t = Thread(ctx, u"t"_s, [&] {
            if (misuse == u"self")
                t.join();
        });
        if (misuse == u"early") {
            t.join();
            return;
        }
        t.start();
        if (misuse == u"twice")
            t.start();
        t.join();
    });
    const int actor = actorNamed(trace, misuse == u"self" ? u"t"_s : u"MainThread"_s);
    QCOMPARE(trace.states(actor).back().state, State::Failed);
    QCOMPARE(exceptionOf(trace, actor), expected);
}

void TestThread::testExceptionFailsThread_data()
{
    QTest::addColumn<bool>("python");
    QTest::newRow("PyError") << true;
    QTest::newRow("std::exception") << false;
}

void TestThread::testExceptionFailsThread()
{
    QFETCH(bool, python);
    const Trace trace = runFn([&](RunContext& ctx) {
        Thread t(ctx, u"t"_s, [python] {
            if (python)
                throw PyError { u"ZeroDivisionError"_s, u"division by zero"_s };
            throw std::runtime_error("boom");
        });
        t.start();
        t.join();
    });
    const int t = actorNamed(trace, u"t"_s);
    QCOMPARE(trace.states(t).back().state, State::Failed);
    QCOMPARE(exceptionOf(trace, t), python ? u"ZeroDivisionError: division by zero"_s : u"Exception: boom"_s);
    // The main thread goes on: an exception ends only its own thread.
    QCOMPARE(trace.states(0).back().state, State::Done);
}

void TestThread::testDaemonCutOff()
{
    const Trace trace = runFn([&](RunContext& ctx) {
        Thread ticker(ctx, u"ticker"_s, [&] {
            for (;;)
                ctx.sleepMs(5);
        }, true);
        ticker.start();
        ctx.sleepMs(20);
    });
    const int ticker = actorNamed(trace, u"ticker"_s);
    const int main = actorNamed(trace, u"MainThread"_s);
    QCOMPARE(trace.states(main).back().state, State::Done);
    QCOMPARE(trace.states(ticker).back().state, State::Cancelled);
    QVERIFY(trace.states(ticker).back().start >= trace.states(main).back().start);
}

void TestThread::testNonDaemonWaitedFor()
{
    std::atomic<bool> finished { false };
    const Trace trace = runFn([&](RunContext& ctx) {
        Thread worker(ctx, u"worker"_s, [&] {
            ctx.sleepMs(50);
            finished = true;
        });
        worker.start();
        // The main thread ends without joining: Python still waits for the worker.
    });
    QVERIFY(finished.load());
    const int worker = actorNamed(trace, u"worker"_s);
    const int main = actorNamed(trace, u"MainThread"_s);
    QCOMPARE(trace.states(worker).back().state, State::Done);
    QVERIFY(trace.states(worker).back().start > trace.states(main).back().start);
}

void TestThread::testSharedValue()
{
    const Trace trace = runFn([&](RunContext& ctx) {
        SharedValue& v = ctx.make<SharedValue>(ctx, u"counter"_s, 5);
        v.write(v.read() + 1);
        v.write(v.read() * 2);
        ctx.setOutcome(u"counter"_s, v.value());
    });
    QCOMPARE(trace.meta().outcome.value(u"counter"_s).toLongLong(), 12);
    QList<qint64> levels;
    for (const CounterPoint& p : trace.counter(resourceNamed(trace, u"counter"_s)))
        levels.append(p.value);
    QCOMPARE(levels, (QList<qint64> { 5, 6, 12 }));
}

QTEST_GUILESS_MAIN(TestThread)
#include "tst_thread.moc"
