// SPDX-License-Identifier: MIT
// The GIL model and CPU-time work: one holder at a time, forced switches when somebody waits, the GIL
// dropped around blocking calls, work measured in CPU time, every wait interruptible.
#include "fnscenario.h"

#include "pool/cpuwork.h"
#include "pool/gil.h"
#include "sync/eventflag.h"
#include "sync/thread.h"

#include <QTest>

#include <atomic>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestPoolGil : public QObject {
    Q_OBJECT
private slots:
    void testCpuTime();
    void testSerialises_data();
    void testSerialises();
    void testNoSwitchWhenAlone();
    void testBlockingCallReleases();
    void testBurnIsInterruptible();
};

namespace {

void runThreads(RunContext& ctx, int n, const std::function<void(int)>& fn)
{
    std::vector<Thread> threads;
    for (int i = 0; i < n; ++i)
        threads.emplace_back(ctx, u"task-%1"_s.arg(i), [fn, i] { fn(i); });
    for (Thread& t : threads)
        t.start();
    for (Thread& t : threads)
        t.join();
}

qint64 totalHeld(const Trace& t, int resource)
{
    qint64 sum = 0;
    for (const HoldInterval& h : t.holds(resource))
        sum += h.end - h.start;
    return sum;
}

} // namespace

void TestPoolGil::testCpuTime()
{
    double used = 0;
    runFn([&](RunContext& ctx) {
        const double start = threadCpuMs();
        burnCpuMs(ctx, 40);
        used = threadCpuMs() - start;
    });
    QVERIFY2(used >= 40, qPrintable(QString::number(used)));
}

void TestPoolGil::testSerialises_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<double>("workMs");
    QTest::addColumn<double>("switchMs");
    QTest::newRow("3 threads, 5 ms interval") << 3 << 40.0 << 5.0;
    QTest::newRow("2 threads, 1 ms interval") << 2 << 30.0 << 1.0;
}

void TestPoolGil::testSerialises()
{
    QFETCH(int, threads);
    QFETCH(double, workMs);
    QFETCH(double, switchMs);
    std::vector<double> cpu(std::size_t(threads), 0);
    int switches = 0;
    const Trace trace = runFn([&](RunContext& ctx) {
        Gil& gil = ctx.make<Gil>(ctx, switchMs);
        runThreads(ctx, threads, [&](int i) {
            gil.acquire();
            const double start = threadCpuMs();
            burnCpuMs(ctx, workMs, [&gil] { gil.checkInterval(); });
            cpu[std::size_t(i)] = threadCpuMs() - start;
            gil.release();
        });
        switches = gil.switches();
    });
    const int gil = resourceNamed(trace, u"GIL"_s);
    QVERIFY(gil >= 0);
    // One holder at a time, and all the CPU work was done inside the holds.
    QCOMPARE(maxConcurrentHolds(trace, gil), 1);
    // (The CPU clock also counts each switch's own bookkeeping, done outside the holds: a 10% margin.)
    QVERIFY(totalHeld(trace, gil) >= qint64(0.9 * threads * workMs * 1e6));
    for (double c : cpu)
        QVERIFY(c >= workMs);
    // The holder was made to give way: a "switch interval" mark, then a release -> acquire arrow from it.
    QVERIFY(switches > 0);
    int marks = 0;
    for (const Instant& i : trace.instants()) {
        if (i.kind != InstantKind::Mark || i.resource != gil)
            continue;
        QCOMPARE(i.text, u"switch interval"_s);
        ++marks;
        bool handedOver = false;
        for (const Flow& f : trace.flows()) {
            if (f.kind == FlowKind::Release && f.resource == gil && f.fromActor == i.actor && f.fromTime >= i.time) {
                handedOver = f.toActor != i.actor;
                break;
            }
        }
        QVERIFY(handedOver);
    }
    QCOMPARE(marks, switches);
    // Every thread took its turns: more holds than threads.
    QVERIFY(int(trace.holds(gil).size()) > threads);
}

void TestPoolGil::testNoSwitchWhenAlone()
{
    int switches = -1;
    const Trace trace = runFn([&](RunContext& ctx) {
        Gil& gil = ctx.make<Gil>(ctx, 1);
        gil.acquire();
        burnCpuMs(ctx, 20, [&gil] { gil.checkInterval(); });
        gil.release();
        switches = gil.switches();
    });
    QCOMPARE(switches, 0);
    QCOMPARE(int(trace.holds(resourceNamed(trace, u"GIL"_s)).size()), 1);
}

void TestPoolGil::testBlockingCallReleases()
{
    // A holds the GIL and sleeps in a blocking call; B gets the GIL meanwhile, before A's call ends.
    std::atomic<bool> bGotIt { false };
    bool bGotItDuringSleep = false;
    const Trace trace = runFn([&](RunContext& ctx) {
        Gil& gil = ctx.make<Gil>(ctx, 5);
        EventFlag& aHolds = ctx.make<EventFlag>(ctx, u"a holds"_s);
        Thread a(ctx, u"A"_s, [&] {
            gil.acquire();
            aHolds.set();
            gil.blockingCall([&] {
                for (int i = 0; i < 500 && !bGotIt.load(); ++i)
                    ctx.sleepMs(2);
                bGotItDuringSleep = bGotIt.load();
            });
            gil.release();
        });
        Thread b(ctx, u"B"_s, [&] {
            aHolds.wait();
            gil.acquire();
            bGotIt = true;
            gil.release();
        });
        a.start();
        b.start();
        a.join();
        b.join();
    });
    QVERIFY(bGotItDuringSleep);
    QCOMPARE(maxConcurrentHolds(trace, resourceNamed(trace, u"GIL"_s)), 1);
}

void TestPoolGil::testBurnIsInterruptible()
{
    const Trace trace = runFn([](RunContext& ctx) { burnCpuMs(ctx, 60000); }, 200);
    QCOMPARE(trace.meta().outcome.value(u"stopped"_s).toString(), u"time limit"_s);
}

QTEST_GUILESS_MAIN(TestPoolGil)
#include "tst_poolgil.moc"
