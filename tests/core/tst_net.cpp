// SPDX-License-Identifier: MIT
// core/net: messages in pieces, peers that misbehave, waits the engine ends, nothing left behind.
#include "aio/aio.h"
#include "engine/runcontext.h"
#include "engine/runner.h"
#include "fnscenario.h"
#include "net/asynctcp.h"
#include "net/httpserver.h"
#include "net/network.h"
#include "net/readbuffer.h"
#include "net/tcplistener.h"
#include "net/tcpsocket.h"
#include "net/udpsocket.h"
#include "netprobe.h"
#include "scenarios/socket/asyncecho.h"
#include "scenarios/socket/socketscenario.h"
#include "scenariotrace.h"
#include "sync/thread.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace interleave;
using namespace interleave::nettest;
using namespace interleave::scenariotest;
using namespace Qt::StringLiterals;

namespace {

// A plain blocking client outside the instrumentation: the misbehaving peer.
int rawConnect(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void rawSend(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + done, std::size_t(data.size() - done), MSG_NOSIGNAL);
        if (n <= 0)
            return; // the server gave up on us: that is what is being tested
        done += n;
    }
}

QByteArray rawReadAll(int fd)
{
    QByteArray out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return out;
        out.append(buf, n);
    }
}

int countMarks(const Trace& t, int actor, int resource, const QString& prefix)
{
    int n = 0;
    for (const Instant& i : t.instants()) {
        if (i.kind == InstantKind::Mark && i.actor == actor && i.resource == resource && i.text.startsWith(prefix))
            ++n;
    }
    return n;
}

QStringList exceptionTexts(const Trace& t, int actor)
{
    QStringList out;
    for (const Instant& i : t.instants()) {
        if (i.kind == InstantKind::Exception && i.actor == actor)
            out << i.text;
    }
    return out;
}

// The thread whose event loop runs task `actor`: up the chain of creators to the first thread.
int loopThreadOf(const Trace& t, int actor)
{
    while (actor >= 0 && t.actors()[std::size_t(actor)].kind == ActorKind::Task)
        actor = t.actors()[std::size_t(actor)].parent;
    return actor;
}

} // namespace

class TestNet : public QObject {
    Q_OBJECT
private slots:
    void testReadBufferFraming();
    void testLargeMessageInPieces_data();
    void testLargeMessageInPieces();
    void testMisbehavingEchoPeer_data();
    void testMisbehavingEchoPeer();
    void testAsyncReadSeesTheEndAfterTheLastData_data();
    void testAsyncReadSeesTheEndAfterTheLastData();
    void testAsyncEchoWithClientsOnTheirOwnLoop();
    void testStopEndsBothLoops();
    void testHttpServer_data();
    void testHttpServer();
    void testHttpServerWithCurl();
    void testStuckSessionIsDiagnosed();
    void testCancelEndsAWait();
    void testUdpFlows();
};

namespace {
void arrive(ReadBuffer& in, const QByteArray& bytes)
{
    std::memcpy(in.reserve(bytes.size() + 100), bytes.constData(), std::size_t(bytes.size()));
    in.commit(bytes.size());
}
} // namespace

