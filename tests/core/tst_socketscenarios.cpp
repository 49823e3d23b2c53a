// SPDX-License-Identifier: MIT
// The socket.* scenarios: each lesson under its defaults and other parameters, and nothing left behind
// (threads, bound ports). Counts and orders only; timing with wide margins.
#include "netprobe.h"
#include "scenariotrace.h"

#include <QTest>

using namespace interleave;
using namespace interleave::nettest;
using namespace interleave::scenariotest;
using namespace Qt::StringLiterals;

namespace {

// What drop_every implies, worked out as the server counts: per client, every drop_every-th datagram
// it receives from that client is ignored; each ignored try costs a retry while retries are left.
struct UdpExpectation {
    int echoed = 0;
    int lost = 0;
    int retries = 0;
};
UdpExpectation expectUdp(int clients, int datagrams, int dropEvery, int retries)
{
    UdpExpectation e;
    for (int c = 0; c < clients; ++c) {
        int received = 0;
        for (int i = 0; i < datagrams; ++i) {
            bool answered = false;
            for (int attempt = 0; attempt <= retries && !answered; ++attempt) {
                if (attempt > 0)
                    ++e.retries;
                ++received;
                answered = dropEvery == 0 || received % dropEvery != 0;
            }
            (answered ? e.echoed : e.lost) += 1;
        }
    }
    return e;
}

double ms(const QVariant& v)
{
    return v.toDouble();
}

// Threads and sockets a run leaves: none (TIME_WAIT entries belong to the kernel, not to the run).
void checkNothingLeft(const Run& run, int threadsBefore)
{
    QVERIFY2(QTest::qWaitFor([&] { return threadCount() == threadsBefore; }, 5000), "a thread outlived its run");
    const QSet<int> ports = runPorts(run.trace);
    QVERIFY(!ports.isEmpty());
    QStringList left;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     left = boundSockets(u"/proc/net/tcp"_s, ports) + boundSockets(u"/proc/net/udp"_s, ports);
                     return left.isEmpty();
                 },
                 5000),
        qPrintable(left.join(u'\n')));
}

} // namespace

class TestSocketScenarios : public QObject {
    Q_OBJECT
private slots:
    void testTcpEcho_data();
    void testTcpEcho();
    void testUdpEcho_data();
    void testUdpEcho();
    void testHttpFetch_data();
    void testHttpFetch();
    void testHttpModesInOrder();
};

void TestSocketScenarios::testTcpEcho_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("messages");
    QTest::newRow("defaults: one client, iterative") << QVariantMap() << 1 << 1;
    QTest::newRow("iterative, 5 clients") << map({ { "clients", 5 }, { "messages", 3 } }) << 5 << 3;
    QTest::newRow("threaded, 5 clients") << map({ { "clients", 5 }, { "messages", 3 }, { "server", u"threaded"_s } })
                                         << 5 << 3;
    QTest::newRow("threaded, 200 clients")
        << map({ { "clients", 200 }, { "messages", 2 }, { "server", u"threaded"_s } }) << 200 << 2;
    QTest::newRow("async, 5 clients") << map({ { "clients", 5 }, { "messages", 3 }, { "server", u"async"_s } }) << 5
                                      << 3;
    QTest::newRow("async, 200 clients") << map({ { "clients", 200 }, { "messages", 2 }, { "server", u"async"_s } })
                                        << 200 << 2;
    QTest::newRow("iterative, 200 clients") << map({ { "clients", 200 }, { "messages", 1 } }) << 200 << 1;
}

