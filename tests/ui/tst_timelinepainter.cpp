// SPDX-License-Identifier: MIT
#include "synthetictrace.h"
#include "timeline/headerpainter.h"
#include "timeline/statestyle.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinetheme.h"
#include "timeline/timelinetooltip.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace interleave;
using namespace interleave::test;

namespace {

struct Frame {
    QImage image;
    TimelineLayout layout;
    TimeMapping map;
};

Frame render(
    const Trace& trace, const PaintOptions& options = {}, QSize size = { 1000, 600 }, qreal from = -1, qreal to = -1)
{
    Frame f;
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    f.layout = TimelinePainter::layout(rect, trace, options);
    f.map = TimeMapping(f.layout.plotRect.left(), f.layout.plotRect.width(), trace.duration());
    if (from >= 0)
        f.map.setRange(from, to);
    f.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    f.image.fill(Qt::transparent);
    QPainter p(&f.image);
    TimelinePainter::paint(p, rect, trace, f.map, options, &f.layout);
    return f;
}

bool close(QColor a, QColor b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// Share of the pixels around (x, y) that show state s: its fill or its pattern's lines over it.
double share(const QImage& img, int x, int y, State s, bool dark, int radius = 3)
{
    const StateStyle st = StateStyle::of(s, dark);
    const qreal a = st.ink.alphaF();
    const QColor line = QColor::fromRgbF(float(st.ink.redF() * a + st.fill.redF() * (1 - a)),
        float(st.ink.greenF() * a + st.fill.greenF() * (1 - a)), float(st.ink.blueF() * a + st.fill.blueF() * (1 - a)));
    // Smoothed pattern lines blend the two: anything on the way from fill to line counts, and a
    // little beyond where two lines cross.
    const auto between = [&](QColor c) {
        for (int i = 0; i <= 12; ++i) {
            const float t = float(i) / 8;
            const auto mix = [t](float a, float b) { return std::clamp(a * (1 - t) + b * t, 0.0f, 1.0f); };
            const QColor m = QColor::fromRgbF(mix(st.fill.redF(), line.redF()), mix(st.fill.greenF(), line.greenF()),
                mix(st.fill.blueF(), line.blueF()));
            if (close(c, m, 16))
                return true;
        }
        return false;
    };
    int hits = 0, all = 0;
    for (int dx = -radius; dx <= radius; ++dx) {
        for (int dy = -radius; dy <= radius; ++dy) {
            ++all;
            hits += between(img.pixelColor(x + dx, y + dy)) ? 1 : 0;
        }
    }
    return double(hits) / all;
}

// One thread: running, blocked on "lock" in the middle, running again.
Trace blockedInTheMiddle()
{
    SyntheticTrace b;
    const int a = b.actor(QStringLiteral("Worker"));
    const int lock = b.resource(QStringLiteral("lock"), ResourceKind::Mutex);
    b.state(0, a, State::Running);
    b.state(1 * ms, a, State::Blocked, lock);
    b.state(2 * ms, a, State::Running);
    b.state(3 * ms, a, State::Done);
    return b.build();
}

} // namespace

class TestTimelinePainter : public QObject {
    Q_OBJECT
private slots:
    void testStateColourUnderItsInterval_data();
    void testStateColourUnderItsInterval();
    void testNarrowBlockedIntervalSurvivesMerging();
    void testPlayheadIsDrawnWhereAsked();
    void testSelectionIsShaded();
    void testDarkTheme();
    void testHitTest();
    void testHitTestFindsAnInstantNearby();
    void testHoldBarHasTheHoldersColour();
    void testLayoutFitsEveryLane_data();
    void testLayoutFitsEveryLane();
    void testSmallPicturesGetABriefLegend();
    void testHeaderCanBeHidden();
    void testHeaderSumsUpLongLists_data();
    void testHeaderSumsUpLongLists();
};

void TestTimelinePainter::testStateColourUnderItsInterval_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("state");
    QTest::newRow("blocked, light") << false << qint64(1500 * us) << int(State::Blocked);
    QTest::newRow("running, light") << false << qint64(500 * us) << int(State::Running);
    QTest::newRow("blocked, dark") << true << qint64(1500 * us) << int(State::Blocked);
    QTest::newRow("running after the block") << false << qint64(2500 * us) << int(State::Running);
}

