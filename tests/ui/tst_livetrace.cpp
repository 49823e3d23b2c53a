// SPDX-License-Identifier: MIT
#include "window/livetrace.h"

#include <QSignalSpy>
#include <QTest>

using namespace interleave;

class TestLiveTrace : public QObject {
    Q_OBJECT

    static EventBatch batch(quint64 runId, qint64 from, int count, int actors = 2)
    {
        EventBatch b;
        b.runId = runId;
        for (int i = 0; i < count; ++i) {
            Event e;
            e.time = from + i;
            e.actor = i % actors;
            e.type = EventType::State;
            e.code = quint8(i % 2 ? State::Running : State::Sleeping);
            b.events.push_back(e);
        }
        for (int a = 0; a < actors; ++a)
            b.actors.push_back(ActorInfo { QStringLiteral("Thread-%1").arg(a + 1) });
        b.now = from + count + 100;
        return b;
    }

private slots:
    void testAccumulatesAndRebuilds()
    {
        LiveTrace live;
        live.setMinimumInterval(10);
        QSignalSpy spy(&live, &LiveTrace::traceUpdated);
        TraceMeta meta;
        meta.scenario = QStringLiteral("threads.race");
        live.start(7, meta);
        live.addBatch(batch(7, 0, 10));
        live.addBatch(batch(7, 10, 10, 3));
        QVERIFY(spy.wait(5000));
        const Trace trace = spy.last().at(0).value<Trace>();
        QCOMPARE(trace.events().size(), std::size_t(20));
        QCOMPARE(trace.actors().size(), std::size_t(3)); // the latest list of actors
        QCOMPARE(trace.meta().scenario, QStringLiteral("threads.race"));
        QCOMPARE(trace.duration(), 120); // the runner's clock, past the last event
    }

    void testDropsOtherRuns()
    {
        LiveTrace live;
        live.setMinimumInterval(10);
        QSignalSpy spy(&live, &LiveTrace::traceUpdated);
        live.start(2, {});
        live.addBatch(batch(1, 0, 50)); // a late batch of the run this one replaced
        live.addBatch(batch(2, 0, 5));
        QVERIFY(spy.wait(5000));
        QCOMPARE(live.eventCount(), std::size_t(5));
        QCOMPARE(spy.last().at(0).value<Trace>().events().size(), std::size_t(5));
        live.stop();
        live.addBatch(batch(2, 5, 5)); // after the run ended
        QCOMPARE(live.eventCount(), std::size_t(5));
    }

    void testThrottles()
    {
        // Many batches in a burst make one picture, not one each.
        LiveTrace live;
        live.setMinimumInterval(50);
        QSignalSpy spy(&live, &LiveTrace::traceUpdated);
        live.start(3, {});
        for (int i = 0; i < 100; ++i)
            live.addBatch(batch(3, i * 10, 10));
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).value<Trace>().events().size(), std::size_t(1000));
    }

    void testStopCancelsPendingRebuild()
    {
        LiveTrace live;
        live.setMinimumInterval(20);
        QSignalSpy spy(&live, &LiveTrace::traceUpdated);
        live.start(4, {});
        live.addBatch(batch(4, 0, 10));
        live.stop();
        QTest::qWait(200); // nothing may arrive: a quiet period is what is being checked
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_MAIN(TestLiveTrace)
#include "tst_livetrace.moc"