void TestSocketScenarios::testTcpEcho()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, clients);
    QFETCH(int, messages);
    const int threadsBefore = threadCount();
    const Run run = runScenario(u"socket.tcp_echo"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QVariantMap& o = run.outcome;
    QVERIFY2(!o.contains(u"errors"_s), qPrintable(o.value(u"errors"_s).toStringList().join(u'\n')));
    QCOMPARE(o.value(u"echoed"_s).toInt(), clients * messages);
    QCOMPARE(o.value(u"lost"_s).toInt(), 0);
    QCOMPARE(o.value(u"durations_ms"_s).toList().size(), clients);
    const QString server = params.value(u"server"_s, u"iterative"_s).toString();
    if (server == u"iterative"_s)
        QCOMPARE(o.value(u"max_concurrent"_s).toInt(), 1); // the lesson: one session at a time
    else
        QVERIFY(o.value(u"max_concurrent"_s).toInt() >= 1);

    const Trace& t = run.trace;
    // Every message an arrow each way on its connection, from the client to the server and back.
    const std::vector<Flow> sends = flowsOf(t, FlowKind::Send);
    QCOMPARE(int(sends.size()), 2 * clients * messages);
    for (int k = 1; k <= clients; ++k) {
        const int client = actorIndex(t, u"client-%1"_s.arg(k));
        const int conn = resourceIndex(t, u"client-%1 ↔ server"_s.arg(k));
        QVERIFY(client >= 0 && conn >= 0);
        QCOMPARE(finalState(t, client), State::Done);
        int out = 0;
        int back = 0;
        for (const Flow& f : sends) {
            if (f.resource != conn)
                continue;
            QVERIFY(f.toActor >= 0 && f.toActor != f.fromActor);
            out += f.fromActor == client ? 1 : 0;
            back += f.toActor == client ? 1 : 0;
        }
        QCOMPARE(out, messages);
        QCOMPARE(back, messages);
    }
    if (server != u"iterative"_s) {
        // A handler per connection (threads, or tasks for the async server), each ending normally.
        const ActorKind kind = server == u"async"_s ? ActorKind::Task : ActorKind::Thread;
        QCOMPARE(actorNames(t, kind).filter(u"handler-"_s).size(), clients);
        for (int k = 1; k <= clients; ++k)
            QCOMPARE(finalState(t, actorIndex(t, u"handler-%1"_s.arg(k))), State::Done);
    }
    QCOMPARE(finalState(t, actorIndex(t, u"server"_s)), State::Done);
    if (server == u"iterative"_s && clients >= 5) {
        // The last client is served last: it waits in io on its connection for the others' sessions.
        const int last = actorIndex(t, u"client-%1"_s.arg(clients));
        QVERIFY(!intervalsIn(t, last, State::Io).empty());
    }
    checkNothingLeft(run, threadsBefore);
}

void TestSocketScenarios::testUdpEcho_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::newRow("defaults: no loss") << QVariantMap();
    QTest::newRow("every 2nd dropped, retried")
        << map({ { "datagrams", 4 }, { "drop_every", 2 }, { "timeout_ms", 300 }, { "retries", 2 } });
    QTest::newRow("every 3rd dropped, 3 clients")
        << map({ { "clients", 3 }, { "datagrams", 4 }, { "drop_every", 3 }, { "timeout_ms", 300 }, { "retries", 1 } });
    QTest::newRow("every 2nd dropped, no retries")
        << map({ { "datagrams", 4 }, { "drop_every", 2 }, { "timeout_ms", 150 }, { "retries", 0 } });
    QTest::newRow("all dropped: all lost")
        << map({ { "datagrams", 2 }, { "drop_every", 1 }, { "timeout_ms", 150 }, { "retries", 1 } });
}

