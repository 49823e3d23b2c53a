// SPDX-License-Identifier: MIT
#include "playback/playback.h"
#include "synthetictrace.h"
#include "timeline/statestyle.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace interleave;
using namespace interleave::test;
using namespace Qt::StringLiterals;

namespace {

// Alice runs, waits 10 ms for the lock Bob holds, runs again and ends; a shared total counts;
// a mark at 25 ms. Cut at `end` to stand for a live run that is still growing.
Trace smallTrace(qint64 end = 30 * ms)
{
    SyntheticTrace b;
    b.meta.scenario = QStringLiteral("test.small");
    b.meta.title = QStringLiteral("Small");
    const int alice = b.actor(QStringLiteral("Alice"));
    const int bob = b.actor(QStringLiteral("Bob"));
    const int lock = b.resource(QStringLiteral("lock"), ResourceKind::Mutex);
    const int total = b.resource(QStringLiteral("total"), ResourceKind::SharedValue);
    const auto state = [&](qint64 t, int a, State s, int r = -1) {
        if (t <= end)
            b.state(t, a, s, r);
    };
    state(0, alice, State::Running);
    state(0, bob, State::Running);
    b.hold(5 * ms, std::min(end, 20 * ms), bob, lock);
    state(6 * ms, bob, State::Sleeping);
    state(10 * ms, alice, State::Blocked, lock);
    state(20 * ms, alice, State::Running);
    state(20 * ms, bob, State::Running);
    b.counter(0, total, 0);
    if (end >= 15 * ms)
        b.counter(15 * ms, total, 1);
    if (end >= 25 * ms)
        b.instant(25 * ms, alice, InstantKind::Mark, QStringLiteral("checkpoint"));
    state(30 * ms, alice, State::Done);
    state(30 * ms, bob, State::Done);
    b.meta.durationNs = end;
    return b.build();
}

void mouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}

void drag(QWidget* w, QPointF from, QPointF to, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, mods);
    for (int i = 1; i <= 8; ++i)
        mouse(w, QEvent::MouseMove, from + (to - from) * (i / 8.0), Qt::NoButton, Qt::LeftButton, mods);
    mouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, mods);
}

