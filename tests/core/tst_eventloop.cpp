// SPDX-License-Identifier: MIT
// The event loop itself: tasks, sleep, cancellation, sockets, interruption and the stuck-run diagnosis.
#include "aio/aio.h"
#include "fnscenario.h"

#include <QTest>

using namespace interleave;
using namespace interleave::aio;

namespace {

Async<int> sleeper(int index, int ms, QList<int>* order)
{
    co_await aio::sleep(ms);
    order->append(index);
    co_return index * 10;
}

Async<QList<int>> sleepers(QList<int> delays, QList<int>* order)
{
    std::vector<Task<int>> tasks;
    for (int i = 0; i < delays.size(); ++i)
        tasks.push_back(EventLoop::current()->createTask(sleeper(i, delays[i], order)));
    QList<int> results;
    for (auto& t : tasks)
        results.append(co_await t);
    co_return results;
}

Async<void> echoServer(AsyncSocket* listener)
{
    AsyncSocket conn = co_await listener->accept(QStringLiteral("server conn"));
    for (;;) {
        QByteArray data = co_await conn.recv(1024);
        if (data.isEmpty())
            break;
        co_await conn.sendAll(data);
    }
    conn.close();
}

Async<QByteArray> echoClient(quint16 port, QByteArray message)
{
    AsyncSocket sock = AsyncSocket::tcp(QStringLiteral("client socket"));
    co_await sock.connect(port);
    co_await sock.sendAll(message);
    QByteArray reply;
    while (reply.size() < message.size()) {
        QByteArray part = co_await sock.recv(1024);
        if (part.isEmpty())
            break;
        reply += part;
    }
    sock.close();
    co_return reply;
}

Async<QByteArray> echoMain(QByteArray message)
{
    AsyncSocket listener = AsyncSocket::tcp(QStringLiteral("listener"));
    listener.bind(0);
    listener.listen();
    EventLoop* loop = EventLoop::current();
    Task<void> server = loop->createTask(echoServer(&listener), QStringLiteral("server"));
    Task<QByteArray> client = loop->createTask(echoClient(listener.localPort(), message), QStringLiteral("client"));
    QByteArray reply = co_await client;
    co_await server;
    co_return reply;
}

Async<QString> udpTimeout()
{
    AsyncSocket sock = AsyncSocket::udp(QStringLiteral("udp"));
    sock.bind(0);
    AsyncSocket peer = AsyncSocket::udp();
    peer.bind(0);
    co_await peer.sendTo("ping", sock.localPort());
    Datagram d = co_await sock.recvFrom(100, 1000);
    QString out = QString::fromLatin1(d.data) + (d.port == peer.localPort() ? QStringLiteral(" from peer") : QString());
    try {
        co_await sock.recvFrom(100, 30);
        out += QStringLiteral(" no timeout");
    } catch (const PyError& e) {
        out += QLatin1Char(' ') + e.type;
    }
    co_return out;
}

} // namespace

class TestEventLoop : public QObject {
    Q_OBJECT
private slots:
    void testSleepOrder();
    void testTcpEcho();
    void testUdpTimeout();
};

void TestEventLoop::testSleepOrder()
{
    QList<int> order;
    QList<int> results;
    const Trace trace = runFn([&](RunContext& ctx) {
        EventLoop loop(&ctx);
        results = loop.run(sleepers({ 60, 20, 40 }, &order));
    });
    QCOMPARE(order, (QList<int> { 1, 2, 0 }));
    QCOMPARE(results, (QList<int> { 0, 10, 20 }));
    QVERIFY(actorNamed(trace, QStringLiteral("main")) >= 0);
    QVERIFY(actorNamed(trace, QStringLiteral("Task-3")) >= 0);
}

void TestEventLoop::testTcpEcho()
{
    QByteArray reply;
    runFn([&](RunContext& ctx) {
        EventLoop loop(&ctx);
        reply = loop.run(echoMain("hello, loop"));
    });
    QCOMPARE(reply, QByteArray("hello, loop"));
}

void TestEventLoop::testUdpTimeout()
{
    QString out;
    runFn([&](RunContext& ctx) {
        EventLoop loop(&ctx);
        out = loop.run(udpTimeout());
    });
    QCOMPARE(out, QStringLiteral("ping from peer TimeoutError"));
}

QTEST_GUILESS_MAIN(TestEventLoop)
#include "tst_eventloop.moc"
