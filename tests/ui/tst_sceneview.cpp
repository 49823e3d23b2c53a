// SPDX-License-Identifier: MIT
#include "playback/playback.h"
#include "scene/scenestyle.h"
#include "scene/sceneview.h"
#include "scenetraces.h"

#include <QDir>
#include <QFontMetricsF>
#include <QTest>

using namespace interleave;
using namespace interleave::scenetest;

namespace {

Trace traceNamed(const QString& name)
{
    if (name == u"semaphore")
        return semaphoreTrace();
    if (name == u"deadlock")
        return deadlockTrace();
    if (name == u"rlock")
        return rlockTrace();
    if (name == u"condition")
        return conditionTrace();
    if (name == u"event")
        return eventTrace(false);
    return raceTrace();
}

int actorNamed(const Trace& t, const QString& name)
{
    for (std::size_t a = 0; a < t.actors().size(); ++a) {
        if (t.actors()[a].name == name)
            return int(a);
    }
    return -1;
}

int resourceNamed(const Trace& t, const QString& name)
{
    for (std::size_t r = 0; r < t.resources().size(); ++r) {
        if (t.resources()[r].name == name && t.resources()[r].kind != ResourceKind::Thread)
            return int(r);
    }
    return -1;
}

// How many pixels differ from the top-left one: a blank image scores 0.
int paintedPixels(const QImage& image)
{
    const QRgb bg = image.pixel(0, 0);
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixel(x, y) != bg;
    }
    return n;
}

// The view at 900 x 520 showing `t` at `time`, with no animation: its layout is that of `time` at once.
void showStill(SceneView& view, const Trace& t, qint64 time)
{
    view.resize(900, 520);
    view.setAnimationDuration(0);
    view.setTrace(t);
    view.setTime(time);
}

} // namespace

class TestSceneView : public QObject {
    Q_OBJECT
private slots:
    void testRendersEveryTrace_data();
    void testRendersEveryTrace();
    void testTokensWhereTheSnapshotSays_data();
    void testTokensWhereTheSnapshotSays();
    void testDeadlockHoldsAndWaits();
    void testTokensGlide();
    void testFollowsPlayback();
    void testLiveTraceKeepsTokensMoving();
    void testScalesWithSize_data();
    void testScalesWithSize();
    void testThemes();
    void testALoneTokensNameTakesItsRoom();
    void testBeforeTheFirstRun();
};

void TestSceneView::testRendersEveryTrace_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<double>("at"); // fraction of the run
    QTest::addColumn<bool>("dark");
    for (const char* name : { "semaphore", "deadlock", "rlock", "condition", "event", "race" }) {
        for (double at : { 0.0, 0.3, 0.6, 1.0 }) {
            for (bool dark : { false, true })
                QTest::addRow("%s at %.1f, %s", name, at, dark ? "dark" : "light")
                    << QString::fromLatin1(name) << at << dark;
        }
    }
}

void TestSceneView::testRendersEveryTrace()
{
    QFETCH(QString, trace);
    QFETCH(double, at);
    QFETCH(bool, dark);
    const Trace t = traceNamed(trace);
    const qint64 time = qint64(at * double(t.duration()));
    const QImage image = SceneView::render(t, time, QSize(900, 520), dark);
    QCOMPARE(image.size(), QSize(900, 520));
    QVERIFY2(paintedPixels(image) > 2000, "the scene drew next to nothing");
    const QString dir = qEnvironmentVariable("INTERLEAVE_SCENE_PNG_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(
            u"h-scene-%1-%2-%3.png"_qs.arg(trace).arg(int(at * 10)).arg(dark ? u"dark"_qs : u"light"_qs)));
}