// The framing both TCP ends share, fed by hand: messages cut anywhere come out whole and in order.
void TestNet::testReadBufferFraming()
{
    ReadBuffer in;
    QVERIFY(!in.takeLine(100));
    arrive(in, "hel");
    QVERIFY(!in.takeLine(100));
    arrive(in, "lo\nwor");
    QCOMPARE(in.takeLine(100).value_or("?"), QByteArray("hello\n"));
    QVERIFY(!in.takeLine(100));
    arrive(in, "ld\n\nbody:0123456789tail");
    QCOMPARE(in.takeLine(100).value_or("?"), QByteArray("world\n"));
    QCOMPARE(in.takeLine(100).value_or("?"), QByteArray("\n"));
    QCOMPARE(in.takeSome(5), QByteArray("body:"));
    QVERIFY(!in.takeExactly(15));
    QCOMPARE(in.takeExactly(10).value_or("?"), QByteArray("0123456789"));
    QCOMPARE(in.size(), 4);
    // A read that brought nothing changes nothing.
    in.reserve(64);
    in.commit(0);
    QCOMPARE(in.takeSome(100), QByteArray("tail"));
    QVERIFY(in.empty());
    // No end of line within the limit: not the protocol.
    arrive(in, QByteArray(40, 'x'));
    QVERIFY(!in.takeLine(64));
    arrive(in, QByteArray(40, 'x'));
    try {
        (void)in.takeLine(64);
        QFAIL("an 80-byte line passed a 64-byte limit");
    } catch (const PyError& e) {
        QCOMPARE(e.type, u"ValueError"_s);
    }
    try {
        in.throwClosedShort(100);
    } catch (const PyError& e) {
        QCOMPARE(e.type, u"ConnectionError"_s);
        QVERIFY2(e.message.contains(u"80 of 100"_s), qPrintable(e.message));
    }
}

void TestNet::testLargeMessageInPieces_data()
{
    QTest::addColumn<int>("bytes");
    QTest::newRow("64 B") << 64;
    QTest::newRow("200 KiB") << 200 * 1024;
    QTest::newRow("2 MiB") << 2 * 1024 * 1024;
}

void TestNet::testLargeMessageInPieces()
{
    QFETCH(int, bytes);
    QByteArray line(bytes - 1, 'x');
    line.append('\n');
    QByteArray back;
    QString serverConn;
    const Trace t = runFn([&](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        TcpListener& listener = ctx.make<TcpListener>(net, u"server"_s);
        Thread server(ctx, u"server"_s, [&] {
            std::optional<TcpSocket> conn = listener.accept();
            serveEchoSession(net, *conn);
        });
        server.start();
        TcpSocket s = TcpSocket::connect(net, listener.port(), u"client-1"_s);
        s.sendAll(line);
        back = s.readLine(MaxEchoLine).value_or(QByteArray());
        s.close();
        server.join();
    });
    QCOMPARE(back.size(), line.size());
    QVERIFY(back == line);
    const int conn = resourceNamed(t, u"client-1 ↔ server"_s);
    QVERIFY(conn >= 0);
    const int main = actorNamed(t, u"MainThread"_s);
    const int server = actorNamed(t, u"server"_s);
    // One message each way, each one arrow from the sender to the receiver, whatever the pieces.
    std::vector<Flow> sends;
    for (const Flow& f : t.flows()) {
        if (f.kind == FlowKind::Send)
            sends.push_back(f);
    }
    QCOMPARE(int(sends.size()), 2);
    QCOMPARE(sends[0].fromActor, main);
    QCOMPARE(sends[0].toActor, server);
    QCOMPARE(sends[1].fromActor, server);
    QCOMPARE(sends[1].toActor, main);
    QCOMPARE(sends[0].resource, conn);
    const int serverReads = countMarks(t, server, conn, u"recv "_s) - countMarks(t, server, conn, u"recv EOF"_s);
    if (bytes > 1024 * 1024)
        QVERIFY2(serverReads > 1, "a 2 MiB message arrives in several pieces");
    QCOMPARE(countMarks(t, main, conn, u"connect :"_s), 1);
    QCOMPARE(countMarks(t, server, conn, u"accept :"_s), 1);
    QCOMPARE(countMarks(t, server, conn, u"recv EOF"_s), 1);
    QVERIFY(exceptionTexts(t, server).isEmpty());
}

void TestNet::testMisbehavingEchoPeer_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QString>("error");
    QTest::newRow("closes mid-message") << QByteArray("half a li") << u"ConnectionError"_s;
    QTest::newRow("a line with no end") << QByteArray(MaxEchoLine + 4096, 'g') << u"ValueError"_s;
    QTest::newRow("closes at once") << QByteArray() << QString();
}