void TestTimelinePainter::testStateColourUnderItsInterval()
{
    QFETCH(bool, dark);
    QFETCH(qint64, time);
    QFETCH(int, state);
    const Trace trace = blockedInTheMiddle();
    PaintOptions options;
    options.dark = dark;
    const Frame f = render(trace, options);
    const auto* row = f.layout.actorRow(0);
    QVERIFY(row);
    const QRectF bar = f.layout.barRect(*row);
    const int x = qRound(f.map.mapTimeToX(qreal(time)));
    // Below the label written on a blocked bar, inside the bar.
    const int y = qRound(bar.bottom() - 5);
    QVERIFY2(share(f.image, x, y, State(state), dark) >= 0.9,
        qPrintable(QStringLiteral("pixel %1 is not %2")
                       .arg(f.image.pixelColor(x, y).name(), StateStyle::of(State(state), dark).fill.name())));
    // And the other state is not there.
    const State other = State(state) == State::Blocked ? State::Running : State::Blocked;
    QVERIFY(share(f.image, x, y, other, dark) < 0.1);
}

void TestTimelinePainter::testNarrowBlockedIntervalSurvivesMerging()
{
    // 200,000 intervals of 10 ns on a lane 800 px wide: about 250 per pixel. One of them is
    // blocked; the worst state wins its pixel.
    SyntheticTrace b;
    const int a = b.actor(QStringLiteral("Busy"));
    const int lock = b.resource(QStringLiteral("lock"), ResourceKind::Mutex);
    const int n = 200000, blockedAt = 123457;
    for (int i = 0; i < n; ++i) {
        const State s = i == blockedAt ? State::Blocked : (i % 2 ? State::Running : State::Sleeping);
        b.state(qint64(i) * 10, a, s, s == State::Blocked ? lock : -1);
    }
    b.state(qint64(n) * 10, a, State::Done);
    const Trace trace = b.build();
    const Frame f = render(trace);
    const auto* row = f.layout.actorRow(a);
    QVERIFY(row);
    const int y = qRound(f.layout.barRect(*row).center().y());
    const int x = int(f.map.mapTimeToX(qreal(blockedAt) * 10 + 5));
    const QColor blocked = StateStyle::of(State::Blocked, false).fill;
    bool found = false;
    for (int dx = -1; dx <= 1; ++dx)
        found = found || close(f.image.pixelColor(x + dx, y), blocked);
    QVERIFY2(found, qPrintable(f.image.pixelColor(x, y).name()));
    // Elsewhere the lane merges running and sleeping: running is worse, so it shows.
    const int elsewhere = int(f.map.mapTimeToX(300'000));
    QVERIFY(close(f.image.pixelColor(elsewhere, y), StateStyle::of(State::Running, false).fill));
    QVERIFY(!close(f.image.pixelColor(elsewhere, y), blocked));
}

void TestTimelinePainter::testPlayheadIsDrawnWhereAsked()
{
    const Trace trace = blockedInTheMiddle();
    PaintOptions options;
    options.playhead = 2700 * us;
    const Frame with = render(trace, options);
    const Frame without = render(trace);
    const QColor accent = TimelineTheme::lightTheme().accent;
    const int x = qRound(with.map.mapTimeToX(qreal(options.playhead)));
    // Check below the lanes' bars too: the line runs through the whole plot.
    const auto* row = with.layout.actorRow(0);
    const int y = qRound(with.layout.rowTop(*row) + 1);
    const auto hasAccent = [&](const QImage& img) {
        for (int dx = -1; dx <= 1; ++dx) {
            if (close(img.pixelColor(x + dx, y), accent, 40))
                return true;
        }
        return false;
    };
    QVERIFY(hasAccent(with.image));
    QVERIFY(!hasAccent(without.image));
    // And not somewhere else.
    const int elsewhere = qRound(with.map.mapTimeToX(500 * us));
    QVERIFY(!close(with.image.pixelColor(elsewhere, y), accent, 40));
}

void TestTimelinePainter::testSelectionIsShaded()
{
    const Trace trace = blockedInTheMiddle();
    PaintOptions options;
    options.selectionFrom = 500 * us;
    options.selectionTo = 1200 * us;
    const Frame with = render(trace, options);
    const Frame without = render(trace);
    const auto* row = with.layout.actorRow(0);
    const int y = qRound(with.layout.rowTop(*row) + 1); // above the bar, on the lane's background
    const int inside = qRound(with.map.mapTimeToX(800 * us));
    const int outside = qRound(with.map.mapTimeToX(2500 * us));
    QVERIFY(with.image.pixelColor(inside, y) != without.image.pixelColor(inside, y));
    QCOMPARE(with.image.pixelColor(outside, y), without.image.pixelColor(outside, y));
}

void TestTimelinePainter::testDarkTheme()
{
    PaintOptions options;
    options.dark = true;
    const Frame f = render(blockedInTheMiddle(), options);
    QCOMPARE(f.image.pixelColor(2, 2), TimelineTheme::darkTheme().background);
    QCOMPARE(render(blockedInTheMiddle()).image.pixelColor(2, 2), TimelineTheme::lightTheme().background);
}

void TestTimelinePainter::testHitTest()
{
    const Trace trace = blockedInTheMiddle();
    const Frame f = render(trace);
    const auto* row = f.layout.actorRow(0);
    const QRectF bar = f.layout.barRect(*row);
    const auto hit = f.layout.hitTest(QPointF(f.map.mapTimeToX(1500 * us), bar.center().y()), trace, f.map);
    QCOMPARE(hit.kind, TimelineHit::Kind::State);
    QCOMPARE(hit.actor, 0);
    QCOMPARE(trace.states(0)[hit.index].state, State::Blocked);
    QVERIFY(qAbs(hit.time - 1500 * us) < 10 * us);
    const auto name = f.layout.hitTest(QPointF(f.layout.nameRect.left() + 20, bar.center().y()), trace, f.map);
    QCOMPARE(name.kind, TimelineHit::Kind::ActorName);
    QCOMPARE(name.actor, 0);
    QCOMPARE(f.layout.actorAt(bar.center().y()), 0);
    QCOMPARE(f.layout.hitTest(QPointF(5, 5), trace, f.map).kind, TimelineHit::Kind::Nothing);
}

void TestTimelinePainter::testHitTestFindsAnInstantNearby()
{
    SyntheticTrace b;
    const int a = b.actor(QStringLiteral("Worker"));
    b.state(0, a, State::Running);
    b.instant(1500 * us, a, InstantKind::Exception, QStringLiteral("ValueError: bad"));
    b.state(3 * ms, a, State::Failed);
    const Trace trace = b.build();
    const Frame f = render(trace);
    const QRectF bar = f.layout.barRect(*f.layout.actorRow(a));
    // Two pixels off the mark still finds it; far from it, the bar's state is what is there.
    const auto near = f.layout.hitTest(QPointF(f.map.mapTimeToX(1500 * us) + 2, bar.center().y()), trace, f.map);
    QCOMPARE(near.kind, TimelineHit::Kind::Instant);
    QCOMPARE(trace.instants()[near.index].text, QStringLiteral("ValueError: bad"));
    const auto far = f.layout.hitTest(QPointF(f.map.mapTimeToX(500 * us), bar.center().y()), trace, f.map);
    QCOMPARE(far.kind, TimelineHit::Kind::State);
}

void TestTimelinePainter::testHoldBarHasTheHoldersColour()
{
    const Trace trace = SyntheticTrace::deadlock();
    const Frame f = render(trace, {}, { 1200, 700 });
    // fork 0 (resource 0) is held by Philosopher-0 (actor 1) for the first round.
    const auto* row = f.layout.resourceRow(0);
    QVERIFY(row);
    QCOMPARE(row->kind, TimelineLayout::RowKind::Lock);
    const QRectF slot = f.layout.slotRect(*row, 0);
    const int x = qRound(f.map.mapTimeToX(80 * ms));
    const int y = qRound(slot.center().y());
    QVERIFY2(close(f.image.pixelColor(x, y), StateStyle::actorColor(1, false), 10),
        qPrintable(f.image.pixelColor(x, y).name()));
    const auto hit = f.layout.hitTest(QPointF(x, slot.center().y()), trace, f.map);
    QCOMPARE(hit.kind, TimelineHit::Kind::Hold);
    QCOMPARE(hit.actor, 1);
}

void TestTimelinePainter::testLayoutFitsEveryLane_data()
{
    QTest::addColumn<int>("actors");
    QTest::addColumn<QSize>("size");
    QTest::newRow("16 threads, 1600x900") << 16 << QSize(1600, 900);
    QTest::newRow("4 threads, the smallest picture") << 4 << QSize(200, 150);
    QTest::newRow("64 threads, 1600x900") << 64 << QSize(1600, 900);
}

void TestTimelinePainter::testLayoutFitsEveryLane()
{
    QFETCH(int, actors);
    QFETCH(QSize, size);
    const Trace trace = SyntheticTrace::big(20000, actors, 5);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    const TimelineLayout L = TimelinePainter::layout(rect, trace, {});
    for (int a = 0; a < actors; ++a)
        QVERIFY(L.actorRow(a));
    const auto& last = L.rows.back();
    QVERIFY2(L.rowTop(last) + last.height <= L.lanesRect.bottom() + 0.5, "a lane is cut off");
    QVERIFY(L.lanesRect.bottom() <= rect.bottom());
    if (!L.legendRect.isEmpty())
        QVERIFY(L.legendRect.top() >= L.lanesRect.bottom());
    for (std::size_t i = 1; i < L.rows.size(); ++i)
        QCOMPARE(L.rows[i].top, L.rows[i - 1].top + L.rows[i - 1].height);
}

void TestTimelinePainter::testSmallPicturesGetABriefLegend()
{
    // A 600 px wide timeline (a 1280 px window's) would spend five lines on the legend: it names the
    // states and marks alone, their explanations become tooltips, and the lanes get the room.
    const Trace trace = SyntheticTrace::race();
    const TimelineLayout wide = TimelinePainter::layout(QRectF(0, 0, 1600, 900), trace, {});
    const TimelineLayout small = TimelinePainter::layout(QRectF(0, 0, 600, 330), trace, {});
    auto labelOf = [](const TimelineLayout& L, State s) {
        for (const auto& item : L.legend) {
            if (item.kind == LegendPainter::Item::Kind::State && item.code == int(s))
                return item;
        }
        return LegendPainter::Item {};
    };
    QCOMPARE(labelOf(wide, State::Runnable).label, QStringLiteral("runnable (ready, waits for a CPU)"));
    QVERIFY(labelOf(wide, State::Runnable).hint.isEmpty());
    QCOMPARE(labelOf(small, State::Runnable).label, QStringLiteral("runnable"));
    QCOMPARE(labelOf(small, State::Runnable).hint, QStringLiteral("runnable (ready, waits for a CPU)"));
    QVERIFY(small.legendRect.height() <= 60);
    // Its tooltip gives the whole words.
    const LegendPainter::Item item = labelOf(small, State::Runnable);
    const TimeMapping map;
    const TimelineHit hit = small.hitTest(item.rect.translated(small.legendRect.topLeft()).center(), trace, map);
    QCOMPARE(hit.kind, TimelineHit::Kind::Legend);
    QCOMPARE(TimelineToolTip::text(hit, trace, map), QStringLiteral("runnable (ready, waits for a CPU)"));
}

void TestTimelinePainter::testHeaderCanBeHidden()
{
    const Trace trace = SyntheticTrace::race();
    const QRectF rect(0, 0, 1200, 700);
    PaintOptions options;
    const TimelineLayout shown = TimelinePainter::layout(rect, trace, options);
    options.showTitle = false;
    options.showParams = false;
    options.showLegend = false;
    const TimelineLayout hidden = TimelinePainter::layout(rect, trace, options);
    QVERIFY(shown.headerRect.height() > 30);
    QCOMPARE(hidden.headerRect.height(), 0.0);
    QVERIFY(hidden.legendRect.isEmpty());
    QVERIFY(hidden.plotRect.top() < shown.plotRect.top());
}

void TestTimelinePainter::testHeaderSumsUpLongLists_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QVariantList many { 26.7, 26.0 }; // a duration per client of 200
    while (many.size() < 200)
        many << 26.4;
    QTest::newRow("200 durations") << QVariant(many)
                                   << QStringLiteral("durations_ms=200 values 26.0–26.7 (median 26.4)");
    QTest::newRow("3 durations") << QVariant(QVariantList { 26.7, 26.6, 26.5 })
                                 << QStringLiteral("durations_ms=[26.7, 26.6, 26.5]");
    QVariantList names;
    for (int i = 1; i <= 20; ++i)
        names << QStringLiteral("t%1").arg(i);
    QTest::newRow("20 names") << QVariant(names)
                              << QStringLiteral("durations_ms=[t1, t2, t3, t4, t5, t6, t7, t8, … 12 more]");
}

void TestTimelinePainter::testHeaderSumsUpLongLists()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    TraceMeta meta;
    meta.scenario = QStringLiteral("socket.tcp_echo");
    meta.outcome = { { QStringLiteral("durations_ms"), value } };
    const auto segments = HeaderPainter::outcome(meta.outcome);
    QCOMPARE(segments.size(), std::size_t(1));
    QCOMPARE(segments.front().text, expected);
    // The picture (and every export) shows it whole on a line of an ordinary width.
    const Trace trace = Trace::build(meta, {}, {}, {}, {});
    qreal height = 0;
    const auto placed = HeaderPainter::place(trace, PaintOptions {}, 1200, &height);
    QVERIFY(std::any_of(placed.begin(), placed.end(), [&](const auto& p) { return p.text == expected; }));
}

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