void TestSceneView::testTokensWhereTheSnapshotSays_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("place"); // Place
    QTest::addColumn<QString>("resource"); // for holder and queued
    QTest::addColumn<int>("index"); // slot or place in line

    const QString sem = QStringLiteral("sem");
    QTest::newRow("permit holder in slot 1")
        << "semaphore" << qint64(100) << "Thread-1" << int(Place::Holding) << sem << 0;
    QTest::newRow("permit holder in slot 2")
        << "semaphore" << qint64(100) << "Thread-2" << int(Place::Holding) << sem << 1;
    QTest::newRow("first at the door") << "semaphore" << qint64(100) << "Thread-3" << int(Place::Queued) << sem << 0;
    QTest::newRow("second at the door") << "semaphore" << qint64(100) << "Thread-4" << int(Place::Queued) << sem << 1;
    QTest::newRow("main in join") << "semaphore" << qint64(100) << "MainThread" << int(Place::Joining) << "" << -1;
    QTest::newRow("not started") << "semaphore" << qint64(1) << "Thread-2" << int(Place::Hidden) << "" << -1;
    QTest::newRow("started, running") << "semaphore" << qint64(5) << "Thread-2" << int(Place::Running) << "" << -1;
    QTest::newRow("handed the permit") << "semaphore" << qint64(205) << "Thread-3" << int(Place::Holding) << sem << 0;
    QTest::newRow("finished") << "semaphore" << qint64(300) << "Thread-1" << int(Place::Done) << "" << -1;
    QTest::newRow("ready to run") << "race" << qint64(2) << "Thread-2" << int(Place::Ready) << "" << -1;
    QTest::newRow("waiting room of a condition")
        << "condition" << qint64(15) << "consumer" << int(Place::Queued) << "cond" << 0;
    QTest::newRow("at an event's flag") << "event" << qint64(50) << "Thread-3" << int(Place::Queued) << "ready" << 2;
    QTest::newRow("rlock holder") << "rlock" << qint64(27) << "Thread-1" << int(Place::Holding) << "rlock" << 0;
}

void TestSceneView::testTokensWhereTheSnapshotSays()
{
    QFETCH(QString, trace);
    QFETCH(qint64, time);
    QFETCH(QString, actor);
    QFETCH(int, place);
    QFETCH(QString, resource);
    QFETCH(int, index);

    SceneView view;
    const Trace t = traceNamed(trace);
    showStill(view, t, time);
    const int a = actorNamed(t, actor);
    const TokenPlace* tp = view.sceneLayout().token(a);
    QVERIFY(tp);
    QCOMPARE(int(tp->place), place);
    QCOMPARE(view.tokenPosition(a), tp->centre);
    if (!resource.isEmpty()) {
        const int r = resourceNamed(t, resource);
        QCOMPARE(tp->resource, r);
        QCOMPARE(tp->index, index);
        const SceneCard* card = view.sceneLayout().card(r);
        QVERIFY(card);
        QVERIFY(card->rect.contains(tp->centre));
        if (tp->place == Place::Holding) {
            QVERIFY(card->room.contains(tp->centre));
            QCOMPARE(tp->centre, card->seats[std::size_t(index)]);
        } else {
            QCOMPARE(tp->centre, card->queue[std::size_t(index)]);
            // The line forms outside the door, the first nearest to it.
            if (!card->door.isEmpty())
                QVERIFY(tp->centre.x() < card->door.left());
        }
    } else if (tp->place != Place::Hidden) {
        const SceneArea* area = view.sceneLayout().area(tp->place);
        QVERIFY(area);
        QVERIFY(area->rect.contains(tp->centre));
    }
}

