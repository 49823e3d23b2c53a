// SPDX-License-Identifier: MIT
#include "trace/recorder.h"

#include <QFile>
#include <QTest>

#include <atomic>
#include <latch>
#include <limits>
#include <set>
#include <thread>

using namespace interleave;

namespace {

// Event number `i` of writer `actor`; its time is its number, so the merge has many equal times.
Event numbered(int actor, qint64 i)
{
    Event e;
    e.time = i;
    e.value = i;
    e.actor = actor;
    e.resource = 0;
    e.type = EventType::Counter;
    return e;
}

// Starts `n` threads that each call body(index) at the same moment, and joins them.
template <typename F>
void runThreads(int n, F body)
{
    std::latch start(n);
    std::vector<std::thread> threads;
    for (int t = 0; t < n; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            body(t);
        });
    }
    for (auto& th : threads)
        th.join();
}

// Every writer's events present once and in the order written: returns "" or what is wrong.
QString checkSequences(const std::vector<Event>& events, int writers, qint64 perWriter)
{
    std::vector<qint64> next(std::size_t(writers), 0);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        if (e.actor < 0 || e.actor >= writers)
            return QStringLiteral("event %1 has actor %2").arg(i).arg(e.actor);
        if (e.value != next[std::size_t(e.actor)])
            return QStringLiteral("writer %1: event %2 where %3 was due").arg(e.actor).arg(e.value).arg(next[std::size_t(e.actor)]);
        ++next[std::size_t(e.actor)];
        if (i > 0 && events[i - 1].time > e.time)
            return QStringLiteral("event %1 goes back in time").arg(i);
    }
    for (int w = 0; w < writers; ++w) {
        if (next[std::size_t(w)] != perWriter)
            return QStringLiteral("writer %1: %2 events instead of %3").arg(w).arg(next[std::size_t(w)]).arg(perWriter);
    }
    return {};
}

} // namespace

class TestRecorder : public QObject {
    Q_OBJECT

private slots:
    void testConcurrentWriters_data();
    void testConcurrentWriters();
    void testClockStampedOrder();
    void testLiveReading();
    void testReset();
    void testTexts();
    void testRegistration();
    void testHelpers();
    void testTwoRecorders();
    void testClock();
};

void TestRecorder::testConcurrentWriters_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("perWriter");
    QTest::newRow("4 threads x 100k") << 4 << 100000;
    QTest::newRow("8 threads x 10k") << 8 << 10000;
    QTest::newRow("2 threads x 1") << 2 << 1;
    QTest::newRow("one chunk exactly") << 1 << 256;
}

