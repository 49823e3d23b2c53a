// SPDX-License-Identifier: MIT
#include "synthetictrace.h"
#include "timeline/groupdensity.h"
#include "timeline/lanegroups.h"
#include "timeline/statestyle.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinetheme.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace interleave;
using namespace interleave::test;

namespace {

using RowKind = TimelineLayout::RowKind;

struct Frame {
    QImage image;
    TimelineLayout layout;
    TimeMapping map;
};

Frame render(const Trace& trace, QSize size = { 1600, 900 }, const PaintOptions& options = {})
{
    Frame f;
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    f.layout = TimelinePainter::layout(rect, trace, options);
    f.map = TimeMapping(f.layout.plotRect.left(), f.layout.plotRect.width(), trace.duration());
    f.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    f.image.fill(Qt::white);
    QPainter p(&f.image);
    TimelinePainter::paint(p, rect, trace, f.map, options, &f.layout);
    return f;
}

int rowsOf(const TimelineLayout& L, RowKind kind)
{
    return int(std::count_if(L.rows.begin(), L.rows.end(), [kind](const auto& r) { return r.kind == kind; }));
}

bool close(QColor a, QColor b, int tolerance = 10)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// Share of the pixels of column x between top and bottom that show colour c.
double columnShare(const QImage& img, int x, int top, int bottom, QColor c)
{
    int hits = 0;
    for (int y = top; y < bottom; ++y)
        hits += close(img.pixelColor(x, y), c) ? 1 : 0;
    return double(hits) / std::max(1, bottom - top);
}

} // namespace

class TestLaneGroups : public QObject {
    Q_OBJECT
private slots:
    void testFamiliesAreFound();
    void testGroupsOnlyWhenLanesAreTooThin_data();
    void testGroupsOnlyWhenLanesAreTooThin();
    void testLabelNamesTheRangeAndCount();
    void testDensityShowsTheSharesOfStates();
    void testGroupHitAndMembersDrawnThere();
    void testExpandedGroupShowsItsMembers();
    void testHeaderAndLegendStayWithManyActors_data();
    void testHeaderAndLegendStayWithManyActors();
    void testHundredThousandTasks();
};

void TestLaneGroups::testFamiliesAreFound()
{
    SyntheticTrace b;
    b.actor(QStringLiteral("MainThread"), ActorKind::Main);
    for (int i = 0; i < 4; ++i)
        b.actor(QStringLiteral("ThreadPoolExecutor-0_%1").arg(i));
    b.actor(QStringLiteral("Task-17"), ActorKind::Task);
    b.actor(QStringLiteral("Task-18"), ActorKind::Task);
    for (int i = 0; i < 3; ++i) {
        b.actor(QStringLiteral("worker-%1").arg(i), ActorKind::Thread, 100);
        b.actor(QStringLiteral("worker-%1").arg(i), ActorKind::Process, 200 + i); // other processes
    }
    const Trace trace = b.build();
    const LaneGroups groups(trace);
    QCOMPARE(int(groups.groups().size()), 2); // the pool's threads and the threads "worker-N"
    QCOMPARE(groups.groups()[0].stem, QStringLiteral("ThreadPoolExecutor-0_"));
    QCOMPARE(int(groups.groups()[0].members.size()), 4);
    QCOMPARE(groups.groupOf(0), -1); // MainThread
    QCOMPARE(groups.groupOf(5), -1); // a pair of tasks is no family
    QCOMPARE(groups.groupOf(7), 1);
    QCOMPARE(groups.groupOf(8), -1); // same name, another process and kind
}

void TestLaneGroups::testGroupsOnlyWhenLanesAreTooThin_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<bool>("grouped");
    QTest::newRow("5 tasks: own lanes") << 5 << false;
    QTest::newRow("20 tasks: own lanes") << 20 << false;
    QTest::newRow("200 tasks: one group") << 200 << true;
}