void TestSceneView::testDeadlockHoldsAndWaits()
{
    // Each philosopher waits at the other's fork while its own fork still shows it inside.
    const Trace t = deadlockTrace();
    SceneView view;
    showStill(view, t, 100);
    const SceneLayout& l = view.sceneLayout();
    const int p0 = actorNamed(t, QStringLiteral("philosopher-0"));
    const int p1 = actorNamed(t, QStringLiteral("philosopher-1"));
    const int f0 = resourceNamed(t, QStringLiteral("fork-0"));
    const int f1 = resourceNamed(t, QStringLiteral("fork-1"));
    QCOMPARE(int(l.token(p0)->place), int(Place::Queued));
    QCOMPARE(l.token(p0)->resource, f1);
    QCOMPARE(int(l.token(p1)->place), int(Place::Queued));
    QCOMPARE(l.token(p1)->resource, f0);
    QVERIFY(l.holdPoint(p0, f0));
    QVERIFY(l.card(f0)->room.contains(*l.holdPoint(p0, f0)));
    QVERIFY(l.holdPoint(p1, f1));
    QVERIFY(l.card(f1)->room.contains(*l.holdPoint(p1, f1)));
    QVERIFY(view.snapshot().deadlock);
    QCOMPARE(view.snapshot().deadlock->actors.size(), std::size_t(2));
    // The cycle is drawn in red: the alarm colour appears in the picture.
    const QImage image = SceneView::render(t, 100, QSize(900, 520), false);
    const QImage before = SceneView::render(t, 15, QSize(900, 520), false);
    auto reds = [](const QImage& img) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y) {
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                n += c.red() > 180 && c.green() < 60 && c.blue() < 60;
            }
        }
        return n;
    };
    QVERIFY2(reds(image) > 200 + reds(before), "no red cycle drawn");
}

void TestSceneView::testTokensGlide()
{
    const Trace t = semaphoreTrace();
    SceneView view;
    view.resize(900, 520);
    view.setTrace(t);
    view.setTime(100);
    QVERIFY(QTest::qWaitFor([&] { return !view.isAnimating(); }, 5000));
    const int w3 = actorNamed(t, QStringLiteral("Thread-3"));
    const QPointF queued = view.tokenPosition(w3);
    view.setTime(205); // the permit is handed over: Thread-3 walks in
    const QPointF target = view.sceneLayout().token(w3)->centre;
    QVERIFY(target != queued);
    QVERIFY(view.isAnimating());
    QCOMPARE(view.tokenPosition(w3), queued); // it starts from where it stood
    QVERIFY(QTest::qWaitFor([&] { return view.tokenPosition(w3) == target; }, 5000));
    QVERIFY(!view.isAnimating());
}

void TestSceneView::testFollowsPlayback()
{
    Playback playback;
    SceneView view;
    view.resize(800, 500);
    view.setAnimationDuration(0);
    view.setPlayback(&playback);
    playback.setTrace(semaphoreTrace());
    QVERIFY(view.trace().actors().size() == 5);
    playback.seek(100);
    QCOMPARE(view.time(), qint64(100));
    QCOMPARE(int(view.sceneLayout().token(3)->place), int(Place::Queued));
    playback.setTrace(deadlockTrace());
    playback.seek(50);
    QCOMPARE(view.trace().meta().scenario, u"threads.deadlock"_qs);
    QVERIFY(view.sceneLayout().card(resourceNamed(view.trace(), QStringLiteral("fork-0"))));
}

void TestSceneView::testLiveTraceKeepsTokensMoving()
{
    // During a run the window hands over a longer trace every few frames, the playhead at its end:
    // a token that changes place glides there instead of jumping.
    const Trace full = semaphoreTrace();
    Playback playback;
    SceneView view;
    view.resize(900, 520);
    view.setPlayback(&playback);
    playback.setTrace(prefixOf(full, 150));
    playback.seek(150);
    QVERIFY(QTest::qWaitFor([&] { return !view.isAnimating(); }, 5000));
    const int w3 = actorNamed(full, QStringLiteral("Thread-3"));
    const QPointF queued = view.tokenPosition(w3);
    playback.setTrace(prefixOf(full, 205));
    playback.seek(205);
    QCOMPARE(int(view.sceneLayout().token(w3)->place), int(Place::Holding));
    QVERIFY(view.isAnimating());
    QCOMPARE(view.tokenPosition(w3), queued); // from the door, not from nowhere
    QVERIFY(QTest::qWaitFor([&] { return view.tokenPosition(w3) == view.sceneLayout().token(w3)->centre; }, 5000));
}

