// SPDX-License-Identifier: MIT
// Child processes: spawn, join, results, errors, signals, and no child outliving its run.
#include "fnscenario.h"
#include "process/process.h"
#include "process/spawn.h"
#include "process/wire.h"
#include "proctest.h"
#include "scenariotrace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/wait.h>

using namespace interleave;
using namespace interleave::proctest;
using namespace Qt::StringLiterals;

class TestProcess : public QObject {
    Q_OBJECT
private slots:
    void testStartJoin();
    void testEnds_data();
    void testEnds();
    void testKilledMidRun();
    void testTerminate();
    void testDaemonEndsWithRun();
    void testCancelLeavesNoChild();
    void testMissingWorker();
    void testWorkerDiesWithParent_data();
    void testWorkerDiesWithParent();
};

void TestProcess::testStartJoin()
{
    qint64 pid = 0;
    bool aliveAfterStart = false;
    bool aliveAfterJoin = true;
    std::optional<int> codeBefore = 0;
    std::optional<int> code;
    QJsonValue result;
    const Trace t = runFn([&](RunContext& ctx) {
        Process p(ctx, u"process.sleep"_s, ProcessArgs() << 30);
        codeBefore = p.exitcode();
        p.start();
        aliveAfterStart = p.isAlive();
        QVERIFY(p.join());
        aliveAfterJoin = p.isAlive();
        pid = p.pid();
        code = p.exitcode();
        result = p.result();
    });
    QVERIFY(!codeBefore.has_value());
    QVERIFY(aliveAfterStart);
    QVERIFY(!aliveAfterJoin);
    QCOMPARE(code, std::optional<int>(0));
    QCOMPARE(result.toInt(), 30);

    const int child = actorNamed(t, u"Process-1"_s);
    QVERIFY(child >= 0);
    const ActorInfo& info = t.actors()[std::size_t(child)];
    QCOMPARE(info.kind, ActorKind::Process);
    QCOMPARE(info.pid, pid);
    QVERIFY(pid != qint64(::getpid()));
    QCOMPARE(info.parent, 0);
    // The child's own events (its sleep) are on its lane, between spawn and end, on the run's clock.
    const auto sleeps = scenariotest::intervalsIn(t, child, State::Sleeping);
    QCOMPARE(int(sleeps.size()), 1);
    QVERIFY(sleeps[0].end - sleeps[0].start >= 25'000'000);
    QCOMPARE(scenariotest::finalState(t, child), State::Done);
    const auto spawns = scenariotest::flowsOf(t, FlowKind::Spawn);
    QCOMPARE(int(spawns.size()), 1);
    QCOMPARE(spawns[0].toActor, child);
    QVERIFY(spawns[0].fromTime <= sleeps[0].start);
    const auto joins = scenariotest::flowsOf(t, FlowKind::Join);
    QCOMPARE(int(joins.size()), 1);
    QVERIFY(joins[0].fromTime >= sleeps[0].end);
    QVERIFY(childrenOfThisProcess().isEmpty());
}

void TestProcess::testEnds_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QJsonArray>("args");
    QTest::addColumn<int>("exitcode");
    QTest::addColumn<QString>("error");
    QTest::newRow("returns") << u"process.echo"_s << QJsonArray { 1, u"two"_s } << 0 << QString();
    QTest::newRow("raises") << u"process.raise"_s << QJsonArray { u"ValueError"_s, u"boom"_s } << 1
                            << u"ValueError: boom"_s;
    QTest::newRow("sys.exit(3)") << u"process.exit"_s << QJsonArray { 3 } << 3 << u"exit code 3"_s;
    QTest::newRow("segfault") << u"process.crash"_s << QJsonArray { SIGSEGV } << -SIGSEGV << u"killed by SIGSEGV"_s;
    QTest::newRow("unknown entry") << u"no.such.entry"_s << QJsonArray {} << 1 << u"RuntimeError"_s;
}

void TestProcess::testEnds()
{
    QFETCH(QString, entry);
    QFETCH(QJsonArray, args);
    QFETCH(int, exitcode);
    QFETCH(QString, error);
    std::optional<int> code;
    QString text;
    QJsonValue result;
    const Trace t = runFn([&](RunContext& ctx) {
        ProcessArgs a;
        for (const QJsonValue& v : args)
            a << v;
        Process p(ctx, entry, a);
        p.start();
        p.join();
        code = p.exitcode();
        text = p.error();
        result = p.result();
    });
    QCOMPARE(code, std::optional<int>(exitcode));
    QVERIFY2(text.startsWith(error), qPrintable(text));
    const int child = actorNamed(t, u"Process-1"_s);
    QCOMPARE(scenariotest::finalState(t, child), error.isEmpty() ? State::Done : State::Failed);
    if (error.isEmpty()) {
        QCOMPARE(result.toArray(), args);
    } else {
        bool shown = false;
        for (const Instant& i : t.instants())
            shown = shown || (i.actor == child && i.kind == InstantKind::Exception && i.text == text);
        QVERIFY2(shown, "the error is an exception instant on the child's lane");
    }
    // The run itself ended well: a failing child is the child's failure, not the run's.
    QCOMPARE(scenariotest::finalState(t, 0), State::Done);
}

void TestProcess::testKilledMidRun()
{
    std::optional<int> code;
    QString text;
    const Trace t = runFn([&](RunContext& ctx) {
        Process p(ctx, u"process.sleep"_s, ProcessArgs() << 30000);
        p.start();
        // Killed from outside, as the OOM killer would: a crash, not a terminate().
        QVERIFY(QTest::qWaitFor([&] { return p.pid() > 0; }, 10000));
        ::kill(pid_t(p.pid()), SIGKILL);
        p.join();
        code = p.exitcode();
        text = p.error();
    });
    QCOMPARE(code, std::optional<int>(-SIGKILL));
    QCOMPARE(text, u"killed by SIGKILL"_s);
    const int child = actorNamed(t, u"Process-1"_s);
    QCOMPARE(scenariotest::finalState(t, child), State::Failed);
    QCOMPARE(scenariotest::finalState(t, 0), State::Done);
    QVERIFY(childrenOfThisProcess().isEmpty());
}

