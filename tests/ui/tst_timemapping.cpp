// SPDX-License-Identifier: MIT
#include "timeline/timemapping.h"

#include <QTest>

using namespace interleave;

class TestTimeMapping : public QObject {
    Q_OBJECT
private slots:
    void testRoundTrip_data();
    void testRoundTrip();
    void testFitShowsWholeRun();
    void testZoomKeepsTimeUnderCursor_data();
    void testZoomKeepsTimeUnderCursor();
    void testZoomInStopsAtOneNsPer100Px();
    void testZoomOutStopsAtTheRun();
    void testPan_data();
    void testPan();
    void testPanStopsAtTheEnds();
    void testSetRangeClamps();
    void testPixelSpanKeepsTheRange();
};

void TestTimeMapping::testRoundTrip_data()
{
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("time");
    QTest::newRow("2 s run, 1600 px") << qint64(2'000'000'000) << 200.0 << 1600.0 << 1'234'567'890.0;
    QTest::newRow("10 us run, 300 px") << qint64(10'000) << 0.0 << 300.0 << 7'777.0;
    QTest::newRow("one hour run") << qint64(3'600'000'000'000) << 50.0 << 1920.0 << 3'599'999'999'999.0;
    QTest::newRow("start of the run") << qint64(1'000'000) << 120.0 << 800.0 << 0.0;
}

void TestTimeMapping::testRoundTrip()
{
    QFETCH(qint64, duration);
    QFETCH(double, left);
    QFETCH(double, width);
    QFETCH(double, time);
    const TimeMapping m(left, width, duration);
    const double x = m.mapTimeToX(time);
    QVERIFY(x >= left - 1e-9 && x <= left + width + 1e-9);
    QVERIFY(qAbs(m.mapXToTime(x) - time) <= qMax(1e-6, time * 1e-12));
    QCOMPARE(m.mapTimeToX(0), left);
    QCOMPARE(m.mapTimeToX(double(duration)), left + width);
}

void TestTimeMapping::testFitShowsWholeRun()
{
    TimeMapping m(10, 1000, 5'000'000);
    m.zoom(8, 400);
    m.pan(-100);
    QVERIFY(m.start > 0);
    m.fit(5'000'000);
    QCOMPARE(m.start, 0.0);
    QCOMPARE(m.end, 5'000'000.0);
    QCOMPARE(m.nsPerPixel(), 5000.0);
}

void TestTimeMapping::testZoomKeepsTimeUnderCursor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("x");
    QTest::newRow("zoom in at the middle") << 2.0 << 600.0;
    QTest::newRow("zoom in near the left edge") << 10.0 << 110.0;
    QTest::newRow("zoom in a lot near the right edge") << 1000.0 << 1050.0;
    QTest::newRow("zoom out after zooming in") << 0.5 << 300.0;
}

void TestTimeMapping::testZoomKeepsTimeUnderCursor()
{
    QFETCH(double, factor);
    QFETCH(double, x);
    TimeMapping m(100, 1000, 1'000'000'000);
    m.zoom(16, 600); // start inside the run so a zoom out has room
    const double before = m.mapXToTime(x);
    const double spanBefore = m.span();
    m.zoom(factor, x);
    QCOMPARE(m.span(), spanBefore / factor);
    QVERIFY2(qAbs(m.mapXToTime(x) - before) < 1e-3, qPrintable(QString::number(m.mapXToTime(x) - before)));
}

void TestTimeMapping::testZoomInStopsAtOneNsPer100Px()
{
    TimeMapping m(0, 1000, 1'000'000);
    for (int i = 0; i < 100; ++i)
        m.zoom(10, 500);
    QCOMPARE(m.nsPerPixel(), TimeMapping::MinNsPerPixel);
    QCOMPARE(m.span(), 10.0); // 1000 px at 100 px per ns
    QVERIFY(m.start >= 0 && m.end <= 1'000'000);
}

void TestTimeMapping::testZoomOutStopsAtTheRun()
{
    TimeMapping m(0, 800, 3'000'000);
    m.zoom(4, 200);
    m.zoom(0.001, 700);
    QCOMPARE(m.start, 0.0);
    QCOMPARE(m.end, 3'000'000.0);
}

void TestTimeMapping::testPan_data()
{
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expectedShiftNs");
    // 1000 px showing 1 ms: 1 px is 1 us. Dragging right brings earlier times into view.
    QTest::newRow("drag right 100 px") << 100.0 << -100'000.0;
    QTest::newRow("drag left 250 px") << -250.0 << 250'000.0;
}

void TestTimeMapping::testPan()
{
    QFETCH(double, dx);
    QFETCH(double, expectedShiftNs);
    TimeMapping m(0, 1000, 10'000'000);
    m.setRange(4'000'000, 5'000'000);
    const double start = m.start;
    m.pan(dx);
    QCOMPARE(m.start - start, expectedShiftNs);
    QCOMPARE(m.span(), 1'000'000.0);
}

void TestTimeMapping::testPanStopsAtTheEnds()
{
    TimeMapping m(0, 1000, 10'000'000);
    m.setRange(1'000'000, 2'000'000);
    m.pan(5000);
    QCOMPARE(m.start, 0.0);
    QCOMPARE(m.span(), 1'000'000.0);
    m.pan(-100000);
    QCOMPARE(m.end, 10'000'000.0);
    QCOMPARE(m.span(), 1'000'000.0);
}

void TestTimeMapping::testSetRangeClamps()
{
    TimeMapping m(0, 500, 1'000'000);
    m.setRange(-500, 2'000'000);
    QCOMPARE(m.start, 0.0);
    QCOMPARE(m.end, 1'000'000.0);
    m.setRange(300, 301); // narrower than 1 ns per 100 px allows
    QCOMPARE(m.span(), 5.0);
    QVERIFY(m.start <= 300 && m.end >= 301);
}

void TestTimeMapping::testPixelSpanKeepsTheRange()
{
    TimeMapping m(0, 1000, 1'000'000);
    m.setRange(250'000, 500'000);
    m.setPixelSpan(300, 600);
    QCOMPARE(m.mapTimeToX(250'000), 300.0);
    QCOMPARE(m.mapTimeToX(500'000), 900.0);
}

QTEST_GUILESS_MAIN(TestTimeMapping)
#include "tst_timemapping.moc"
