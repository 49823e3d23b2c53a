// SPDX-License-Identifier: MIT
#include "playback/playback.h"
#include "window/transportbar.h"

#include <QLocale>
#include <QSlider>
#include <QTest>

using namespace interleave;

class TestTransportBar : public QObject {
    Q_OBJECT

    static Trace trace(qint64 duration)
    {
        Event e;
        e.actor = 0;
        TraceMeta meta;
        meta.durationNs = duration;
        return Trace::build(meta, { ActorInfo { QStringLiteral("MainThread"), ActorKind::Main } }, {}, {}, { e });
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void testSpeedScaleIsLogarithmic()
    {
        QCOMPARE(TransportBar::positionToSpeed(TransportBar::speedToPosition(1.0)), 1.0);
        QCOMPARE(
            TransportBar::speedToPosition(100.0) - TransportBar::speedToPosition(10.0), TransportBar::StepsPerDecade);
        QCOMPARE(
            TransportBar::speedToPosition(1e-4) - TransportBar::speedToPosition(1e-5), TransportBar::StepsPerDecade);
        QVERIFY(qAbs(TransportBar::positionToSpeed(TransportBar::speedToPosition(1e-5)) - 1e-5) < 1e-12);
    }

    void testFormats_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("text");
        QTest::newRow("real time") << 1.0 << QStringLiteral("1x");
        QTest::newRow("fastest") << 100.0 << QStringLiteral("100x");
        QTest::newRow("slowest") << 1e-5 << QStringLiteral("1e-5x");
        QTest::newRow("a hundredth") << 0.01 << QStringLiteral("0.01x");
        QTest::newRow("between decades") << 3.1623 << QStringLiteral("3.2x");
        QTest::newRow("slow, between decades") << 3.1623e-5 << QStringLiteral("3.2e-5x");
    }

    void testFormats()
    {
        QFETCH(double, speed);
        QFETCH(QString, text);
        QCOMPARE(TransportBar::formatSpeed(speed), text);
    }

    void testTimes()
    {
        QCOMPARE(TransportBar::formatTime(0), QStringLiteral("0 ns"));
        QCOMPARE(TransportBar::formatTime(1250), QStringLiteral("1.250 \u00b5s"));
        QCOMPARE(TransportBar::formatTime(3402000), QStringLiteral("3.402 ms"));
        QCOMPARE(TransportBar::formatTime(2000000000), QStringLiteral("2.000 s"));
    }

    void testTheScrubSliderKeepsItsRoom_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("a 1280 px window's centre") << 620;
        QTest::newRow("a wide window") << 1200;
    }

    void testTheScrubSliderKeepsItsRoom()
    {
        // The playhead's slider is what a narrow window needs most: the speed slider gives way to it.
        QFETCH(int, width);
        Playback playback;
        playback.setTrace(trace(1'252'000'000));
        TransportBar bar(&playback);
        bar.resize(width, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY2(bar.scrubSlider()->width() >= 120, qPrintable(QString::number(bar.scrubSlider()->width())));
        QVERIFY(bar.scrubSlider()->width() >= bar.speedSlider()->width());
        QVERIFY(bar.speedSlider()->width() >= 90);
    }

    void testSlidersDriveThePlayback()
    {
        Playback playback;
        playback.setTrace(trace(1000000));
        TransportBar bar(&playback);
        bar.scrubSlider()->setValue(bar.scrubSlider()->maximum() / 2);
        QCOMPARE(playback.time(), 500000);
        QCOMPARE(bar.timeText(), QStringLiteral("500.000 \u00b5s / 1.000 ms"));
        bar.speedSlider()->setValue(bar.speedSlider()->minimum());
        QVERIFY(qAbs(playback.speed() - Playback::MinSpeed) < 1e-12);
        QCOMPARE(bar.speedText(), QStringLiteral("1e-5x"));
        // And the other way: the playhead moves the slider.
        playback.seek(250000);
        QCOMPARE(bar.scrubSlider()->value(), bar.scrubSlider()->maximum() / 4);
        playback.setSpeed(100);
        QCOMPARE(bar.speedSlider()->value(), bar.speedSlider()->maximum());
        QCOMPARE(bar.speedText(), QStringLiteral("100x"));
    }
};

QTEST_MAIN(TestTransportBar)
#include "tst_transportbar.moc"