void TestNet::testMisbehavingEchoPeer()
{
    QFETCH(QByteArray, sent);
    QFETCH(QString, error);
    QStringList errors;
    int echoed = -1;
    const Trace t = runFn([&](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        TcpListener& listener = ctx.make<TcpListener>(net, u"server"_s);
        Thread server(ctx, u"server"_s, [&] {
            std::optional<TcpSocket> conn = listener.accept();
            echoed = serveEchoSession(net, *conn);
        });
        server.start();
        const int fd = rawConnect(listener.port());
        QVERIFY(fd >= 0);
        rawSend(fd, sent);
        ::close(fd);
        server.join();
        errors = net.errors();
    });
    QCOMPARE(echoed, 0);
    const int server = actorNamed(t, u"server"_s);
    QCOMPARE(finalState(t, server), State::Done); // the server survives its client
    if (error.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].startsWith(u"server: "_s + error), qPrintable(errors[0]));
    const QStringList shown = exceptionTexts(t, server);
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown[0].startsWith(error));
    bool onConnection = false;
    for (const Instant& i : t.instants()) {
        if (i.kind == InstantKind::Exception && i.resource >= 0)
            onConnection = t.resources()[std::size_t(i.resource)].name.startsWith(u"peer :"_s);
    }
    QVERIFY(onConnection);
}

void TestNet::testAsyncReadSeesTheEndAfterTheLastData_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("error");
    QTest::newRow("two lines, then the end") << QByteArray("one\ntwo\n") << 2 << QString();
    QTest::newRow("a line, then the end mid-line") << QByteArray("one\nhalf a li") << 1 << u"ConnectionError"_s;
}

// The peer's data and its FIN are both queued before the server's task reads, and the loop has
// already taken epoll's one edge for them: the read that returns the last data must not be taken
// for "drained", or the next read would wait for an edge that never comes (a hang).
void TestNet::testAsyncReadSeesTheEndAfterTheLastData()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, lines);
    QFETCH(QString, error);
    int read = -1;
    bool sawEnd = false;
    QString raised;
    const Trace t = runFn(
        [&](RunContext& ctx) {
            Network& net = ctx.make<Network>(ctx);
            aio::EventLoop loop(&ctx);
            loop.run([&]() -> aio::Async<void> {
                aio::AsyncSocket listener = aio::AsyncSocket::tcp();
                listener.bind(0);
                listener.listen();
                const quint16 port = listener.localPort();
                net.addListener(port, u"server"_s);
                Thread peer(ctx, u"peer"_s, [&] {
                    const int fd = rawConnect(port);
                    rawSend(fd, sent);
                    ::close(fd);
                });
                peer.start();
                AsyncTcp conn = AsyncTcp::accepted(net, co_await listener.accept(), port);
                co_await aio::runInExecutor([&peer] { peer.join(); }); // data and FIN are queued
                co_await aio::sleep(20); // the loop polls: epoll's edge for them is taken
                read = 0;
                try {
                    while (co_await conn.readLine(1024))
                        ++read;
                    sawEnd = true;
                } catch (const PyError& e) {
                    raised = e.type;
                }
                conn.close();
            }());
        },
        20000);
    QCOMPARE(read, lines);
    QCOMPARE(raised, error);
    QCOMPARE(sawEnd, error.isEmpty());
}