void TestProcess::testTerminate()
{
    std::optional<int> code;
    const Trace t = runFn([&](RunContext& ctx) {
        Process p(ctx, u"process.sleep"_s, ProcessArgs() << 30000);
        p.start();
        ctx.sleepMs(50);
        p.terminate();
        p.join();
        code = p.exitcode();
    });
    QCOMPARE(code, std::optional<int>(-SIGTERM));
    const int child = actorNamed(t, u"Process-1"_s);
    QCOMPARE(scenariotest::finalState(t, child), State::Cancelled);
    const auto cancels = scenariotest::flowsOf(t, FlowKind::Cancel);
    QCOMPARE(int(cancels.size()), 1);
    QCOMPARE(cancels[0].fromActor, 0);
    QCOMPARE(cancels[0].toActor, child);
}

void TestProcess::testDaemonEndsWithRun()
{
    QElapsedTimer timer;
    timer.start();
    const Trace t = runFn([&](RunContext& ctx) {
        Process p(ctx, u"process.sleep"_s, ProcessArgs() << 30000, QString(), true);
        p.start();
        ctx.sleepMs(50);
    });
    QVERIFY(timer.elapsed() < 20000);
    const int child = actorNamed(t, u"Process-1"_s);
    QCOMPARE(scenariotest::finalState(t, child), State::Cancelled);
    QVERIFY(childrenOfThisProcess().isEmpty());
}

void TestProcess::testCancelLeavesNoChild()
{
    FnScenario scenario([](RunContext& ctx) {
        std::vector<Process> ps;
        for (int i = 0; i < 3; ++i) {
            ps.emplace_back(ctx, u"process.sleep"_s, ProcessArgs() << 60000);
            ps.back().start();
        }
        for (Process& p : ps)
            p.join();
    });
    Runner runner;
    QSignalSpy finished(&runner, &Runner::finished);
    QString error;
    RunRequest request;
    QVERIFY(runner.start(scenario, request, &error) != 0);
    QVERIFY(QTest::qWaitFor([] { return childrenOfThisProcess().size() == 3; }, 20000));
    runner.cancel();
    QVERIFY(finished.wait(20000));
    QVERIFY(childrenOfThisProcess().isEmpty());
    const Trace t = finished.at(0).at(1).value<Trace>();
    for (const QString& name : { u"Process-1"_s, u"Process-2"_s, u"Process-3"_s })
        QCOMPARE(scenariotest::finalState(t, actorNamed(t, name)), State::Cancelled);
}

void TestProcess::testMissingWorker()
{
    const QByteArray saved = qgetenv("INTERLEAVE_WORKER");
    qputenv("INTERLEAVE_WORKER", "/nonexistent/interleave-worker");
    const Trace t = runFn([](RunContext& ctx) {
        Process p(ctx, u"process.sleep"_s, ProcessArgs() << 1);
        p.start();
        p.join();
    });
    qputenv("INTERLEAVE_WORKER", saved);
    QCOMPARE(scenariotest::finalState(t, 0), State::Failed);
    bool named = false;
    for (const Instant& i : t.instants())
        named = named || i.text.contains(u"/nonexistent/interleave-worker"_s);
    QVERIFY2(named, "the error names the missing path");
}

void TestProcess::testWorkerDiesWithParent_data()
{
    QTest::addColumn<bool>("threadExits");
    QTest::newRow("the control pipe closes") << false;
    QTest::newRow("the spawning thread exits") << true;
}

// A worker must not outlive the app: it exits when its control pipe reaches end-of-file (the app died
// or closed it), and it is killed when the thread that spawned it (the monitor) is gone.
void TestProcess::testWorkerDiesWithParent()
{
    QFETCH(bool, threadExits);
    int control[2];
    int events[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, control), 0);
    QCOMPARE(::pipe2(events, O_CLOEXEC), 0);
    pid_t pid = -1;
    QString error;
    bool started = false;
    // Spawns the worker and waits for its first event: by then it has armed its parent-death signal.
    auto spawn = [&] {
        pid = spawnWorker(workerPath(), control[1], events[1], {}, &error);
        ::close(control[1]);
        ::close(events[1]);
        if (pid <= 0)
            return;
        const QJsonObject start { { u"entry"_s, u"process.sleep"_s }, { u"args"_s, QJsonArray { 60000 } },
            { u"actor"_s, 1 }, { u"firstId"_s, 1 }, { u"idCount"_s, 100 }, { u"name"_s, u"Process-1"_s } };
        wire::writeMessage(control[0], QJsonDocument(start).toJson(QJsonDocument::Compact));
        wire::Record first;
        started = wire::readAll(events[0], reinterpret_cast<char*>(&first), sizeof first);
    };
    if (threadExits)
        std::thread(spawn).join();
    else
        spawn();
    QVERIFY2(pid > 0, qPrintable(error));
    QVERIFY(started);
    if (!threadExits)
        ::close(control[0]);
    int status = 0;
    QVERIFY(QTest::qWaitFor([&] { return ::waitpid(pid, &status, WNOHANG) == pid; }, 20000));
    if (threadExits) {
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);
        ::close(control[0]);
    } else {
        QVERIFY(WIFEXITED(status));
    }
    ::close(events[0]);
}

QTEST_GUILESS_MAIN(TestProcess)
#include "tst_process.moc"
