// SPDX-License-Identifier: MIT
// The pictures of the pool, process, event-loop and socket families, on hand-built traces that follow
// /work/notes/trace-conventions.md: what a newcomer must see at a given playhead.
// SCENE_SHOTS=DIR saves every picture the tests look at as a PNG there, to look at by eye.
#include "scene/inspectormodel.h"
#include "scene/scenelayout.h"
#include "scene/scenestyle.h"
#include "scene/scenetext.h"
#include "scene/sceneview.h"
#include "scene/sequencescene.h"
#include "scenetraces.h"
#include "trace/traceio.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace interleave;
using namespace interleave::scenetest;

namespace {

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
        if (t.resources()[r].name == name)
            return int(r);
    }
    return -1;
}

struct Look {
    std::shared_ptr<const SceneIndex> index;
    SceneSnapshot snapshot;
    SceneLayout layout;
};

Look lookAt(const Trace& trace, qint64 t, QSizeF size = QSizeF(1100, 700))
{
    Look l;
    l.index = std::make_shared<const SceneIndex>(trace);
    l.snapshot = SceneSnapshot::at(*l.index, t);
    l.layout = SceneLayout::frame(*l.index, size);
    l.layout.place(l.snapshot);
    return l;
}

QImage shot(const Trace& trace, qint64 t, const QString& name, QSize size = QSize(1100, 700))
{
    const QImage image = SceneView::render(trace, t, size, false);
    const QString dir = qEnvironmentVariable("SCENE_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    return image;
}

// The colour inside a ticket, near its top-left corner (clear of its text).
QColor ticketFill(const QImage& image, const QRectF& r)
{
    return image.pixelColor(QPoint(int(r.left() + 7), int(r.top() + 4)));
}

} // namespace

class TestFamilyScene : public QObject {
    Q_OBJECT
private slots:
    void testFamilyFromContents_data();
    void testFamilyFromContents();
    void testFutureTicketFillsInAtItsResult();
    void testPoolWorkersAndQueue();
    void testCallerStandsAtTheFutureItAwaits();
    void testPoolRendersAtEverySize_data();
    void testPoolRendersAtEverySize();
    void testLoopReadyQueueInOrder();
    void testTasksParkAtWhatTheyAwait();
    void testLoopRendersAtEverySize_data();
    void testLoopRendersAtEverySize();
    void testProcessesStayInTheirBoxes();
    void testMessageInFlightOnlyWhileOpen();
    void testSequenceLanesAndOrder();
    void testSequenceArrowsInFlight();
    void testSequenceCrowdShowsAFewInFull();
    void testSequenceSmallRunsShowEveryLane_data();
    void testSequenceSmallRunsShowEveryLane();
    void testSequenceNamesTakeTurnsWhenNarrow();
    void testSequenceWordsDoNotOverlap();
    void testSequenceLanesNotStartedAreNamed();
    void testLiveRunsGrow_data();
    void testLiveRunsGrow();
    void testRendersSavedTraces(); // SCENE_TRACES=a.json:b.json with SCENE_SHOTS: pictures of real runs
};

void TestFamilyScene::testFamilyFromContents_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("family");
    QTest::newRow("threads stay threads") << 0 << int(SceneFamily::Threads);
    QTest::newRow("an executor is a pool") << 1 << int(SceneFamily::Pool);
    QTest::newRow("tasks are an event loop") << 2 << int(SceneFamily::Loop);
    QTest::newRow("child processes") << 3 << int(SceneFamily::Process);
    QTest::newRow("sockets are a conversation") << 4 << int(SceneFamily::Sequence);
}

void TestFamilyScene::testFamilyFromContents()
{
    QFETCH(int, which);
    QFETCH(int, family);
    const Trace t = which == 0 ? semaphoreTrace()
        : which == 1           ? poolTrace()
        : which == 2           ? loopTrace()
        : which == 3           ? processTrace()
                               : socketTrace();
    QCOMPARE(int(sceneFamilyOf(t)), family);
    const Look l = lookAt(t, t.duration() / 2);
    QCOMPARE(int(l.layout.family()), family);
    QCOMPARE(l.layout.boxes().empty(), family == int(SceneFamily::Threads));
}

