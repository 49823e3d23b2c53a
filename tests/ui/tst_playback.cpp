// SPDX-License-Identifier: MIT
#include "playback/playback.h"

#include <QSignalSpy>
#include <QTest>

using namespace interleave;

class TestPlayback : public QObject {
    Q_OBJECT

    // Two actors; events at 0, 100, 250 and 1,000 ns.
    static Trace trace()
    {
        std::vector<Event> events;
        auto state = [&](qint64 t, int actor, State s) {
            Event e;
            e.time = t;
            e.actor = actor;
            e.type = EventType::State;
            e.code = quint8(s);
            events.push_back(e);
        };
        state(0, 0, State::Running);
        state(100, 1, State::Running);
        state(250, 1, State::Blocked);
        state(1000, 0, State::Done);
        TraceMeta meta;
        meta.durationNs = 1000;
        return Trace::build(meta, { ActorInfo { QStringLiteral("MainThread"), ActorKind::Main },
                                      ActorInfo { QStringLiteral("Thread-1") } },
            {}, {}, events);
    }

private slots:
    void testSeekClamps()
    {
        Playback p;
        p.setTrace(trace());
        QSignalSpy spy(&p, &Playback::timeChanged);
        p.seek(500);
        QCOMPARE(p.time(), 500);
        p.seek(-10);
        QCOMPARE(p.time(), 0);
        p.seek(5000);
        QCOMPARE(p.time(), 1000);
        QCOMPARE(spy.count(), 3);
    }

    void testStepsBetweenEvents()
    {
        Playback p;
        p.setTrace(trace());
        p.nextEvent();
        QCOMPARE(p.time(), 100);
        p.nextEvent();
        QCOMPARE(p.time(), 250);
        p.nextEvent();
        QCOMPARE(p.time(), 1000);
        p.nextEvent(); // nothing after the last event
        QCOMPARE(p.time(), 1000);
        p.previousEvent();
        QCOMPARE(p.time(), 250);
        p.seek(180);
        p.previousEvent();
        QCOMPARE(p.time(), 100);
    }

    void testSpeedIsClampedToTheLogScale_data()
    {
        QTest::addColumn<double>("asked");
        QTest::addColumn<double>("got");
        QTest::newRow("real time") << 1.0 << 1.0;
        QTest::newRow("too fast") << 1000.0 << 100.0;
        QTest::newRow("slowest") << 1e-5 << 1e-5;
        QTest::newRow("too slow") << 1e-9 << 1e-5;
    }

    void testSpeedIsClampedToTheLogScale()
    {
        QFETCH(double, asked);
        QFETCH(double, got);
        Playback p;
        p.setSpeed(asked);
        QCOMPARE(p.speed(), got);
    }

    void testPlaysToTheEndAndStops()
    {
        Playback p;
        p.setTrace(trace());
        p.setSpeed(1e-5); // 1,000 ns of run take 100 ms of wall time
        QSignalSpy playing(&p, &Playback::playingChanged);
        p.play();
        QVERIFY(p.isPlaying());
        QVERIFY(QTest::qWaitFor([&] { return !p.isPlaying(); }, 20000));
        QCOMPARE(p.time(), 1000);
        QCOMPARE(playing.count(), 2);
        // Playing again starts over.
        p.play();
        QVERIFY(p.time() < 1000);
        p.pause();
        QVERIFY(!p.isPlaying());
    }
};

QTEST_MAIN(TestPlayback)
#include "tst_playback.moc"