void TestRecorder::testConcurrentWriters()
{
    QFETCH(int, writers);
    QFETCH(int, perWriter);
    Recorder rec;
    runThreads(writers, [&](int t) {
        for (qint64 i = 0; i < perWriter; ++i)
            rec.record(numbered(t, i));
    });
    QCOMPARE(rec.eventCount(), quint64(writers) * quint64(perWriter));
    const std::vector<Event> events = rec.events();
    QCOMPARE(events.size(), std::size_t(writers) * std::size_t(perWriter));
    const QString problem = checkSequences(events, writers, perWriter);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// With the recorder's own clock, each thread's events come back in the order it recorded them.
void TestRecorder::testClockStampedOrder()
{
    Recorder rec;
    constexpr int perWriter = 20000;
    runThreads(2, [&](int t) {
        for (int i = 0; i < perWriter; ++i)
            rec.counter(t, 0, i);
    });
    const std::vector<Event> events = rec.events();
    const QString problem = checkSequences(events, 2, perWriter);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(events.front().time >= 0);
    QVERIFY(events.back().time <= rec.now());
}

// A reader polling while writers write never sees an event twice and never skips one.
void TestRecorder::testLiveReading()
{
    Recorder rec;
    constexpr int writers = 4;
    constexpr qint64 perWriter = 50000;
    std::atomic<int> running { writers };
    std::vector<qint64> next(writers, 0);
    QString problem;
    quint64 seen = 0;
    int batches = 0;
    std::thread reader([&] {
        Recorder::Cursor cursor;
        std::vector<Event> batch;
        for (bool last = false; problem.isEmpty();) {
            last = running.load(std::memory_order_acquire) == 0; // read once more after the writers stop
            batch.clear();
            rec.readNew(cursor, batch);
            ++batches;
            for (const Event& e : batch) {
                if (e.actor < 0 || e.actor >= writers || e.value != next[std::size_t(e.actor)]) {
                    problem = QStringLiteral("writer %1: event %2 where %3 was due")
                                  .arg(e.actor)
                                  .arg(e.value)
                                  .arg(e.actor >= 0 && e.actor < writers ? next[std::size_t(e.actor)] : -1);
                    break;
                }
                ++next[std::size_t(e.actor)];
            }
            seen += batch.size();
            if (last)
                break;
        }
    });
    runThreads(writers, [&](int t) {
        for (qint64 i = 0; i < perWriter; ++i)
            rec.record(numbered(t, i));
        running.fetch_sub(1, std::memory_order_release);
    });
    reader.join();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(seen, quint64(writers * perWriter));
    QCOMPARE(rec.eventCount(), quint64(writers * perWriter));
    qInfo("read in %d batches", batches);
}

void TestRecorder::testReset()
{
    Recorder rec;
    rec.addActor({ QStringLiteral("main"), ActorKind::Main });
    rec.addResource({ QStringLiteral("lock"), ResourceKind::Mutex });
    rec.addText(QStringLiteral("old"));
    QCOMPARE(rec.nextId(), quint64(1));
    for (int i = 0; i < 30000; ++i)
        rec.record(numbered(0, i));
    runThreads(1, [&](int) {
        for (int i = 0; i < 30000; ++i)
            rec.record(numbered(1, i));
    });
    const std::size_t bytesBefore = rec.bytesReserved();

    rec.reset();
    QCOMPARE(rec.eventCount(), quint64(0));
    QVERIFY(rec.events().empty());
    QVERIFY(rec.actors().empty());
    QVERIFY(rec.resources().empty());
    QCOMPARE(rec.texts(), QStringList { QString() });
    QCOMPARE(rec.nextId(), quint64(1));
    QCOMPARE(rec.bytesReserved(), std::size_t(0));

    // The same thread records again: it must not write into the buffer it had before the reset.
    for (int i = 0; i < 30000; ++i)
        rec.record(numbered(1, i));
    runThreads(1, [&](int) {
        for (int i = 0; i < 30000; ++i)
            rec.record(numbered(0, i));
    });
    const std::vector<Event> events = rec.events();
    const QString problem = checkSequences(events, 2, 30000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The chunks of the first run are reused, not added to.
    QVERIFY2(rec.bytesReserved() <= bytesBefore,
        qPrintable(QStringLiteral("%1 bytes after, %2 before").arg(rec.bytesReserved()).arg(bytesBefore)));
}

void TestRecorder::testTexts()
{
    Recorder rec;
    QCOMPARE(rec.addText(QString()), quint32(0));
    QCOMPARE(rec.addText(QStringLiteral("timed out")), quint32(1));
    QCOMPARE(rec.addText(QStringLiteral("中文")), quint32(2));
    QCOMPARE(rec.texts(), (QStringList { QString(), QStringLiteral("timed out"), QStringLiteral("中文") }));

    std::vector<std::vector<quint32>> ids(4);
    runThreads(4, [&](int t) {
        for (int i = 0; i < 500; ++i)
            ids[std::size_t(t)].push_back(rec.addText(QStringLiteral("%1/%2").arg(t).arg(i)));
    });
    const QStringList texts = rec.texts();
    QCOMPARE(texts.size(), 3 + 4 * 500);
    for (int t = 0; t < 4; ++t) {
        for (int i = 0; i < 500; ++i)
            QCOMPARE(texts.at(ids[std::size_t(t)][std::size_t(i)]), QStringLiteral("%1/%2").arg(t).arg(i));
    }
}

void TestRecorder::testRegistration()
{
    Recorder rec;
    QCOMPARE(rec.addActor({ QStringLiteral("MainThread"), ActorKind::Main, -1, 10, 10 }), 0);
    QCOMPARE(rec.addActor({ QStringLiteral("Thread-1"), ActorKind::Thread, 0, 10, 11 }), 1);
    QCOMPARE(rec.addResource({ QStringLiteral("sem"), ResourceKind::Semaphore, 2, -1 }), 0);
    const auto actors = rec.actors();
    QCOMPARE(actors.size(), std::size_t(2));
    QCOMPARE(actors[1].name, QStringLiteral("Thread-1"));
    QCOMPARE(actors[1].parent, 0);
    QCOMPARE(rec.resources().at(0).capacity, 2);
}

void TestRecorder::testHelpers()
{
    Recorder rec;
    const qint64 before = rec.now();
    rec.state(0, State::Blocked, 2);
    rec.holdBegin(0, 1, 5);
    rec.holdEnd(0, 1, 5);
    rec.counter(1, 3, -4);
    const quint32 f1 = rec.flowBegin(0, FlowKind::Notify, 2);
    const quint32 f2 = rec.flowBegin(0, FlowKind::Put);
    rec.flowEnd(1, f1);
    rec.flowEnd(1, 0); // no flow: nothing recorded
    rec.instant(1, InstantKind::Timeout, 2, 7, 3);
    const qint64 after = rec.now();
    QVERIFY(f1 != 0 && f2 != 0 && f1 != f2);

    const std::vector<Event> e = rec.events();
    QCOMPARE(e.size(), std::size_t(8));
    for (const Event& x : e)
        QVERIFY(x.time >= before && x.time <= after);
    QCOMPARE(e[0].type, EventType::State);
    QCOMPARE(State(e[0].code), State::Blocked);
    QCOMPARE(e[0].resource, 2);
    QCOMPARE(e[1].type, EventType::HoldBegin);
    QCOMPARE(e[1].value, 5);
    QCOMPARE(e[2].type, EventType::HoldEnd);
    QCOMPARE(e[3].type, EventType::Counter);
    QCOMPARE(e[3].value, -4);
    QCOMPARE(e[3].actor, 1);
    QCOMPARE(e[4].type, EventType::FlowBegin);
    QCOMPARE(FlowKind(e[4].code), FlowKind::Notify);
    QCOMPARE(e[4].flow, f1);
    QCOMPARE(e[6].type, EventType::FlowEnd);
    QCOMPARE(e[6].flow, f1);
    QCOMPARE(e[7].type, EventType::Instant);
    QCOMPARE(InstantKind(e[7].code), InstantKind::Timeout);
    QCOMPARE(e[7].value, 7);
    QCOMPARE(e[7].flow, quint32(3));
}

// One thread recording into two recorders by turns: each keeps exactly its own events.
void TestRecorder::testTwoRecorders()
{
    Recorder a, b;
    for (int i = 0; i < 300; ++i) {
        a.record(numbered(0, i));
        b.record(numbered(0, i));
        b.record(numbered(1, i));
    }
    QString problem = checkSequences(a.events(), 1, 300);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = checkSequences(b.events(), 2, 300);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The clock must be cheap where the CPU allows it, and share CLOCK_MONOTONIC's timeline so that
// events from child processes line up.
void TestRecorder::testClock()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
    const QByteArray all = cpuinfo.readAll();
    const QByteArray flags = all.mid(all.indexOf("\nflags"), all.indexOf('\n', all.indexOf("\nflags") + 1) - all.indexOf("\nflags"));
    const bool invariantTsc = flags.contains(" constant_tsc") && flags.contains(" nonstop_tsc");
#if defined(__x86_64__) || defined(__i386__)
    if (invariantTsc && !qEnvironmentVariableIsSet("INTERLEAVE_NO_TSC"))
        QVERIFY2(Clock::usesTsc(), "the CPU has an invariant time-stamp counter, but the clock does not use it");
#endif
    if (Clock::usesTsc())
        QVERIFY(Clock::tscGHz() > 0.1 && Clock::tscGHz() < 10);

    qint64 closest = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 50; ++i) {
        const qint64 a = Clock::monotonicNs();
        const qint64 t = Clock::now();
        const qint64 b = Clock::monotonicNs();
        closest = std::min(closest, std::max(a - t, t - b) < 0 ? 0 : std::max(a - t, t - b));
    }
    QVERIFY2(closest < 1'000'000, qPrintable(QStringLiteral("Clock::now() is %1 ns off CLOCK_MONOTONIC").arg(closest)));

    qint64 last = Clock::now();
    for (int i = 0; i < 100000; ++i) {
        const qint64 t = Clock::now();
        QVERIFY(t >= last);
        last = t;
    }
}

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
