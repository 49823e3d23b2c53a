// SPDX-License-Identifier: MIT
#include "synthetictrace.h"
#include "timeline/lodindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace interleave;
using namespace interleave::test;

class TestLodIndex : public QObject {
    Q_OBJECT
private slots:
    void testWorstStateMatchesScan_data();
    void testWorstStateMatchesScan();
    void testCounterRangeMatchesScan();
    void testSemaphoreHoldsFillPermitSlots();
    void testNestedLockHoldsCollapse();
    void testFlowsNearIncludeEveryVisibleFlow();
    void testLostUpdatesAreCounted();
    void testIndexIsCachedPerTrace();
};

void TestLodIndex::testWorstStateMatchesScan_data()
{
    QTest::addColumn<int>("intervals");
    QTest::newRow("a few") << 7;
    QTest::newRow("one block level") << 300;
    QTest::newRow("several levels") << 20000;
}

void TestLodIndex::testWorstStateMatchesScan()
{
    QFETCH(int, intervals);
    SyntheticTrace b;
    const int a = b.actor(QStringLiteral("T"));
    QRandomGenerator rng(intervals);
    // Mostly harmless states with rare severe ones, so that maxima are not trivial.
    for (int i = 0; i < intervals; ++i) {
        const quint32 r = rng.bounded(100);
        const State s = r < 60 ? State::Running : r < 90 ? State::Runnable : r < 97 ? State::Sleeping : State::Blocked;
        b.state(qint64(i) * 10, a, i % 2 ? s : State::Running);
    }
    const Trace trace = b.build();
    const LodIndex lod(trace);
    const auto& lane = trace.states(a);
    for (int q = 0; q < 500; ++q) {
        const auto n = quint32(lane.size());
        const std::size_t first = rng.bounded(n);
        const std::size_t last = first + 1 + rng.bounded(n - quint32(first));
        State expected = lane[first].state;
        for (std::size_t i = first; i < last; ++i) {
            if (stateSeverity(lane[i].state) > stateSeverity(expected))
                expected = lane[i].state;
        }
        QCOMPARE(lod.worstState(a, first, last), expected);
    }
}

void TestLodIndex::testCounterRangeMatchesScan()
{
    SyntheticTrace b;
    const int r = b.resource(QStringLiteral("c"), ResourceKind::SharedValue);
    QRandomGenerator rng(3);
    for (int i = 0; i < 50000; ++i)
        b.counter(i, r, qint64(rng.bounded(1000000)) - 500000);
    const Trace trace = b.build();
    const LodIndex lod(trace);
    const auto& series = trace.counter(r);
    for (int q = 0; q < 300; ++q) {
        const std::size_t first = rng.bounded(quint32(series.size()));
        const std::size_t last = first + 1 + rng.bounded(quint32(series.size() - first));
        qint64 lo = series[first].value, hi = lo;
        for (std::size_t i = first; i < last; ++i) {
            lo = std::min(lo, series[i].value);
            hi = std::max(hi, series[i].value);
        }
        const auto got = lod.counterRange(r, first, last);
        QCOMPARE(got.first, lo);
        QCOMPARE(got.second, hi);
    }
}

void TestLodIndex::testSemaphoreHoldsFillPermitSlots()
{
    const Trace trace = SyntheticTrace::semaphore(4, 2, 2000);
    const LodIndex lod(trace);
    int sem = -1;
    for (std::size_t r = 0; r < trace.resources().size(); ++r) {
        if (trace.resources()[r].kind == ResourceKind::Semaphore)
            sem = int(r);
    }
    const auto& permits = lod.holdSlots(sem);
    QCOMPARE(permits.size(), std::size_t(2)); // 2 permits: never more than 2 holders at once
    std::size_t total = 0;
    for (const auto& slot : permits) {
        total += slot.size();
        for (std::size_t i = 1; i < slot.size(); ++i)
            QVERIFY(trace.holds(sem)[slot[i - 1]].end <= trace.holds(sem)[slot[i]].start);
    }
    QCOMPARE(total, trace.holds(sem).size());
}