void TestFamilyScene::testFutureTicketFillsInAtItsResult()
{
    const Trace t = poolTrace();
    const int f0 = resourceNamed(t, QStringLiteral("future-0"));
    const int f1 = resourceNamed(t, QStringLiteral("future-1"));
    const int f4 = resourceNamed(t, QStringLiteral("future-4"));
    auto words = [&](qint64 at, int f) {
        const Look l = lookAt(t, at);
        return SceneText::futureWords(t, l.snapshot.resources[std::size_t(f)]);
    };
    QCOMPARE(words(0, f0), QStringLiteral("not submitted yet"));
    QVERIFY(words(50 * ms, f0).startsWith(QStringLiteral("running on ThreadPoolExecutor-0_0")));
    QCOMPARE(words(100 * ms - 1, f0).contains(u"42"), false);
    QCOMPARE(words(100 * ms, f0), QStringLiteral("= 42"));
    QCOMPARE(words(109 * ms, f1).contains(u"ValueError"), false);
    QCOMPARE(words(110 * ms, f1), QStringLiteral("ValueError: boom"));
    QCOMPARE(words(40 * ms, f4), QStringLiteral("queued"));
    QCOMPARE(words(50 * ms, f4), QStringLiteral("cancelled"));

    // What the eye sees: the ticket turns green with the value, red with the exception.
    const Look l = lookAt(t, 0);
    const QRectF r0 = l.layout.box(BoxRole::Ticket, -1, f0)->rect;
    const QRectF r1 = l.layout.box(BoxRole::Ticket, -1, f1)->rect;
    const QImage before = shot(t, 99 * ms, QStringLiteral("pool-099ms"));
    const QImage after = shot(t, 150 * ms, QStringLiteral("pool-150ms"));
    auto greenish = [&](QColor c) { return c.green() > c.red() + 15 && c.green() > c.blue(); };
    auto reddish = [&](QColor c) { return c.red() > c.green() + 15 && c.red() > c.blue(); };
    QVERIFY2(!greenish(ticketFill(before, r0)), qPrintable(ticketFill(before, r0).name()));
    QVERIFY2(greenish(ticketFill(after, r0)), qPrintable(ticketFill(after, r0).name()));
    QVERIFY2(!reddish(ticketFill(before, r1)), qPrintable(ticketFill(before, r1).name()));
    QVERIFY2(reddish(ticketFill(after, r1)), qPrintable(ticketFill(after, r1).name()));
}

void TestFamilyScene::testPoolWorkersAndQueue()
{
    const Trace t = poolTrace();
    const int w0 = actorNamed(t, QStringLiteral("ThreadPoolExecutor-0_0"));
    const int w1 = actorNamed(t, QStringLiteral("ThreadPoolExecutor-0_1"));
    const int f0 = resourceNamed(t, QStringLiteral("future-0"));
    const int f2 = resourceNamed(t, QStringLiteral("future-2"));
    const int f3 = resourceNamed(t, QStringLiteral("future-3"));
    const int queue = resourceNamed(t, QStringLiteral("work queue"));

    // Both workers busy, two items queued behind them.
    Look l = lookAt(t, 50 * ms - 1);
    for (int w : { w0, w1 }) {
        const SceneBox* slot = l.layout.box(BoxRole::Worker, w);
        QVERIFY(slot);
        QVERIFY(slot->rect.contains(l.layout.token(w)->centre));
        QCOMPARE(l.layout.token(w)->place, Place::Holding);
    }
    QCOMPARE(l.layout.token(w0)->resource, f0);
    QCOMPARE(l.snapshot.resources[std::size_t(f2)].inFlight, 1);
    QCOMPARE(l.snapshot.resources[std::size_t(f3)].inFlight, 1);
    QVERIFY(l.layout.box(BoxRole::WorkQueue)->rect.right() < l.layout.box(BoxRole::Worker, w0)->rect.left());

    // Later worker 0 runs future-2, which left the queue.
    l = lookAt(t, 150 * ms);
    QCOMPARE(l.layout.token(w0)->resource, f2);
    QCOMPARE(l.snapshot.resources[std::size_t(f2)].inFlight, 0);

    // Idle at the end: still in its slot, waiting for work.
    l = lookAt(t, 190 * ms);
    QVERIFY(l.layout.box(BoxRole::Worker, w1)->rect.contains(l.layout.token(w1)->centre));
    QCOMPARE(l.layout.token(w1)->place, Place::Queued);
    QCOMPARE(l.layout.token(w1)->resource, queue);

    // Finished: in the finished row.
    l = lookAt(t, 255 * ms);
    QCOMPARE(l.layout.token(w0)->place, Place::Done);
    QVERIFY(l.layout.area(Place::Done)->rect.contains(l.layout.token(w0)->centre));
}