void click(QWidget* w, QPointF at)
{
    mouse(w, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    mouse(w, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
}

void wheel(QWidget* w, QPointF at, QPoint angle, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWheelEvent e(at, w->mapToGlobal(at), QPoint(), angle, Qt::NoButton, mods, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

QScrollBar* scrollBar(const QWidget& view, Qt::Orientation orientation)
{
    const auto bars = view.findChildren<QScrollBar*>();
    for (QScrollBar* bar : bars) {
        if (bar->orientation() == orientation)
            return bar;
    }
    return nullptr;
}

struct Fixture {
    Playback playback;
    TimelineView view;

    explicit Fixture(const Trace& trace = smallTrace(), QSize size = { 1000, 420 })
    {
        playback.setTrace(trace);
        view.setPlayback(&playback);
        view.resize(size);
        view.setTrace(trace);
        view.show();
    }
    qreal nsPerPixel() const
    {
        const auto [from, to] = view.visibleRange();
        return qreal(to - from) / view.plotRect().width();
    }
    QPointF at(int actor, qint64 time) const { return { view.xForTime(time), view.actorBarRect(actor).center().y() }; }
};

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private slots:
    void testWheelZoomKeepsTimeUnderCursor_data();
    void testWheelZoomKeepsTimeUnderCursor();
    void testShortcutsZoomAndFit();
    void testDragPans();
    void testDragPlayheadSeeks_data();
    void testDragPlayheadSeeks();
    void testClickSelects();
    void testShiftDragSelectsRange();
    void testToolTips_data();
    void testToolTips();
    void testLiveTraceKeepsView_data();
    void testLiveTraceKeepsView();
    void testFollowsPlayhead_data();
    void testFollowsPlayhead();
    void testLanesScroll();
    void testOverviewBar();
    void testStateColour_data();
    void testStateColour();
    void testGroupsExpandAndCollapse();
    void testFewTasksKeepTheirLanes();
};

void TestTimelineView::testWheelZoomKeepsTimeUnderCursor_data()
{
    QTest::addColumn<qreal>("fraction"); // of the plot's width
    QTest::addColumn<int>("notches"); // > 0 zooms in
    QTest::addColumn<int>("modifiers");
    QTest::newRow("in at a quarter") << 0.25 << 1 << int(Qt::NoModifier);
    QTest::newRow("in at the middle, three notches") << 0.5 << 3 << int(Qt::NoModifier);
    QTest::newRow("in near the right edge with Ctrl") << 0.9 << 2 << int(Qt::ControlModifier);
    QTest::newRow("out again at a third") << 0.33 << -1 << int(Qt::NoModifier);
}

void TestTimelineView::testWheelZoomKeepsTimeUnderCursor()
{
    QFETCH(qreal, fraction);
    QFETCH(int, notches);
    QFETCH(int, modifiers);
    Fixture f;
    // Start zoomed in so that zooming out has room too.
    f.view.setVisibleRange(8 * ms, 16 * ms);
    QSignalSpy ranges(&f.view, &TimelineView::visibleRangeChanged);
    const QRectF plot = f.view.plotRect();
    const QPointF pos(plot.left() + plot.width() * fraction, f.view.actorBarRect(0).center().y());
    const qint64 before = f.view.timeAtX(pos.x());
    const auto [from0, to0] = f.view.visibleRange();
    wheel(&f.view, pos, QPoint(0, 120 * notches), Qt::KeyboardModifiers(modifiers));
    const auto [from1, to1] = f.view.visibleRange();
    const qreal expected = qreal(to0 - from0) / std::pow(1.25, notches);
    QVERIFY2(std::abs(qreal(to1 - from1) - expected) < expected * 0.01,
        qPrintable(QStringLiteral("span %1, expected %2").arg(to1 - from1).arg(expected)));
    QVERIFY2(std::abs(f.view.timeAtX(pos.x()) - before) <= 2,
        qPrintable(QStringLiteral("%1 under the mouse, was %2").arg(f.view.timeAtX(pos.x())).arg(before)));
    QCOMPARE(ranges.count(), 1);
}

void TestTimelineView::testShortcutsZoomAndFit()
{
    Fixture f;
    f.view.setFocus();
    const qint64 duration = f.view.trace().duration();
    QCOMPARE(f.view.visibleRange(), std::make_pair(qint64(0), duration));
    // Around the playhead when it is in view.
    f.playback.seek(12 * ms);
    const qreal playheadX = f.view.xForTime(12 * ms);
    QTest::keyClick(&f.view, Qt::Key_Equal, Qt::ControlModifier);
    auto [from, to] = f.view.visibleRange();
    QVERIFY(std::abs(qreal(to - from) - duration / 2.0) < 2);
    QVERIFY(std::abs(f.view.xForTime(12 * ms) - playheadX) < 0.5);
    QTest::keyClick(&f.view, Qt::Key_Plus, Qt::ControlModifier | Qt::ShiftModifier);
    std::tie(from, to) = f.view.visibleRange();
    QVERIFY(std::abs(qreal(to - from) - duration / 4.0) < 2);
    QTest::keyClick(&f.view, Qt::Key_Minus, Qt::ControlModifier);
    std::tie(from, to) = f.view.visibleRange();
    QVERIFY(std::abs(qreal(to - from) - duration / 2.0) < 2);
    QTest::keyClick(&f.view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(f.view.visibleRange(), std::make_pair(qint64(0), duration));
}

void TestTimelineView::testDragPans()
{
    Fixture f;
    f.view.setVisibleRange(10 * ms, 20 * ms);
    QSignalSpy actors(&f.view, &TimelineView::actorSelected);
    QSignalSpy events(&f.view, &TimelineView::eventSelected);
    const qreal perPixel = f.nsPerPixel();
    const QPointF from = f.at(0, 15 * ms);
    drag(&f.view, from, from + QPointF(100, 0));
    const auto [start, end] = f.view.visibleRange();
    // Dragging right brings earlier times into view, by the dragged distance.
    QVERIFY2(std::abs(qreal(start) - (10 * ms - 100 * perPixel)) <= perPixel,
        qPrintable(QStringLiteral("start %1").arg(start)));
    QVERIFY(std::abs(qreal(end - start) - 10 * ms) <= 2);
    QVERIFY(std::abs(qreal(f.view.timeAtX(from.x() + 100)) - 15 * ms) <= perPixel);
    // A drag is not a click.
    QCOMPARE(actors.count(), 0);
    QCOMPARE(events.count(), 0);
}

void TestTimelineView::testDragPlayheadSeeks_data()
{
    QTest::addColumn<bool>("fromAxis");
    QTest::newRow("grab the playhead in a lane") << false;
    QTest::newRow("press in the axis strip") << true;
}

void TestTimelineView::testDragPlayheadSeeks()
{
    QFETCH(bool, fromAxis);
    Fixture f;
    f.playback.seek(5 * ms);
    QSignalSpy actors(&f.view, &TimelineView::actorSelected);
    const QRectF plot = f.view.plotRect();
    QPointF from = f.at(1, 5 * ms) + QPointF(2, 0); // within a few pixels of the playhead
    if (fromAxis)
        from = QPointF(f.view.xForTime(8 * ms), plot.top() - 10);
    const QPointF to(f.view.xForTime(22 * ms), from.y());
    mouse(&f.view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    if (fromAxis)
        QVERIFY(std::abs(qreal(f.playback.time()) - 8 * ms) <= 2 * f.nsPerPixel());
    for (int i = 1; i <= 6; ++i)
        mouse(&f.view, QEvent::MouseMove, from + (to - from) * (i / 6.0), Qt::NoButton, Qt::LeftButton);
    mouse(&f.view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QVERIFY2(std::abs(qreal(f.playback.time()) - 22 * ms) <= f.nsPerPixel(),
        qPrintable(QStringLiteral("playhead at %1").arg(f.playback.time())));
    // Scrubbing neither pans nor selects.
    QCOMPARE(f.view.visibleRange(), std::make_pair(qint64(0), 30 * ms));
    QCOMPARE(actors.count(), 0);
}

void TestTimelineView::testClickSelects()
{
    Fixture f;
    QSignalSpy actors(&f.view, &TimelineView::actorSelected);
    QSignalSpy events(&f.view, &TimelineView::eventSelected);
    // Bob's sleeping bar (6 ms .. 20 ms): Bob's lane, and the event that began it.
    click(&f.view, f.at(1, 14 * ms));
    QCOMPARE(f.view.selectedActor(), 1);
    QCOMPARE(actors.count(), 1);
    QCOMPARE(actors.last().at(0).toInt(), 1);
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.last().at(0).toLongLong(), 6 * ms);
    QCOMPARE(events.last().at(1).toInt(), 1);
    QCOMPARE(f.playback.time(), 6 * ms);
    // Alice's name in the name column selects her lane and no event.
    click(&f.view, QPointF(f.view.plotRect().left() - 40, f.view.actorBarRect(0).center().y()));
    QCOMPARE(f.view.selectedActor(), 0);
    QCOMPARE(actors.last().at(0).toInt(), 0);
    QCOMPARE(events.count(), 1);
    // Clicking the selected lane again changes nothing.
    click(&f.view, f.at(0, 25 * ms + 200 * us));
    QCOMPARE(actors.count(), 2);
}

void TestTimelineView::testShiftDragSelectsRange()
{
    Fixture f;
    f.view.setFocus();
    QSignalSpy changes(&f.view, &TimelineView::selectionChanged);
    const qreal perPixel = f.nsPerPixel();
    drag(&f.view, f.at(0, 18 * ms), f.at(1, 8 * ms), Qt::ShiftModifier);
    const auto sel = f.view.selection();
    QVERIFY(sel.has_value());
    QVERIFY2(std::abs(qreal(sel->first) - 8 * ms) <= perPixel && std::abs(qreal(sel->second) - 18 * ms) <= perPixel,
        qPrintable(QStringLiteral("%1 .. %2").arg(sel->first).arg(sel->second)));
    QVERIFY(changes.count() >= 1);
    QCOMPARE(changes.last().at(0).toLongLong(), sel->first);
    QCOMPARE(changes.last().at(1).toLongLong(), sel->second);
    // The range is not a pan and leaves the playhead alone.
    QCOMPARE(f.view.visibleRange(), std::make_pair(qint64(0), 30 * ms));
    QCOMPARE(f.playback.time(), qint64(0));
    QTest::keyClick(&f.view, Qt::Key_Escape);
    QVERIFY(!f.view.selection().has_value());
    QCOMPARE(changes.last().at(0).toLongLong(), changes.last().at(1).toLongLong());
}

void TestTimelineView::testToolTips_data()
{
    QTest::addColumn<QString>("what"); // "actor:<n>" or a resource's name, searched down the plot
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("blocked, with the holder")
        << u"actor:0"_s << 15 * ms
        << QStringList { u"Alice"_s, u"State: blocked"_s, u"Waits for: lock (lock)"_s, u"Held by: Bob"_s,
               u"Start: 10 ms"_s, u"Duration: 10 ms"_s };
    QTest::newRow("running") << u"actor:1"_s << 2 * ms
                             << QStringList { u"Bob"_s, u"State: running"_s, u"Start: 0 ms"_s, u"Duration: 6 ms"_s };
    QTest::newRow("a mark") << u"actor:0"_s << 25 * ms
                            << QStringList { u"Mark"_s, u"checkpoint"_s, u"Actor: Alice"_s, u"At: 25 ms"_s };
    QTest::newRow("the lock's holder") << u"lock (lock)"_s << 12 * ms
                                       << QStringList { u"Held by: Bob"_s, u"Start: 5 ms"_s, u"Duration: 15 ms"_s };
    QTest::newRow("the counter's value") << u"total (shared value)"_s << 22 * ms
                                         << QStringList { u"Value: 1"_s, u"Start: 15 ms"_s, u"Duration: 15 ms"_s };
}

void TestTimelineView::testToolTips()
{
    QFETCH(QString, what);
    QFETCH(qint64, time);
    QFETCH(QStringList, expected);
    Fixture f;
    QString text;
    if (what.startsWith(u"actor:"_s)) {
        text = f.view.toolTipAt(f.at(what.mid(6).toInt(), time));
    } else {
        // A resource's rows: look down the plot at that time for the first tip naming it.
        const QRectF plot = f.view.plotRect();
        for (qreal y = plot.top(); y < plot.bottom() && !text.startsWith(what); ++y)
            text = f.view.toolTipAt(QPointF(f.view.xForTime(time), y));
    }
    const QStringList lines = text.split(u'\n');
    for (const QString& e : expected)
        QVERIFY2(lines.contains(e), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(e, text)));
    QVERIFY(f.view.toolTipAt(QPointF(2, 2)).isEmpty());
}

void TestTimelineView::testLiveTraceKeepsView_data()
{
    QTest::addColumn<qint64>("from"); // the view before the run grows; -1: fit
    QTest::addColumn<qint64>("to");
    QTest::addColumn<bool>("keepView");
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedTo");
    QTest::newRow("showing the end follows it") << 8 * ms << 12 * ms << true << 20 * ms << 24 * ms;
    QTest::newRow("earlier stays put") << 2 * ms << 4 * ms << true << 2 * ms << 4 * ms;
    QTest::newRow("the whole run stays whole") << qint64(-1) << qint64(-1) << true << qint64(0) << 24 * ms;
    QTest::newRow("a new run fits") << 2 * ms << 4 * ms << false << qint64(0) << 24 * ms;
}

void TestTimelineView::testLiveTraceKeepsView()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(bool, keepView);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedTo);
    Fixture f(smallTrace(12 * ms));
    if (from >= 0)
        f.view.setVisibleRange(from, to);
    f.view.setSelectedActor(1);
    f.view.setTrace(smallTrace(24 * ms), keepView);
    QCOMPARE(f.view.visibleRange(), std::make_pair(expectedFrom, expectedTo));
    // A live update keeps the selected lane; a new run starts afresh.
    QCOMPARE(f.view.selectedActor(), keepView ? 1 : -1);
}

void TestTimelineView::testFollowsPlayhead_data()
{
    QTest::addColumn<bool>("playing");
    QTest::newRow("playing pages ahead") << true;
    QTest::newRow("a jump while paused centres") << false;
}

void TestTimelineView::testFollowsPlayhead()
{
    QFETCH(bool, playing);
    Fixture f;
    f.view.setVisibleRange(0, 5 * ms);
    if (playing) {
        f.playback.setSpeed(Playback::MinSpeed); // moves a few ns a second: the test moves it
        f.playback.play();
    }
    f.playback.seek(12 * ms);
    const auto [from, to] = f.view.visibleRange();
    QVERIFY2(from <= 12 * ms && 12 * ms <= to, qPrintable(QStringLiteral("%1 .. %2").arg(from).arg(to)));
    QVERIFY(std::abs(qreal(to - from) - 5 * ms) <= 2);
    if (playing)
        QVERIFY(12 * ms - from < (to - from) / 5); // near the left: room to play into
    else
        QVERIFY(std::abs(qreal(from + to) / 2 - 12 * ms) <= 2);
    f.playback.pause();
}

void TestTimelineView::testLanesScroll()
{
    SyntheticTrace b;
    for (int i = 0; i < 40; ++i) {
        const int a = b.actor(QStringLiteral("T%1").arg(i));
        b.state(0, a, State::Running);
        b.state(10 * ms, a, State::Done);
    }
    Fixture f(b.build(), QSize(800, 300));
    QScrollBar* bar = scrollBar(f.view, Qt::Vertical);
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    const QRectF first = f.view.actorBarRect(0);
    QVERIFY(!first.isEmpty());
    wheel(&f.view, first.center(), QPoint(0, -120), Qt::ShiftModifier);
    const QRectF moved = f.view.actorBarRect(0);
    QVERIFY2(moved.isEmpty() || moved.top() < first.top(), "Shift+wheel down scrolls the lanes up");
    QVERIFY(bar->value() > 0);
    // The last lane can be reached.
    bar->setValue(bar->maximum());
    const QRectF last = f.view.actorBarRect(39);
    QVERIFY(!last.isEmpty());
    QVERIFY(last.bottom() <= f.view.plotRect().bottom() + 1);
    QCOMPARE(f.view.visibleRange(), std::make_pair(qint64(0), 10 * ms)); // the time axis did not move
}

void TestTimelineView::testOverviewBar()
{
    Fixture f;
    QScrollBar* bar = scrollBar(f.view, Qt::Horizontal);
    QVERIFY(bar);
    QVERIFY(!bar->isVisible()); // the whole run is in view
    f.view.setVisibleRange(5 * ms, 10 * ms);
    QVERIFY(bar->isVisible());
    // The thumb covers a sixth of the bar, a sixth of the way along.
    QVERIFY(std::abs(bar->pageStep() - (bar->maximum() + bar->pageStep()) / 6) <= 1);
    QVERIFY(std::abs(bar->value() - (bar->maximum() + bar->pageStep()) / 6) <= 1);
    // Dragging it to the end shows the end of the run at the same zoom.
    bar->setValue(bar->maximum());
    const auto [from, to] = f.view.visibleRange();
    QCOMPARE(to, 30 * ms);
    QVERIFY(std::abs(qreal(to - from) - 5 * ms) <= 2);
    f.view.fit();
    QVERIFY(!bar->isVisible());
}

void TestTimelineView::testStateColour_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTimelineView::testStateColour()
{
    QFETCH(bool, dark);
    Fixture f;
    f.view.setDark(dark);
    const QImage image = f.view.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    // Alice runs from 0 to 10 ms: the middle of that bar is the running colour, whatever the DPR.
    const QPointF at = f.at(0, 5 * ms);
    const QColor running = StateStyle::of(State::Running, dark).fill;
    QCOMPARE(image.pixelColor((at * dpr).toPoint()).rgb(), running.rgb());
    // And Alice's blocked bar is not.
    const QColor blocked = image.pixelColor((f.at(0, 15 * ms) * dpr).toPoint());
    QVERIFY(blocked.rgb() != running.rgb());
}

void TestTimelineView::testGroupsExpandAndCollapse()
{
    Fixture f(SyntheticTrace::tasks(200), QSize(1000, 500));
    QSignalSpy selected(&f.view, &TimelineView::actorSelected);
    const int collapsed = f.view.rowCount();
    QVERIFY2(collapsed < 10, qPrintable(QString::number(collapsed)));
    const QRectF name = f.view.actorNameRect(2); // client-1
    QVERIFY(!name.isEmpty());
    QCOMPARE(f.view.actorNameRect(201), name); // client-200 shares the lane
    // Hovering the lane says what the clients do at that moment.
    const QString tip = f.view.toolTipAt(QPointF(f.view.xForTime(40 * ms), name.center().y()));
    QVERIFY2(tip.contains(u"200 tasks"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"suspended: 150"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"I/O: 50"_s), qPrintable(tip));
    QVERIFY2(f.view.toolTipAt(name.center()).contains(u"client-1 \u2026 client-200"_s), qPrintable(f.view.toolTipAt(name.center())));

    click(&f.view, name.center());
    QCOMPARE(f.view.rowCount(), collapsed + 200);
    QVERIFY(f.view.actorNameRect(2) != f.view.actorNameRect(3));
    QCOMPARE(selected.count(), 0); // opening a group selects nobody
    // A member's own lane selects it, as any lane does.
    const QRectF bar = f.view.actorBarRect(3);
    QVERIFY(!bar.isEmpty());
    click(&f.view, QPointF(f.view.xForTime(40 * ms), bar.center().y()));
    QCOMPARE(f.view.selectedActor(), 3);
    // The group's name, now right above its first member's lane, closes it again.
    const QRectF first = f.view.actorNameRect(2);
    const QPointF groupName(first.center().x(), first.top() - first.height() / 2);
    QVERIFY2(f.view.toolTipAt(groupName).startsWith(u"client-1 \u2026 client-200"_s), qPrintable(f.view.toolTipAt(groupName)));
    click(&f.view, groupName);
    QCOMPARE(f.view.rowCount(), collapsed);
    QCOMPARE(f.view.actorNameRect(3), name);
}

void TestTimelineView::testFewTasksKeepTheirLanes()
{
    Fixture f(SyntheticTrace::tasks(5), QSize(1000, 500));
    QCOMPARE(f.view.rowCount(), 5 + 2);
    QVERIFY(f.view.actorNameRect(2) != f.view.actorNameRect(3));
    const QString tip = f.view.toolTipAt(f.view.actorNameRect(2).center());
    QVERIFY2(tip.startsWith(u"client-1\n"_s), qPrintable(tip));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