// The benchmark's arrangement: the server's loop on the run's main thread, the clients' loop in a
// thread "client program". Every echo comes back; both loops and the program end; nothing is left.
void TestNet::testAsyncEchoWithClientsOnTheirOwnLoop()
{
    const int clients = 50;
    const int messages = 20;
    const int threadsBefore = threadCount();
    AsyncEchoResult r;
    const Trace t = runFn([&](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        r = runAsyncEcho(net, clients, messages, 64, EchoClients::OwnLoop);
    });
    QCOMPARE(r.echoed, clients * messages);
    QCOMPARE(int(r.durationsNs.size()), clients);
    QVERIFY(r.maxConcurrent >= 1);
    const int program = actorNamed(t, u"client program"_s);
    QVERIFY(program >= 0);
    QCOMPARE(finalState(t, program), State::Done);
    for (int k = 1; k <= clients; ++k) {
        const int client = actorNamed(t, u"client-%1"_s.arg(k));
        QCOMPARE(finalState(t, client), State::Done);
        QCOMPARE(finalState(t, actorNamed(t, u"handler-%1"_s.arg(k))), State::Done);
        // The client tasks belong to the program's loop, the handlers to the server's.
        QCOMPARE(loopThreadOf(t, client), program);
        QCOMPARE(loopThreadOf(t, actorNamed(t, u"handler-%1"_s.arg(k))), actorNamed(t, u"MainThread"_s));
    }
    int sends = 0;
    for (const Flow& f : t.flows())
        sends += f.kind == FlowKind::Send ? 1 : 0;
    QCOMPARE(sends, 2 * clients * messages);
    QVERIFY2(boundSockets(u"/proc/net/tcp"_s, runPorts(t)).isEmpty(), "a socket outlived its run");
    QVERIFY2(QTest::qWaitFor([&] { return threadCount() == threadsBefore; }, 5000), "a thread outlived its run");
}

// A stop (here the run's time limit) reaches both loops and the join that connects them: the run
// ends long before its 100,000 round trips, and no thread of it is left.
void TestNet::testStopEndsBothLoops()
{
    const int threadsBefore = threadCount();
    AsyncEchoResult r;
    const Trace t = runFn(
        [&](RunContext& ctx) {
            Network& net = ctx.make<Network>(ctx);
            r = runAsyncEcho(net, 20, 5000, 64, EchoClients::OwnLoop);
        },
        300);
    QVERIFY2(r.echoed < 20 * 5000, "the run was not stopped");
    QVERIFY(actorNamed(t, u"client program"_s) >= 0);
    QVERIFY2(QTest::qWaitFor([&] { return threadCount() == threadsBefore; }, 5000), "a thread outlived its run");
}

void TestNet::testHttpServer_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status"); // expected start of the answer; empty: none expected
    QTest::addColumn<QString>("error");
    QTest::newRow("garbage") << QByteArray("\x01\x02 hello there\r\n\r\n") << QByteArray("HTTP/1.1 400")
                             << u"ValueError: bad request line"_s;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << QByteArray("HTTP/1.1 400")
                                << u"ValueError: bad header line"_s;
    QTest::newRow("closes mid-headers") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << QByteArray()
                                        << u"ConnectionError"_s;
    QTest::newRow("a good request with a body")
        << QByteArray("POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
        << QByteArray("HTTP/1.1 200 OK") << QString();
}

void TestNet::testHttpServer()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    QFETCH(QString, error);
    QStringList errors;
    QByteArray answer;
    HttpResponse fetched;
    int bad = -1;
    runFn([&](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        HttpServer& server = ctx.make<HttpServer>(net, 0.0);
        server.start();
        const int fd = rawConnect(server.port());
        rawSend(fd, request);
        ::shutdown(fd, SHUT_WR);
        answer = rawReadAll(fd);
        ::close(fd);
        // The server is still there for a well-behaved client.
        fetched = httpGet(net, server.port(), "/after", u"request-1"_s);
        server.stop();
        errors = net.errors();
        bad = server.badRequests();
    });
    QVERIFY2(answer.startsWith(status), answer.constData());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, QByteArray("hello from /after\n"));
    if (error.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(answer.endsWith("hello from /form\n"));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].contains(error), qPrintable(errors[0]));
    QCOMPARE(bad, status.isEmpty() ? 0 : 1);
}