void TestLaneGroups::testGroupsOnlyWhenLanesAreTooThin()
{
    QFETCH(int, tasks);
    QFETCH(bool, grouped);
    const Trace trace = SyntheticTrace::tasks(tasks);
    const TimelineLayout L = TimelinePainter::layout(QRectF(0, 0, 1600, 900), trace, {});
    QCOMPARE(rowsOf(L, RowKind::Group), grouped ? 1 : 0);
    QCOMPARE(rowsOf(L, RowKind::Actor), grouped ? 2 : tasks + 2);
    QVERIFY2(L.laneHeight >= 14, "lanes too thin to read");
    // Every actor is drawn somewhere: its own lane or its group's, in the order they came.
    for (int a = 0; a < tasks + 2; ++a)
        QVERIFY(L.actorRow(a));
    QVERIFY(L.actorRow(0)->top < L.actorRow(2)->top);
    QCOMPARE(L.actorRow(2) == L.actorRow(tasks + 1), grouped);
    PaintOptions never;
    never.grouping = PaintOptions::Grouping::Never;
    QCOMPARE(rowsOf(TimelinePainter::layout(QRectF(0, 0, 1600, 900), trace, never), RowKind::Group), 0);
}

void TestLaneGroups::testLabelNamesTheRangeAndCount()
{
    const Trace trace = SyntheticTrace::tasks(200);
    const auto groups = LaneGroups::of(trace);
    QCOMPARE(int(groups->groups().size()), 1);
    const auto& g = groups->groups()[0];
    QCOMPARE(LaneGroups::label(g), QStringLiteral("client-1 \u2026 client-200 \u00b7 200 tasks"));
    // Narrow: shorter, never wider than asked.
    const QFont f = TimelineTheme::font(13, true);
    const QString narrow = LaneGroups::label(g, &f, 150);
    QVERIFY2(QFontMetricsF(f).horizontalAdvance(narrow) <= 150, qPrintable(narrow));
    QVERIFY2(narrow.startsWith(QStringLiteral("client-1")), qPrintable(narrow));
}

void TestLaneGroups::testDensityShowsTheSharesOfStates()
{
    const Trace trace = SyntheticTrace::tasks(200);
    const Frame f = render(trace);
    const auto* row = f.layout.actorRow(2);
    QVERIFY(row);
    QCOMPARE(row->kind, RowKind::Group);
    const QRectF band = f.layout.barRect(*row);
    QVERIFY(band.height() >= 12);
    const int x = int(f.map.mapTimeToX(40.0 * ms));
    const int top = int(std::ceil(band.top())) + 1, bottom = int(std::floor(band.bottom())) - 1;
    const double suspended = columnShare(f.image, x, top, bottom, StateStyle::of(State::Suspended, false).fill);
    const double io = columnShare(f.image, x, top, bottom, StateStyle::of(State::Io, false).fill);
    QVERIFY2(std::abs(suspended - 0.75) < 0.08, qPrintable(QString::number(suspended)));
    QVERIFY2(std::abs(io - 0.25) < 0.08, qPrintable(QString::number(io)));
    // I/O sits under the suspended share (the stack is in a fixed order, waiting states on top).
    QVERIFY(close(f.image.pixelColor(x, bottom - 1), StateStyle::of(State::Io, false).fill));
    QVERIFY(close(f.image.pixelColor(x, top + 1), StateStyle::of(State::Suspended, false).fill));
    // After every client ended, no state colour is left on the lane.
    const int after = int(f.map.mapTimeToX(90.0 * ms));
    QCOMPARE(columnShare(f.image, after, top, bottom, StateStyle::of(State::Suspended, false).fill), 0.0);
    // The counts agree: 150 suspended and 50 in I/O at 40 ms.
    const auto density = GroupDensity::of(trace, *f.layout.groups, 0, f.map.start, f.map.end, 100);
    const int c = int(40.0 * ms / (f.map.end - f.map.start) * 100);
    QCOMPARE(qRound(density->at(c, State::Suspended)), 150);
    QCOMPARE(qRound(density->at(c, State::Io)), 50);
    const auto counts = f.layout.groups->statesAt(trace, 0, 40 * ms);
    QCOMPARE(counts[std::size_t(State::Suspended)], 150);
    QCOMPARE(counts[std::size_t(State::Io)], 50);
}