void TestFamilyScene::testCallerStandsAtTheFutureItAwaits()
{
    const Trace t = poolTrace();
    const int main = actorNamed(t, QStringLiteral("MainThread"));
    const int f0 = resourceNamed(t, QStringLiteral("future-0"));
    const int f1 = resourceNamed(t, QStringLiteral("future-1"));
    auto near = [](QPointF token, const QRectF& ticket) {
        return std::abs(token.y() - ticket.bottom()) < ticket.height() * 1.5 && token.x() >= ticket.left() - 1
            && token.x() <= ticket.right() + 1;
    };
    Look l = lookAt(t, 50 * ms);
    QCOMPARE(l.layout.token(main)->place, Place::Queued);
    QCOMPARE(l.layout.token(main)->resource, f0);
    QVERIFY(near(l.layout.token(main)->centre, l.layout.box(BoxRole::Ticket, -1, f0)->rect));
    l = lookAt(t, 105 * ms);
    QCOMPARE(l.layout.token(main)->resource, f1);
    QVERIFY(near(l.layout.token(main)->centre, l.layout.box(BoxRole::Ticket, -1, f1)->rect));
    QVERIFY(!near(l.layout.token(main)->centre, l.layout.box(BoxRole::Ticket, -1, f0)->rect));
    // Running again between result() calls: back among the callers.
    l = lookAt(t, 101 * ms + ms / 2);
    QVERIFY(l.layout.box(BoxRole::Callers)->rect.contains(l.layout.token(main)->centre));
}

void TestFamilyScene::testPoolRendersAtEverySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("window") << QSize(1100, 700);
    QTest::newRow("small") << QSize(420, 300);
    QTest::newRow("tall") << QSize(500, 900);
}

void TestFamilyScene::testPoolRendersAtEverySize()
{
    QFETCH(QSize, size);
    const Trace t = poolTrace();
    const Look l = lookAt(t, 105 * ms, QSizeF(size));
    // Every box inside the view, no two tickets overlapping.
    std::vector<QRectF> tickets;
    for (const SceneBox& b : l.layout.boxes()) {
        QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(-1, -1, 1, 1).contains(b.rect),
            qPrintable(QStringLiteral("box %1 out of view").arg(int(b.role))));
        if (b.role == BoxRole::Ticket)
            tickets.push_back(b.rect);
    }
    for (std::size_t i = 0; i < tickets.size(); ++i) {
        for (std::size_t j = i + 1; j < tickets.size(); ++j)
            QVERIFY(!tickets[i].intersects(tickets[j]));
    }
    shot(t, 105 * ms, QStringLiteral("pool-%1x%2").arg(size.width()).arg(size.height()), size);
}

void TestFamilyScene::testLoopReadyQueueInOrder()
{
    const Trace t = loopTrace();
    const int t1 = actorNamed(t, QStringLiteral("Task-1"));
    const int t2 = actorNamed(t, QStringLiteral("Task-2"));
    const int t3 = actorNamed(t, QStringLiteral("Task-3"));
    const Look l = lookAt(t, 2 * ms + ms / 2);
    shot(t, 2 * ms + ms / 2, QStringLiteral("loop-2ms"));
    const SceneBox* wheel = l.layout.box(BoxRole::Wheel);
    const SceneBox* ready = l.layout.box(BoxRole::ReadyQueue);
    QVERIFY(wheel && ready);
    // Task-1 runs at the hub; Task-2 is next in line, Task-3 behind it.
    QCOMPARE(l.layout.token(t1)->centre, wheel->spots[0]);
    QVERIFY(wheel->rect.contains(l.layout.token(t1)->centre));
    for (int a : { t2, t3 }) {
        QCOMPARE(l.layout.token(a)->place, Place::Ready);
        QVERIFY(ready->rect.contains(l.layout.token(a)->centre));
    }
    QCOMPARE(l.layout.token(t2)->index, 0);
    QCOMPARE(l.layout.token(t3)->index, 1);
    QVERIFY(l.layout.token(t2)->centre.x() < l.layout.token(t3)->centre.x());
}