void TestSceneView::testScalesWithSize_data()
{
    QTest::addColumn<QString>("trace");
    for (const char* name : { "semaphore", "deadlock", "condition", "event", "race" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSceneView::testScalesWithSize()
{
    QFETCH(QString, trace);
    const Trace t = traceNamed(trace);
    const SceneIndex index(t);
    qreal lastRadius = 0;
    for (QSize size : { QSize(420, 300), QSize(800, 480), QSize(1400, 900) }) {
        SceneLayout l = SceneLayout::frame(index, QSizeF(size));
        l.place(SceneSnapshot::at(index, t.duration() / 2));
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        QVERIFY(l.radius() >= lastRadius);
        lastRadius = l.radius();
        for (std::size_t i = 0; i < l.cards().size(); ++i) {
            QVERIFY(bounds.contains(l.cards()[i].rect));
            for (std::size_t j = i + 1; j < l.cards().size(); ++j)
                QVERIFY(!l.cards()[i].rect.intersects(l.cards()[j].rect));
            for (const SceneArea& a : l.areas())
                QVERIFY(!a.rect.intersects(l.cards()[i].rect));
        }
        for (const TokenPlace& tp : l.tokens()) {
            if (tp.place != Place::Hidden)
                QVERIFY(bounds.contains(tp.centre));
        }
    }
    QVERIFY(lastRadius > 15); // a large window gets large tokens
}

void TestSceneView::testThemes()
{
    const Trace t = semaphoreTrace();
    const QImage light = SceneView::render(t, 100, QSize(600, 400), false);
    const QImage dark = SceneView::render(t, 100, QSize(600, 400), true);
    QVERIFY(qGray(light.pixel(2, 2)) > 200);
    QVERIFY(qGray(dark.pixel(2, 2)) < 60);
    SceneView view;
    view.setDark(true);
    QVERIFY(view.isDark());
}

void TestSceneView::testALoneTokensNameTakesItsRoom()
{
    // In the semaphore run the main thread waits in join() alone: its name may take that area's width, not
    // just a token's pitch, so "MainThread" is written whole rather than "Main…read".
    const Trace t = semaphoreTrace();
    SceneView view;
    showStill(view, t, 100);
    const SceneLayout& l = view.sceneLayout();
    const TokenPlace* main = l.token(0);
    QVERIFY(main);
    QCOMPARE(main->place, Place::Joining);
    QVERIFY2(main->nameWidth > l.pitch(),
        qPrintable(QStringLiteral("%1 px for its name, pitch %2").arg(main->nameWidth).arg(l.pitch())));
    QFont font;
    font.setPixelSize(int(std::lround(l.labelPx())));
    QVERIFY(main->nameWidth >= QFontMetricsF(font).horizontalAdvance(QStringLiteral("MainThread")));
    // Tokens side by side keep to their spacing: Thread-3 and Thread-4 wait in the semaphore's line.
    for (int a : { 3, 4 })
        QCOMPARE(l.token(a)->nameWidth, 0.0);
}

void TestSceneView::testBeforeTheFirstRun()
{
    // No empty areas and "t = 0 ns of 0 ns" before a run: words in the middle saying what will be there.
    SceneView view;
    view.resize(700, 400);
    const QImage image = view.grab().toImage();
    const QColor background = SceneStyle::background(false);
    const QColor panel = SceneStyle::panel(false);
    int inked = 0, panelled = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            panelled += c == panel;
            inked += c != background && y > image.height() / 3 && y < 2 * image.height() / 3;
        }
    }
    QCOMPARE(panelled, 0);
    QVERIFY(inked > 100);
}

QTEST_MAIN(TestSceneView)
#include "tst_sceneview.moc"
