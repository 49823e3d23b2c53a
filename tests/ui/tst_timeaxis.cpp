// SPDX-License-Identifier: MIT
#include "timeline/timeaxis.h"

#include <QTest>

using namespace interleave;

class TestTimeAxis : public QObject {
    Q_OBJECT
private slots:
    void testLabel_data();
    void testLabel();
    void testStep_data();
    void testStep();
    void testTicksCoverTheRange();
    void testMinorTicks();
    void testDuration_data();
    void testDuration();
};

void TestTimeAxis::testLabel_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("label");
    QTest::newRow("zero in ms") << 0.0 << qint64(250'000'000) << QStringLiteral("0 ms");
    QTest::newRow("250 ms") << 250'000'000.0 << qint64(250'000'000) << QStringLiteral("250 ms");
    QTest::newRow("1.5 s on a 500 ms step") << 1'500'000'000.0 << qint64(500'000'000) << QStringLiteral("1.5 s");
    QTest::newRow("1 s on a 500 ms step") << 1'000'000'000.0 << qint64(500'000'000) << QStringLiteral("1 s");
    QTest::newRow("20 us") << 20'000.0 << qint64(10'000) << QStringLiteral("20 µs");
    QTest::newRow("500 ns") << 500.0 << qint64(100) << QStringLiteral("500 ns");
    QTest::newRow("0.5 us on a 500 ns step") << 500.0 << qint64(500) << QStringLiteral("0.5 µs");
    QTest::newRow("12 s") << 12'000'000'000.0 << qint64(2'000'000'000) << QStringLiteral("12 s");
    QTest::newRow("1200 ms on a 200 ms step") << 1'200'000'000.0 << qint64(200'000'000) << QStringLiteral("1200 ms");
    QTest::newRow("nearly zero is not -0") << -0.000001 << qint64(1'000'000) << QStringLiteral("0 ms");
}

void TestTimeAxis::testLabel()
{
    QFETCH(double, time);
    QFETCH(qint64, step);
    QFETCH(QString, label);
    QCOMPARE(TimeAxis::label(time, step), label);
}

void TestTimeAxis::testStep_data()
{
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<qint64>("step");
    // 4 s over 1600 px: 2.5 ms per px; 80 px is 200 ms.
    QTest::newRow("4 s over 1600 px") << qint64(4'000'000'000) << 1600.0 << 80.0 << qint64(200'000'000);
    QTest::newRow("4 s, wider labels") << qint64(4'000'000'000) << 1600.0 << 90.0 << qint64(500'000'000);
    QTest::newRow("10 us over 1000 px") << qint64(10'000) << 1000.0 << 70.0 << qint64(1'000);
    QTest::newRow("100 ns over 1000 px") << qint64(100) << 1000.0 << 70.0 << qint64(10);
}

void TestTimeAxis::testStep()
{
    QFETCH(qint64, duration);
    QFETCH(double, width);
    QFETCH(double, spacing);
    QFETCH(qint64, step);
    const TimeMapping m(0, width, duration);
    QCOMPARE(TimeAxis::stepFor(m, spacing), step);
}

void TestTimeAxis::testTicksCoverTheRange()
{
    TimeMapping m(100, 1000, 1'000'000'000);
    m.setRange(123'456'789, 623'456'789);
    const qint64 step = TimeAxis::stepFor(m, 80);
    const auto ticks = TimeAxis::ticks(m, step);
    QVERIFY(!ticks.empty());
    double previous = -1;
    int majors = 0;
    for (const Tick& t : ticks) {
        QVERIFY(t.time >= m.start && t.time <= m.end);
        QVERIFY(t.x >= 100 - 1e-6 && t.x <= 1100 + 1e-6);
        QVERIFY(t.time > previous);
        previous = t.time;
        if (t.major) {
            ++majors;
            QVERIFY2(std::fmod(t.time, double(step)) == 0, qPrintable(t.label));
            QVERIFY(!t.label.isEmpty());
        } else {
            QVERIFY(t.label.isEmpty());
        }
    }
    // 500 ms over 1000 px with >= 80 px per step: 50 ms steps, so 10 or 11 labels.
    QCOMPARE(step, qint64(50'000'000));
    QVERIFY(majors >= 10 && majors <= 11);
}

void TestTimeAxis::testMinorTicks()
{
    const TimeMapping m(0, 1000, 1'000'000); // 1 ms: 1 px per us
    const auto ticks = TimeAxis::ticks(m, 100'000); // 100 px between labels: 5 minor per step
    int majors = 0, minors = 0;
    for (const Tick& t : ticks)
        (t.major ? majors : minors)++;
    QCOMPARE(majors, 11);
    QCOMPARE(minors, 40);
}

void TestTimeAxis::testDuration_data()
{
    QTest::addColumn<double>("ns");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << 2'345'000'000.0 << QStringLiteral("2.35 s");
    QTest::newRow("whole ms") << 120'000'000.0 << QStringLiteral("120 ms");
    QTest::newRow("microseconds") << 15'000.0 << QStringLiteral("15 µs");
    QTest::newRow("nanoseconds") << 800.0 << QStringLiteral("800 ns");
    QTest::newRow("trailing zeros dropped") << 1'500'000.0 << QStringLiteral("1.5 ms");
}

void TestTimeAxis::testDuration()
{
    QFETCH(double, ns);
    QFETCH(QString, text);
    QCOMPARE(TimeAxis::duration(ns), text);
}

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