void TestFamilyScene::testTasksParkAtWhatTheyAwait()
{
    const Trace t = loopTrace();
    const int t1 = actorNamed(t, QStringLiteral("Task-1"));
    const int t2 = actorNamed(t, QStringLiteral("Task-2"));
    const int t3 = actorNamed(t, QStringLiteral("Task-3"));
    const int mainTask = actorNamed(t, QStringLiteral("main"));
    const int timer = resourceNamed(t, QStringLiteral("timer"));
    const int lock = resourceNamed(t, QStringLiteral("lock"));
    const int gather = resourceNamed(t, QStringLiteral("gather"));
    Look l = lookAt(t, 50 * ms);
    shot(t, 50 * ms, QStringLiteral("loop-50ms"));
    const QRectF timerCard = l.layout.card(timer)->rect;
    for (int a : { t1, t3 }) {
        QCOMPARE(l.layout.token(a)->place, Place::Queued);
        QCOMPARE(l.layout.token(a)->resource, timer);
        QVERIFY(timerCard.contains(l.layout.token(a)->centre));
    }
    QCOMPARE(l.layout.token(t2)->resource, lock);
    QVERIFY(l.layout.card(lock)->rect.contains(l.layout.token(t2)->centre));
    QVERIFY(l.layout.card(gather)->rect.contains(l.layout.token(mainTask)->centre));
    // Task-1 sleeps holding the lock: its faded mark sits in the lock's seat.
    QVERIFY(l.layout.holdPoint(t1, lock).has_value());
    QVERIFY(l.layout.card(lock)->rect.contains(*l.layout.holdPoint(t1, lock)));
    // The inspector says what each task awaits.
    QVERIFY(SceneText::actorDetail(*l.index, l.snapshot, t1).contains(u"timer"));
    QVERIFY(SceneText::actorDetail(*l.index, l.snapshot, t2).contains(u"lock"));

    // Its timer fired: Task-1 left the timer for the ready queue.
    l = lookAt(t, 100 * ms + ms / 2);
    shot(t, 100 * ms + ms / 2, QStringLiteral("loop-100ms"));
    QCOMPARE(l.layout.token(t1)->place, Place::Ready);
    QVERIFY(!timerCard.contains(l.layout.token(t1)->centre));
    QVERIFY(l.layout.box(BoxRole::ReadyQueue)->rect.contains(l.layout.token(t1)->centre));
    QVERIFY(timerCard.contains(l.layout.token(t3)->centre));
}

void TestFamilyScene::testLoopRendersAtEverySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("window") << QSize(1100, 700);
    QTest::newRow("small") << QSize(420, 300);
    QTest::newRow("tall") << QSize(500, 900);
}

void TestFamilyScene::testLoopRendersAtEverySize()
{
    QFETCH(QSize, size);
    const Trace t = loopTrace();
    const Look l = lookAt(t, 50 * ms, QSizeF(size));
    const QRectF view = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(-1, -1, 1, 1);
    for (const SceneBox& b : l.layout.boxes())
        QVERIFY(view.contains(b.rect));
    for (const SceneCard& c : l.layout.cards()) {
        QVERIFY(view.contains(c.rect));
        for (const SceneBox& b : l.layout.boxes())
            QVERIFY(!c.rect.intersects(b.rect));
    }
    shot(t, 50 * ms, QStringLiteral("loop-%1x%2").arg(size.width()).arg(size.height()), size);
}