void TestLodIndex::testNestedLockHoldsCollapse()
{
    SyntheticTrace b;
    const int a = b.actor(QStringLiteral("T"));
    const int c = b.actor(QStringLiteral("U"));
    const int lock = b.resource(QStringLiteral("rlock"), ResourceKind::RMutex);
    b.hold(0, 100, a, lock);
    b.hold(10, 50, a, lock); // re-entered
    b.hold(120, 200, c, lock);
    const Trace trace = b.build();
    const LodIndex lod(trace);
    QCOMPARE(lod.holdSlots(lock).size(), std::size_t(1));
    QCOMPARE(lod.holdSlots(lock)[0].size(), std::size_t(2));
}

void TestLodIndex::testFlowsNearIncludeEveryVisibleFlow()
{
    SyntheticTrace b;
    const int a = b.actor(QStringLiteral("A"));
    const int c = b.actor(QStringLiteral("B"));
    QRandomGenerator rng(11);
    for (int i = 0; i < 5000; ++i) {
        const qint64 from = rng.bounded(10'000'000);
        // Mostly short, some very long (a spawn at the start, a join at the end).
        const qint64 length = rng.bounded(20) == 0 ? qint64(rng.bounded(10'000'000)) : qint64(rng.bounded(1000));
        b.flow(from, a, from + length, c, FlowKind::Notify);
    }
    const Trace trace = b.build();
    const LodIndex lod(trace);
    for (int q = 0; q < 50; ++q) {
        const qreal from = rng.bounded(10'000'000), to = from + rng.bounded(100'000);
        std::vector<char> near(trace.flows().size(), 0);
        std::size_t visited = 0;
        lod.forEachFlowNear(from, to, [&](std::size_t i) {
            near[i] = 1;
            ++visited;
        });
        QCOMPARE(visited, lod.flowCountNear(from, to));
        std::size_t visible = 0;
        for (std::size_t i = 0; i < trace.flows().size(); ++i) {
            const Flow& f = trace.flows()[i];
            if (qreal(f.toTime) >= from && qreal(f.fromTime) <= to) {
                ++visible;
                QVERIFY2(near[i], "a visible flow was not found");
            }
        }
        // A superset, but not the whole trace: the length classes keep it near the window.
        QVERIFY(visited >= visible);
        QVERIFY(visited < trace.flows().size() / 2);
    }
}

void TestLodIndex::testLostUpdatesAreCounted()
{
    SyntheticTrace b;
    const int r = b.resource(QStringLiteral("counter"), ResourceKind::SharedValue);
    const qint64 values[] = { 0, 1, 2, 3, 2, 3, 4, 4, 5 }; // 3 -> 2 and 4 -> 4 lost updates
    for (int i = 0; i < 9; ++i)
        b.counter(i * 10, r, values[i]);
    const Trace trace = b.build();
    const LodIndex lod(trace);
    QCOMPARE(lod.dropCount(r), std::size_t(2));
    QVERIFY(lod.hasDrop(r, 4, 5));
    QVERIFY(!lod.hasDrop(r, 0, 4));
    QVERIFY(lod.hasDrop(r, 0, 9));
}

void TestLodIndex::testIndexIsCachedPerTrace()
{
    const Trace one = SyntheticTrace::deadlock();
    const Trace copy = one; // copies share the data, and so the index
    const Trace other = SyntheticTrace::deadlock();
    const auto a = LodIndex::of(one);
    QCOMPARE(LodIndex::of(copy).get(), a.get());
    QVERIFY(LodIndex::of(other).get() != a.get());
    LodIndex::clearCache();
    QVERIFY(LodIndex::of(one).get() != nullptr);
}

QTEST_GUILESS_MAIN(TestLodIndex)
#include "tst_lodindex.moc"