void TestSocketScenarios::testUdpEcho()
{
    QFETCH(QVariantMap, params);
    const int clients = params.value(u"clients"_s, 1).toInt();
    const int datagrams = params.value(u"datagrams"_s, 3).toInt();
    const int dropEvery = params.value(u"drop_every"_s, 0).toInt();
    const int retries = params.value(u"retries"_s, 2).toInt();
    const UdpExpectation want = expectUdp(clients, datagrams, dropEvery, retries);
    const int threadsBefore = threadCount();
    const Run run = runScenario(u"socket.udp_echo"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QVariantMap& o = run.outcome;
    QCOMPARE(o.value(u"echoed"_s).toInt(), want.echoed);
    QCOMPARE(o.value(u"lost"_s).toInt(), want.lost);
    QCOMPARE(o.value(u"retries"_s).toInt(), want.retries);
    QCOMPARE(o.value(u"timeouts"_s).toInt(), want.retries + want.lost);
    QCOMPARE(o.value(u"durations_ms"_s).toList().size(), clients * datagrams);
    const Trace& t = run.trace;
    // Each timeout is shown where it happened; each retry is a mark; the server's drops too.
    QCOMPARE(countInstants(t, InstantKind::Timeout), want.retries + want.lost);
    const int server = actorIndex(t, u"server"_s);
    QCOMPARE(markTexts(t, server).filter(u"drop"_s).size(), o.value(u"dropped"_s).toInt());
    // Every datagram that arrived is an arrow; sends = tries by clients + echoes by the server.
    const int tries = clients * datagrams + want.retries;
    QCOMPARE(int(flowsOf(t, FlowKind::Send).size()), tries + (tries - o.value(u"dropped"_s).toInt()));
    checkNothingLeft(run, threadsBefore);
}

void TestSocketScenarios::testHttpFetch_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<int>("requests");
    QTest::newRow("defaults: sequential") << QVariantMap() << 3;
    QTest::newRow("threads") << map({ { "requests", 5 }, { "latency_ms", 100 }, { "mode", u"threads"_s } }) << 5;
    QTest::newRow("async") << map({ { "requests", 5 }, { "latency_ms", 100 }, { "mode", u"async"_s } }) << 5;
    QTest::newRow("async, 200 at once") << map({ { "requests", 200 }, { "latency_ms", 300 }, { "mode", u"async"_s } })
                                        << 200;
    QTest::newRow("threads, 200 at once")
        << map({ { "requests", 200 }, { "latency_ms", 300 }, { "mode", u"threads"_s } }) << 200;
}

void TestSocketScenarios::testHttpFetch()
{
    QFETCH(QVariantMap, params);
    QFETCH(int, requests);
    const double latency = params.value(u"latency_ms"_s, 500).toDouble();
    const int threadsBefore = threadCount();
    const Run run = runScenario(u"socket.http_fetch"_s, params);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QVariantMap& o = run.outcome;
    QVERIFY2(!o.contains(u"errors"_s), qPrintable(o.value(u"errors"_s).toStringList().join(u'\n')));
    QCOMPARE(o.value(u"echoed"_s).toInt(), requests);
    const QVariantList durations = o.value(u"durations_ms"_s).toList();
    QCOMPARE(durations.size(), requests);
    for (const QVariant& d : durations)
        QVERIFY2(ms(d) >= latency * 0.95, "no page comes faster than the server's latency");
    for (const QVariant& s : o.value(u"statuses"_s).toList())
        QCOMPARE(s.toInt(), 200);
    // A request and a response per page, each one arrow.
    QCOMPARE(int(flowsOf(run.trace, FlowKind::Send).size()), 2 * requests);
    QCOMPARE(actorNames(run.trace, ActorKind::Thread).filter(u"handler-"_s).size(), requests);
    checkNothingLeft(run, threadsBefore);
}

void TestSocketScenarios::testHttpModesInOrder()
{
    // The lesson: the same pages take about requests x latency one after another, about one latency when
    // the waits overlap. Margins are wide: a slow machine stretches everything, not the ratio.
    const int requests = 4;
    const int latency = 250;
    auto total = [&](const QString& mode) {
        const Run run = runScenario(
            u"socket.http_fetch"_s, map({ { "requests", requests }, { "latency_ms", latency }, { "mode", mode } }));
        return run.error.isEmpty() && run.outcome.value(u"echoed"_s).toInt() == requests
            ? run.outcome.value(u"total_ms"_s).toDouble()
            : -1.0;
    };
    const double sequential = total(u"sequential"_s);
    const double threads = total(u"threads"_s);
    const double async = total(u"async"_s);
    QVERIFY(sequential >= requests * latency * 0.95);
    QVERIFY(threads >= latency * 0.95);
    QVERIFY(async >= latency * 0.95);
    QVERIFY2(threads < sequential * 0.6, qPrintable(u"threads %1 ms, sequential %2 ms"_s.arg(threads).arg(sequential)));
    QVERIFY2(async < sequential * 0.6, qPrintable(u"async %1 ms, sequential %2 ms"_s.arg(async).arg(sequential)));
}

QTEST_GUILESS_MAIN(TestSocketScenarios)
#include "tst_socketscenarios.moc"