void TestFamilyScene::testProcessesStayInTheirBoxes()
{
    const Trace t = processTrace();
    const int p1 = actorNamed(t, QStringLiteral("Process-1"));
    const int p2 = actorNamed(t, QStringLiteral("Process-2"));
    const int main = actorNamed(t, QStringLiteral("MainThread"));
    const int lock = resourceNamed(t, QStringLiteral("Value('i') lock"));
    for (qint64 at : { 7 * ms, 16 * ms, 22 * ms, 45 * ms }) {
        const Look l = lookAt(t, at);
        for (const auto& [actor, pid] : { std::pair { main, 100 }, std::pair { p1, 201 }, std::pair { p2, 202 } }) {
            const SceneBox* box = nullptr;
            for (const SceneBox& b : l.layout.boxes()) {
                if (b.role == BoxRole::Process && b.pid == pid)
                    box = &b;
            }
            QVERIFY(box);
            QVERIFY2(box->rect.contains(l.layout.token(actor)->centre),
                qPrintable(QStringLiteral("%1 out of its box at %2").arg(t.actors()[std::size_t(actor)].name).arg(at)));
        }
    }
    // Waiting for the lock another process holds: still at home, tied to the lock.
    const Look l = lookAt(t, 16 * ms);
    shot(t, 16 * ms, QStringLiteral("process-16ms"));
    QCOMPARE(l.layout.token(p1)->place, Place::Queued);
    QCOMPARE(l.layout.token(p1)->resource, lock);
    QCOMPARE(l.layout.token(p2)->place, Place::Holding);
    // The parent on one side, the children on the other, what they share between.
    const SceneBox* shared = l.layout.box(BoxRole::SharedMemory);
    QVERIFY(shared);
    QVERIFY(l.layout.token(main)->centre.x() < shared->rect.left());
    QVERIFY(l.layout.token(p1)->centre.x() > shared->rect.right());
    QVERIFY(SceneText::actorDetail(*l.index, l.snapshot, p1).contains(u"pid 201"));
}

void TestFamilyScene::testMessageInFlightOnlyWhileOpen()
{
    const Trace t = processTrace();
    const int pipe = resourceNamed(t, QStringLiteral("Pipe"));
    const int p1 = actorNamed(t, QStringLiteral("Process-1"));
    auto marks = [&](qint64 at) {
        const Look l = lookAt(t, at);
        std::vector<MessageMark> out = l.layout.messageMarks();
        const SceneBox* channel = l.layout.box(BoxRole::Channel, -1, pipe);
        for (const MessageMark& m : out) {
            if (!channel || !channel->rect.contains(m.at))
                return std::vector<MessageMark> {};
        }
        return out;
    };
    QCOMPARE(marks(10 * ms - 1).size(), std::size_t(0));
    QCOMPARE(marks(10 * ms).size(), std::size_t(1));
    QCOMPARE(marks(29 * ms).size(), std::size_t(1));
    QCOMPARE(marks(30 * ms).size(), std::size_t(0));
    QCOMPARE(marks(45 * ms).size(), std::size_t(1)); // never received: still on its way
    const Look l = lookAt(t, 20 * ms);
    QCOMPARE(l.snapshot.messages.size(), std::size_t(1));
    QCOMPARE(l.snapshot.messages.front().from, p1);
    QCOMPARE(l.snapshot.messages.front().value, qint64(64));
    // Drawn between the parent and the sender's boxes.
    const QPointF at = l.layout.messageMarks().front().at;
    QVERIFY(at.x() > l.layout.token(actorNamed(t, QStringLiteral("MainThread")))->centre.x());
    QVERIFY(at.x() < l.layout.token(p1)->centre.x());
    shot(t, 20 * ms, QStringLiteral("process-20ms"));
    shot(t, 65 * ms, QStringLiteral("process-65ms"));
}

void TestFamilyScene::testSequenceLanesAndOrder()
{
    const Trace t = socketTrace();
    const int server = actorNamed(t, QStringLiteral("server"));
    const int c1 = actorNamed(t, QStringLiteral("client-1"));
    const int c2 = actorNamed(t, QStringLiteral("client-2"));
    const Look l = lookAt(t, 45 * ms);
    shot(t, 45 * ms, QStringLiteral("socket-45ms"));
    // Clients on the left, the server on the right, each token at the head of its lane.
    const SceneBox* laneServer = l.layout.box(BoxRole::Lane, server);
    QVERIFY(laneServer && l.layout.box(BoxRole::Lane, c1) && l.layout.box(BoxRole::Lane, c2));
    QVERIFY(l.layout.box(BoxRole::Lane, c1)->rect.right() <= laneServer->rect.left() + 0.5);
    QVERIFY(l.layout.box(BoxRole::Lane, c2)->rect.right() <= laneServer->rect.left() + 0.5);
    QCOMPARE(l.layout.token(server)->centre, laneServer->spots.front());
    // Every message sent so far, top to bottom in the order they were sent.
    const auto arrows = SequenceScene::arrows(*l.index, l.layout, 45 * ms);
    QCOMPARE(arrows.size(), std::size_t(4));
    for (std::size_t i = 1; i < arrows.size(); ++i)
        QVERIFY(arrows[i - 1].from.y() < arrows[i].from.y());
    // The first goes from client-1's lane down to the server's.
    QCOMPARE(arrows[0].from.x(), l.layout.box(BoxRole::Lane, c1)->rect.center().x());
    QCOMPARE(arrows[0].to.x(), laneServer->rect.center().x());
    QVERIFY(arrows[0].to.y() > arrows[0].from.y());
}