void TestNet::testHttpServerWithCurl()
{
    // A real HTTP client, not ours: GET and a POST with a body, over keep-alive-capable HTTP/1.1.
#if defined(__SANITIZE_THREAD__)
    QSKIP("ThreadSanitizer does not support starting a process from a multi-threaded one");
#endif
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    QByteArray got;
    QByteArray posted;
    int served = 0;
    QStringList errors;
    runFn([&](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        HttpServer& server = ctx.make<HttpServer>(net, 0.0);
        server.start();
        const QString base = u"http://127.0.0.1:%1"_s.arg(server.port());
        QProcess p;
        p.start(curl, { u"-sS"_s, u"--max-time"_s, u"10"_s, base + u"/page?x=1"_s });
        p.waitForFinished(15000);
        got = p.readAllStandardOutput();
        p.start(curl,
            { u"-sS"_s, u"--max-time"_s, u"10"_s, u"-d"_s, u"a=1&b=2"_s, u"-w"_s, u" %{http_code}"_s,
                base + u"/form"_s });
        p.waitForFinished(15000);
        posted = p.readAllStandardOutput();
        server.stop();
        served = server.served();
        errors = net.errors();
    });
    QCOMPARE(got, QByteArray("hello from /page?x=1\n"));
    QCOMPARE(posted, QByteArray("hello from /form\n 200"));
    QCOMPARE(served, 2);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void TestNet::testStuckSessionIsDiagnosed()
{
    // Both ends wait to read: nobody will ever write. The run must end with a diagnosis, not hang.
    QElapsedTimer clock;
    clock.start();
    const Trace t = runFn([](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        TcpListener& listener = ctx.make<TcpListener>(net, u"server"_s);
        Thread server(ctx, u"server"_s, [&] {
            std::optional<TcpSocket> conn = listener.accept();
            conn->recvSome();
        });
        server.start();
        TcpSocket s = TcpSocket::connect(net, listener.port(), u"client-1"_s);
        s.recvSome();
    });
    QVERIFY(clock.elapsed() < 20000);
    QCOMPARE(t.meta().outcome.value(u"deadlock"_s).toBool(), true);
    const QString reason = t.meta().outcome.value(u"reason"_s).toString();
    QVERIFY2(reason.contains(u"client-1 ↔ server"_s), qPrintable(reason));
    QCOMPARE(finalState(t, actorNamed(t, u"server"_s)), State::Cancelled);
    const int conn = resourceNamed(t, u"client-1 ↔ server"_s);
    QVERIFY(!intervalsIn(t, actorNamed(t, u"server"_s), State::Io, conn).empty());
}

void TestNet::testCancelEndsAWait()
{
    // A timed wait (the detector leaves it alone) ends when the user cancels.
    FnScenario scenario([](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        UdpSocket& s = ctx.make<UdpSocket>(net, u"client-1 udp"_s);
        s.recvFrom(60000);
    });
    Runner runner;
    QSignalSpy finished(&runner, &Runner::finished);
    QString error;
    QVERIFY(runner.start(scenario, RunRequest {}, &error) != 0);
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() < 5000, "cancel ends a socket wait at once");
    const Trace t = finished.at(0).at(1).value<Trace>();
    QCOMPARE(t.meta().outcome.value(u"stopped"_s).toString(), u"cancelled"_s);
}

void TestNet::testUdpFlows()
{
    QByteArray got;
    const Trace t = runFn([&](RunContext& ctx) {
        Network& net = ctx.make<Network>(ctx);
        UdpSocket& a = ctx.make<UdpSocket>(net, u"a"_s);
        UdpSocket& b = ctx.make<UdpSocket>(net, u"b"_s);
        a.sendTo("ping", b.port());
        const auto d = b.recvFrom(5000);
        got = d ? d->data : QByteArray();
        QVERIFY(!b.recvFrom(20)); // nothing more: a timeout
        a.close();
        b.close();
    });
    QCOMPARE(got, QByteArray("ping"));
    int sends = 0;
    for (const Flow& f : t.flows())
        sends += f.kind == FlowKind::Send ? 1 : 0;
    QCOMPARE(sends, 1);
    QCOMPARE(countInstants(t, InstantKind::Timeout), 1);
    QVERIFY(boundSockets(u"/proc/net/udp"_s, runPorts(t)).isEmpty());
}

QTEST_GUILESS_MAIN(TestNet)
#include "tst_net.moc"