void TestLaneGroups::testGroupHitAndMembersDrawnThere()
{
    const Trace trace = SyntheticTrace::tasks(200);
    const Frame f = render(trace);
    const auto* row = f.layout.actorRow(10);
    const QRectF band = f.layout.barRect(*row);
    const TimelineHit hit = f.layout.hitTest(QPointF(f.map.mapTimeToX(40.0 * ms), band.center().y()), trace, f.map);
    QCOMPARE(hit.kind, TimelineHit::Kind::Group);
    QCOMPARE(hit.group, 0);
    const TimelineHit name = f.layout.hitTest(QPointF(f.layout.nameRect.left() + 20, band.center().y()), trace, f.map);
    QCOMPARE(name.kind, TimelineHit::Kind::GroupName);
    // The server spawns every client: the arrows end on the group's lane.
    const int x = int(f.map.mapTimeToX(1.0 * ms));
    const QColor spawn = StateStyle::flowColor(FlowKind::Spawn, false);
    bool arrow = false;
    for (int dx = -3; dx <= 3 && !arrow; ++dx) {
        for (int y = int(f.layout.barRect(*f.layout.actorRow(1)).bottom()); y < int(band.top()) && !arrow; ++y)
            arrow = close(f.image.pixelColor(x + dx, y), spawn, 40);
    }
    QVERIFY2(arrow, "no spawn arrow from the server to the clients' lane");
}

void TestLaneGroups::testExpandedGroupShowsItsMembers()
{
    const Trace trace = SyntheticTrace::tasks(200);
    PaintOptions options;
    options.laneHeight = 18; // the window: lanes scroll
    options.grouping = PaintOptions::Grouping::Always;
    const QRectF rect(0, 0, 1200, 700);
    const TimelineLayout collapsed = TimelinePainter::layout(rect, trace, options);
    options.expandedGroups << LaneGroups::of(trace)->groups()[0].key;
    const TimelineLayout expanded = TimelinePainter::layout(rect, trace, options);
    QCOMPARE(int(expanded.rows.size()), int(collapsed.rows.size()) + 200);
    QVERIFY(expanded.groupRow(0)->expanded);
    QCOMPARE(expanded.actorRow(2)->kind, RowKind::Actor);
    QCOMPARE(expanded.actorRow(2)->index, 2);
    QVERIFY(expanded.actorRow(2)->member);
    QVERIFY(expanded.actorRow(2)->top > expanded.groupRow(0)->top);
}

void TestLaneGroups::testHeaderAndLegendStayWithManyActors_data()
{
    QTest::addColumn<bool>("distinct");
    QTest::newRow("400 clients") << false;
    QTest::newRow("400 tasks with unrelated names") << true;
}

void TestLaneGroups::testHeaderAndLegendStayWithManyActors()
{
    QFETCH(bool, distinct);
    const Trace trace = SyntheticTrace::tasks(400, distinct);
    QCOMPARE(LaneGroups::of(trace)->groups().empty(), distinct);
    const TimelineLayout L = TimelinePainter::layout(QRectF(0, 0, 1600, 900), trace, {});
    QVERIFY2(L.headerRect.height() > 30, "the title, parameters and outcome were dropped");
    QVERIFY(!L.header.empty());
    QVERIFY2(!L.legendRect.isEmpty(), "the legend was dropped");
    QVERIFY(L.legendRect.bottom() <= 900);
    QVERIFY(L.lanesRect.top() > L.headerRect.bottom());
}

void TestLaneGroups::testHundredThousandTasks()
{
    const Trace trace = SyntheticTrace::tasks(100000);
    const Frame f = render(trace);
    QVERIFY(f.layout.rows.size() < 10);
    QCOMPARE(rowsOf(f.layout, RowKind::Group), 1);
    const auto* row = f.layout.actorRow(50000);
    QVERIFY(row && row->kind == RowKind::Group);
    const QRectF band = f.layout.barRect(*row);
    const int x = int(f.map.mapTimeToX(40.0 * ms));
    const double suspended = columnShare(
        f.image, x, int(band.top()) + 2, int(band.bottom()) - 2, StateStyle::of(State::Suspended, false).fill);
    QVERIFY2(std::abs(suspended - 0.75) < 0.1, qPrintable(QString::number(suspended)));
    // A repaint of the same view reuses the counts.
    const auto a = GroupDensity::of(trace, *f.layout.groups, 0, f.map.start, f.map.end, 640);
    QCOMPARE(GroupDensity::of(trace, *f.layout.groups, 0, f.map.start, f.map.end, 640), a);
    // How long it takes is bench_painting's business ("100,000 tasks in lane groups").
}

QTEST_MAIN(TestLaneGroups)
#include "tst_lanegroups.moc"