void TestFamilyScene::testSequenceArrowsInFlight()
{
    const Trace t = socketTrace();
    const int server = actorNamed(t, QStringLiteral("server"));
    const Look l = lookAt(t, 0);
    QCOMPARE(SequenceScene::arrows(*l.index, l.layout, 12 * ms - 1).size(), std::size_t(0));
    auto at15 = SequenceScene::arrows(*l.index, l.layout, 15 * ms);
    QCOMPARE(at15.size(), std::size_t(1));
    QVERIFY(at15[0].inFlight);
    // On its way: it ends at the playhead, between the two lanes.
    QCOMPARE(at15[0].to.y(), SequenceScene::yOf(*l.index, l.layout, 15 * ms));
    QVERIFY(
        at15[0].to.x() > at15[0].from.x() && at15[0].to.x() < l.layout.box(BoxRole::Lane, server)->rect.center().x());
    auto at25 = SequenceScene::arrows(*l.index, l.layout, 25 * ms);
    QCOMPARE(at25.size(), std::size_t(2));
    QVERIFY(!at25[0].inFlight);
    QCOMPARE(at25[0].to.y(), SequenceScene::yOf(*l.index, l.layout, 20 * ms));
    QVERIFY(at25[1].inFlight);
    shot(t, 25 * ms, QStringLiteral("socket-25ms"));
    // The echo nobody read is still on its way at the end.
    const auto atEnd = SequenceScene::arrows(*l.index, l.layout, t.duration());
    QVERIFY(atEnd.back().inFlight);
    QVERIFY(!atEnd.front().inFlight);
}

void TestFamilyScene::testSequenceCrowdShowsAFewInFull()
{
    const Trace t = socketCrowdTrace(200);
    const qint64 at = 100 * ms;
    const Look l = lookAt(t, at);
    shot(t, at, QStringLiteral("socket-crowd-100ms"));
    std::vector<const SceneBox*> lanes, elided;
    std::vector<qreal> shownX;
    for (const SceneBox& b : l.layout.boxes()) {
        if (b.role != BoxRole::Lane)
            continue;
        lanes.push_back(&b);
        // Every lane wide enough for its name, and no more of them than fit.
        QVERIFY(b.rect.width() >= 28);
        if (b.actor < 0)
            elided.push_back(&b);
        else
            shownX.push_back(b.rect.center().x());
    }
    QVERIFY(lanes.size() <= std::size_t(1100 / 28));
    QVERIFY(l.layout.showNames());
    // One elision lane per side, between the first clients and the last, naming how many it hides.
    QCOMPARE(elided.size(), std::size_t(2));
    const int c1 = actorNamed(t, QStringLiteral("client-1"));
    const int c200 = actorNamed(t, QStringLiteral("client-200"));
    QVERIFY(l.layout.box(BoxRole::Lane, c1) && l.layout.box(BoxRole::Lane, c200));
    QVERIFY(elided[0]->rect.left() > l.layout.box(BoxRole::Lane, c1)->rect.right() - 0.5);
    QVERIFY(elided[0]->rect.right() < l.layout.box(BoxRole::Lane, c200)->rect.left() + 0.5);
    const std::size_t hiddenClients = elided[0]->members.size();
    QVERIFY(hiddenClients >= 190 && hiddenClients < 200);
    QCOMPARE(SequenceScene::elisionText(t, *elided[0]), QStringLiteral("… %1 more clients").arg(hiddenClients));
    QCOMPARE(
        SequenceScene::elisionText(t, *elided[1]), QStringLiteral("… %1 more handlers").arg(elided[1]->members.size()));
    // Each shown client's handler is shown with it.
    for (const SceneBox* b : lanes) {
        const QString name = b->actor >= 0 ? t.actors()[std::size_t(b->actor)].name : QString();
        if (name.startsWith(QLatin1String("client-")))
            QVERIFY(l.layout.box(BoxRole::Lane, actorNamed(t, QStringLiteral("handler-") + name.mid(7))));
    }
    // Arrows only between shown lanes; the hidden ones' messages on their way are counted instead.
    const auto arrows = SequenceScene::arrows(*l.index, l.layout, at);
    QVERIFY(!arrows.empty());
    auto onALane = [&](qreal x) {
        return std::any_of(shownX.begin(), shownX.end(), [&](qreal lx) { return qAbs(lx - x) < 0.01; });
    };
    for (const auto& a : arrows) {
        QVERIFY(onALane(a.from.x()));
        if (!a.inFlight)
            QVERIFY(onALane(a.to.x()));
    }
    // At 100 ms sessions 94..99 have a message on its way (client-k sends at k+1, echo at k+4).
    QVERIFY(SequenceScene::hiddenInFlight(*l.index, *elided[0], at) > 0);
}

void TestFamilyScene::testSequenceSmallRunsShowEveryLane_data()
{
    QTest::addColumn<int>("clients");
    QTest::addColumn<QSize>("size");
    QTest::newRow("1 client") << 1 << QSize(1100, 700);
    QTest::newRow("10 clients") << 10 << QSize(1100, 700);
    QTest::newRow("10 clients, a narrow view") << 10 << QSize(500, 400);
}

void TestFamilyScene::testSequenceSmallRunsShowEveryLane()
{
    QFETCH(int, clients);
    QFETCH(QSize, size);
    const Trace t = socketCrowdTrace(clients);
    const Look l = lookAt(t, t.duration() / 2, QSizeF(size));
    std::size_t lanes = 0;
    for (const SceneBox& b : l.layout.boxes()) {
        if (b.role == BoxRole::Lane) {
            QVERIFY(b.actor >= 0);
            ++lanes;
        }
    }
    QCOMPARE(lanes, t.actors().size());
}

void TestFamilyScene::testSequenceNamesTakeTurnsWhenNarrow()
{
    // 10 sessions in a narrow view: 22 lanes too narrow for "handler-10" each. The names stay, every other
    // one a line lower, so each may be two lanes wide, and no two on one line overlap.
    const Trace t = socketCrowdTrace(10);
    const Look l = lookAt(t, t.duration() / 2, QSizeF(700, 400));
    shot(t, t.duration() / 2, QStringLiteral("socket-narrow"), QSize(700, 400));
    QVERIFY(l.layout.showNames());
    QCOMPARE(l.layout.nameRows(), 2);
    std::vector<const SceneBox*> lanes;
    for (const SceneBox& b : l.layout.boxes()) {
        if (b.role == BoxRole::Lane)
            lanes.push_back(&b);
    }
    QCOMPARE(lanes.size(), t.actors().size());
    const qreal nameW = l.layout.pitch() * l.layout.nameRows() - 2;
    QVERIFY(nameW >= 2 * lanes.front()->rect.width() - 2.01);
    for (std::size_t k = 0; k < lanes.size(); ++k) {
        const TokenPlace* token = l.layout.token(lanes[k]->actor);
        QVERIFY(token);
        QCOMPARE(token->nameRow, int(k % 2));
        if (k >= 2) {
            // The name two lanes back, on the same line, ends before this one begins.
            const qreal gap = token->centre.x() - l.layout.token(lanes[k - 2]->actor)->centre.x();
            QVERIFY(gap >= nameW);
        }
    }
    // A wide view keeps one line of names.
    QCOMPARE(lookAt(t, t.duration() / 2, QSizeF(1600, 700)).layout.nameRows(), 1);
}

void TestFamilyScene::testSequenceWordsDoNotOverlap()
{
    // 10 connections made a millisecond apart, each a line across the diagram: their names are written
    // only where they cover no other.
    const Trace t = socketCrowdTrace(10);
    const Look l = lookAt(t, t.duration(), QSizeF(900, 300));
    const auto connections = SequenceScene::connections(*l.index, l.layout, t.duration());
    std::vector<QRectF> labels;
    int lines = 0;
    for (const auto& c : connections) {
        lines += c.other != c.at;
        if (!c.label.isEmpty())
            labels.push_back(c.label);
    }
    QCOMPARE(lines, 10);
    QVERIFY(!labels.empty());
    QVERIFY(labels.size() < std::size_t(lines)); // in 300 px some must give way
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
    }
}

void TestFamilyScene::testSequenceLanesNotStartedAreNamed()
{
    // Before client-3 starts its lane already stands: an empty head with its name under it.
    const Trace t = socketCrowdTrace(3);
    const qint64 at = 2 * ms; // client-1 and client-2 have started, client-3 starts at 3 ms
    const Look l = lookAt(t, at);
    const int c3 = actorNamed(t, QStringLiteral("client-3"));
    QCOMPARE(l.layout.token(c3)->place, Place::Hidden);
    const SceneBox* lane = l.layout.box(BoxRole::Lane, c3);
    QVERIFY(lane);
    const QImage image = shot(t, at, QStringLiteral("socket-not-started"));
    const QPointF head = lane->spots.front();
    const qreal r = l.layout.radius();
    const QColor background = image.pixelColor(QPoint(int(lane->rect.left()) + 2, int(head.y())));
    auto inked = [&](const QRectF& area) {
        int n = 0;
        for (int y = int(area.top()); y < int(area.bottom()); ++y) {
            for (int x = int(area.left()); x < int(area.right()); ++x)
                n += image.pixelColor(x, y) != background;
        }
        return n;
    };
    QVERIFY2(inked(QRectF(head.x() - r - 2, head.y() - r - 2, 2 * r + 4, 2 * r + 4)) > 10, "its empty head");
    QVERIFY2(inked(QRectF(lane->rect.left(), head.y() + r + 1, lane->rect.width(), lane->rect.top() - head.y() - r - 1))
            > 10,
        "its name");
}

void TestFamilyScene::testLiveRunsGrow_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("pool") << 0;
    QTest::newRow("loop") << 1;
    QTest::newRow("process") << 2;
    QTest::newRow("socket") << 3;
}

void TestFamilyScene::testLiveRunsGrow()
{
    // A live run hands the view a longer trace every few frames: every token stays in view, and the
    // messages on their way at the end of a prefix are drawn (they have no end yet).
    QFETCH(int, which);
    const Trace full = which == 0 ? poolTrace()
        : which == 1              ? loopTrace()
        : which == 2              ? processTrace()
                                  : socketTrace();
    SceneView view;
    view.resize(900, 600);
    view.setAnimationDuration(0);
    const QRectF inside = QRectF(QPointF(0, 0), QSizeF(view.size())).adjusted(-1, -1, 1, 1);
    for (int k = 1; k <= 12; ++k) {
        const qint64 until = full.duration() * k / 12;
        view.setTrace(prefixOf(full, until));
        view.setTime(until);
        QCOMPARE(int(view.sceneLayout().family()), int(sceneFamilyOf(full)));
        for (std::size_t a = 0; a < view.sceneLayout().tokens().size(); ++a) {
            if (view.sceneLayout().tokens()[a].place != Place::Hidden)
                QVERIFY(inside.contains(view.tokenPosition(int(a))));
        }
        QVERIFY(!view.grab().isNull());
    }
    // The process trace's first message, cut off before it is read, is still drawn in flight.
    if (which == 2) {
        view.setTrace(prefixOf(full, 20 * ms));
        view.setTime(20 * ms);
        QCOMPARE(view.sceneLayout().messageMarks().size(), std::size_t(1));
    }
}

void TestFamilyScene::testRendersSavedTraces()
{
    const QString list = qEnvironmentVariable("SCENE_TRACES");
    if (list.isEmpty())
        QSKIP("no SCENE_TRACES given");
    for (const QString& path : list.split(QLatin1Char(':'))) {
        QString error;
        const std::optional<Trace> t = TraceIO::read(path, &error);
        QVERIFY2(t, qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        const SceneIndex index(*t);
        const qint64 indexMs = clock.restart();
        SceneLayout layout = SceneLayout::frame(index, QSizeF(1100, 700));
        const qint64 layoutMs = clock.restart();
        layout.place(SceneSnapshot::at(index, t->duration() / 2));
        const qint64 placeMs = clock.restart();
        for (int k = 1; k <= 4; ++k)
            shot(*t, t->duration() * k / 5, QStringLiteral("%1-%2").arg(QFileInfo(path).baseName()).arg(k));
        qInfo("%s: index %lld ms, layout %lld ms, snapshot+place %lld ms, 4 pictures %lld ms", qPrintable(path),
            indexMs, layoutMs, placeMs, clock.elapsed());
    }
}

QTEST_MAIN(TestFamilyScene)
#include "tst_familyscene.moc"
