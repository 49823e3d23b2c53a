// SPDX-License-Identifier: MIT
#include "trace/trace.h"
#include "tracecompare.h"

#include <QRandomGenerator>
#include <QTest>

using namespace interleave;

namespace {

Event ev(qint64 t, int actor, EventType type, int resource = -1, qint64 value = 0, quint32 flow = 0, quint8 code = 0)
{
    Event e;
    e.time = t;
    e.actor = actor;
    e.type = type;
    e.resource = resource;
    e.value = value;
    e.flow = flow;
    e.code = code;
    return e;
}
Event st(qint64 t, int actor, State s, int resource = -1) { return ev(t, actor, EventType::State, resource, 0, 0, quint8(s)); }
Event flowBegin(qint64 t, int actor, FlowKind k, quint32 id, int resource = -1)
{
    return ev(t, actor, EventType::FlowBegin, resource, 0, id, quint8(k));
}
Event flowEnd(qint64 t, int actor, quint32 id, int resource = -1) { return ev(t, actor, EventType::FlowEnd, resource, 0, id); }

std::vector<ActorInfo> actors(int n)
{
    std::vector<ActorInfo> out;
    for (int i = 0; i < n; ++i)
        out.push_back({ QStringLiteral("a%1").arg(i), ActorKind::Thread, -1, 1, 1 + i });
    return out;
}

std::vector<ResourceInfo> resources()
{
    return { { QStringLiteral("lock"), ResourceKind::Mutex, 0, -1 }, { QStringLiteral("sem"), ResourceKind::Semaphore, 2, -1 },
        { QStringLiteral("queue"), ResourceKind::Queue, 3, -1 } };
}

Trace build(std::vector<Event> events, qint64 duration = 0, int nActors = 3)
{
    TraceMeta meta;
    meta.durationNs = duration;
    return Trace::build(meta, actors(nActors), resources(), { QString(), QStringLiteral("hello") }, std::move(events));
}

using States = std::vector<StateInterval>;
using Holds = std::vector<HoldInterval>;

} // namespace

Q_DECLARE_METATYPE(std::vector<interleave::Event>)
Q_DECLARE_METATYPE(States)
Q_DECLARE_METATYPE(Holds)

class TestTrace : public QObject {
    Q_OBJECT

private slots:
    void testStates_data();
    void testStates();
    void testStateAt_data();
    void testStateAt();
    void testHolds();
    void testHoldersAt_data();
    void testHoldersAt();
    void testHoldersAtLongHistory();
    void testCounters();
    void testFlows();
    void testInstants();
    void testEventLookups_data();
    void testEventLookups();
    void testDuration();
    void testEmpty();
};

void TestTrace::testStates_data()
{
    QTest::addColumn<std::vector<Event>>("events");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<States>("expected");
    using S = State;
    QTest::newRow("contiguous, ends done")
        << std::vector<Event> { st(0, 0, S::Running), st(10, 0, S::Blocked, 0), st(25, 0, S::Running), st(40, 0, S::Done) }
        << qint64(100)
        << States { { 0, 10, S::Running, -1 }, { 10, 25, S::Blocked, 0 }, { 25, 40, S::Running, -1 }, { 40, 40, S::Done, -1 } };
    QTest::newRow("open state runs to the end")
        << std::vector<Event> { st(0, 0, S::Running), st(5, 0, S::Sleeping) } << qint64(100)
        << States { { 0, 5, S::Running, -1 }, { 5, 100, S::Sleeping, -1 } };
    QTest::newRow("repeated state extends")
        << std::vector<Event> { st(0, 0, S::Running), st(5, 0, S::Running), st(10, 0, S::Waiting, 2) } << qint64(0)
        << States { { 0, 10, S::Running, -1 }, { 10, 10, S::Waiting, 2 } };
    QTest::newRow("same state, other resource, is a new interval")
        << std::vector<Event> { st(0, 0, S::Blocked, 0), st(5, 0, S::Blocked, 1) } << qint64(20)
        << States { { 0, 5, S::Blocked, 0 }, { 5, 20, S::Blocked, 1 } };
    QTest::newRow("zero-length state dropped")
        << std::vector<Event> { st(0, 0, S::Running), st(10, 0, S::Blocked, 0), st(10, 0, S::Running) } << qint64(30)
        << States { { 0, 30, S::Running, -1 } };
    QTest::newRow("zero-length state before the end kept")
        << std::vector<Event> { st(0, 0, S::Running), st(10, 0, S::Blocked, 0), st(10, 0, S::Failed) } << qint64(30)
        << States { { 0, 10, S::Running, -1 }, { 10, 10, S::Blocked, 0 }, { 10, 10, S::Failed, -1 } };
    QTest::newRow("nothing after the end")
        << std::vector<Event> { st(0, 0, S::Running), st(5, 0, S::Cancelled), st(7, 0, S::Running), st(9, 0, S::Done) }
        << qint64(10) << States { { 0, 5, S::Running, -1 }, { 5, 5, S::Cancelled, -1 } };
    QTest::newRow("ends at once") << std::vector<Event> { st(3, 0, S::Done) } << qint64(10) << States { { 3, 3, S::Done, -1 } };
    QTest::newRow("unsorted input")
        << std::vector<Event> { st(20, 0, S::Io, 2), st(0, 0, S::Runnable), st(10, 0, S::Running) } << qint64(0)
        << States { { 0, 10, S::Runnable, -1 }, { 10, 20, S::Running, -1 }, { 20, 20, S::Io, 2 } };
    QTest::newRow("other actors and bad actors ignored")
        << std::vector<Event> { st(0, 1, S::Running), st(1, 0, S::Suspended), st(2, 7, S::Running), st(3, -1, S::Done) }
        << qint64(4) << States { { 1, 4, S::Suspended, -1 } };
}

void TestTrace::testStates()
{
    QFETCH(std::vector<Event>, events);
    QFETCH(qint64, duration);
    QFETCH(States, expected);
    const Trace t = build(events, duration);
    testing::compareLists(t.states(0), expected, "states");
    // On one actor the intervals are sorted, never overlap, and only a terminal state is empty.
    for (int a = 0; a < 3; ++a) {
        const States& s = t.states(a);
        for (std::size_t i = 0; i < s.size(); ++i) {
            QVERIFY(s[i].start <= s[i].end);
            if (i > 0)
                QVERIFY(s[i - 1].end <= s[i].start);
        }
    }
    QVERIFY(t.states(-1).empty());
    QVERIFY(t.states(3).empty());
}

void TestTrace::testStateAt_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("actor");
    QTest::addColumn<int>("state"); // -1: none
    // actor 0: running [10, 20), blocked [20, 30), runs on to the end (50)
    // actor 1: running [0, 15), done at 15
    QTest::newRow("before the start") << qint64(9) << 0 << -1;
    QTest::newRow("at the start") << qint64(10) << 0 << int(State::Running);
    QTest::newRow("just before a change") << qint64(19) << 0 << int(State::Running);
    QTest::newRow("at a change, the new state") << qint64(20) << 0 << int(State::Blocked);
    QTest::newRow("at the run's end, the last state") << qint64(50) << 0 << int(State::Running);
    QTest::newRow("after the run's end") << qint64(51) << 0 << -1;
    QTest::newRow("at the end of a life") << qint64(15) << 1 << int(State::Done);
    QTest::newRow("long after the end of a life") << qint64(1000) << 1 << int(State::Done);
    QTest::newRow("no such actor") << qint64(12) << 5 << -1;
}

void TestTrace::testStateAt()
{
    QFETCH(qint64, time);
    QFETCH(int, actor);
    QFETCH(int, state);
    const Trace t = build({ st(10, 0, State::Running), st(20, 0, State::Blocked, 0), st(30, 0, State::Running),
                              st(0, 1, State::Running), st(15, 1, State::Done) },
        50);
    const StateInterval* s = t.stateAt(actor, time);
    if (state < 0) {
        QVERIFY(!s);
    } else {
        QVERIFY(s);
        QCOMPARE(int(s->state), state);
        QVERIFY(s->start <= time);
    }
}

void TestTrace::testHolds()
{
    const Trace t = build({
                              ev(0, 0, EventType::HoldBegin, 0, 1),
                              ev(10, 0, EventType::HoldEnd, 0, 1),
                              ev(10, 1, EventType::HoldBegin, 0, 2), // handed over at once
                              ev(12, 2, EventType::HoldEnd, 0, 99), // never begun: ignored
                              ev(15, 1, EventType::HoldEnd, 0, 2),
                              ev(20, 2, EventType::HoldBegin, 0, 3), // never released
                              ev(5, 9, EventType::HoldBegin, 7, 4), // no such resource
                          },
        40);
    testing::compareLists(t.holds(0), Holds { { 0, 10, 0, 1 }, { 10, 15, 1, 2 }, { 20, 40, 2, 3 } }, "holds");
    QVERIFY(t.holds(7).empty());
    QVERIFY(t.holds(-1).empty());
}

// A semaphore with two permits: holds overlap and end out of order.
void TestTrace::testHoldersAt_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QList<int>>("holders");
    QTest::newRow("before any") << qint64(0) << QList<int> {};
    QTest::newRow("first permit taken") << qint64(1) << QList<int> { 0 };
    QTest::newRow("two at once") << qint64(12) << QList<int> { 0, 1 };
    QTest::newRow("released at 20: not held at 20") << qint64(20) << QList<int> { 0, 2 };
    QTest::newRow("third alone") << qint64(30) << QList<int> { 2 };
    QTest::newRow("never released, held at the end") << qint64(60) << QList<int> { 2 };
    QTest::newRow("after the end") << qint64(61) << QList<int> {};
}

void TestTrace::testHoldersAt()
{
    QFETCH(qint64, time);
    QFETCH(QList<int>, holders);
    const Trace t = build({ ev(1, 0, EventType::HoldBegin, 1, 10), ev(10, 1, EventType::HoldBegin, 1, 11),
                              ev(20, 1, EventType::HoldEnd, 1, 11), ev(20, 2, EventType::HoldBegin, 1, 12),
                              ev(30, 0, EventType::HoldEnd, 1, 10) },
        60);
    QList<int> actual;
    for (const HoldInterval& h : t.holdersAt(1, time))
        actual.append(h.actor);
    QCOMPARE(actual, holders);
    QVERIFY(t.holdersAt(0, time).empty());
}

// Many overlapping holds, some never released: the fast lookup agrees with a plain scan everywhere.
void TestTrace::testHoldersAtLongHistory()
{
    QRandomGenerator rng(11);
    std::vector<Event> events;
    std::vector<qint64> open;
    qint64 t = 0, id = 1;
    for (int i = 0; i < 3000; ++i) {
        t += rng.bounded(4);
        if (open.empty() || rng.bounded(2)) {
            events.push_back(ev(t, int(rng.bounded(3)), EventType::HoldBegin, 1, id));
            open.push_back(id++);
        } else {
            const auto k = rng.bounded(quint32(open.size()));
            events.push_back(ev(t, 0, EventType::HoldEnd, 1, open[k]));
            open.erase(open.begin() + k);
        }
    }
    const Trace trace = build(events, t + 5);
    const Holds& all = trace.holds(1);
    QVERIFY(all.size() > 1000);
    for (qint64 at = -1; at <= trace.duration() + 1; ++at) {
        Holds expected;
        for (const HoldInterval& h : all) {
            if (h.start <= at && (at < h.end || (at == h.end && h.end == trace.duration())))
                expected.push_back(h);
        }
        const Holds actual = trace.holdersAt(1, at);
        if (!(actual == expected))
            QFAIL(qPrintable(QStringLiteral("at %1: %2 holders instead of %3").arg(at).arg(actual.size()).arg(expected.size())));
    }
}

void TestTrace::testCounters()
{
    const Trace t = build({ ev(5, 0, EventType::Counter, 2, 1), ev(9, 1, EventType::Counter, 2, 2),
                              ev(9, 1, EventType::Counter, 2, 3), ev(20, 0, EventType::Counter, 2, 0),
                              ev(7, 0, EventType::Counter, 1, 2), ev(8, 0, EventType::Counter, 5, 9) },
        30);
    testing::compareLists(t.counter(2), std::vector<CounterPoint> { { 5, 1 }, { 9, 2 }, { 9, 3 }, { 20, 0 } }, "counter");
    QCOMPARE(t.counterAt(2, 4), std::nullopt);
    QCOMPARE(t.counterAt(2, 5), qint64(1));
    QCOMPARE(t.counterAt(2, 8), qint64(1));
    QCOMPARE(t.counterAt(2, 9), qint64(3)); // the last of equal times wins
    QCOMPARE(t.counterAt(2, 19), qint64(3));
    QCOMPARE(t.counterAt(2, 1000), qint64(0));
    QCOMPARE(t.counterAt(1, 7), qint64(2));
    QVERIFY(t.counter(0).empty());
    QCOMPARE(t.counterAt(0, 10), std::nullopt);
    QVERIFY(t.counter(5).empty());
}

void TestTrace::testFlows()
{
    const Trace t = build({
        flowBegin(20, 1, FlowKind::Notify, 2),
        flowBegin(10, 0, FlowKind::Release, 1, 0),
        flowEnd(12, 1, 1, 1), // resource of the begin wins
        flowBegin(11, 2, FlowKind::Put, 3), // never received: dropped
        flowEnd(25, 0, 2, 2), // the end names the resource
        flowEnd(26, 0, 77), // never sent: ignored
        flowBegin(30, 2, FlowKind::Cancel, 4),
        flowEnd(30, 1, 4), // same instant
    });
    testing::compareLists(t.flows(),
        std::vector<Flow> { { FlowKind::Release, 1, 0, 1, 10, 12, 0 }, { FlowKind::Notify, 2, 1, 0, 20, 25, 2 },
            { FlowKind::Cancel, 4, 2, 1, 30, 30, -1 } },
        "flows");
}

void TestTrace::testInstants()
{
    const Trace t = build({ ev(5, 1, EventType::Instant, 0, 7, 1, quint8(InstantKind::Timeout)),
        ev(3, -1, EventType::Instant, -1, 0, 0, quint8(InstantKind::Deadlock)),
        ev(8, 0, EventType::Instant, 2, -1, 42, quint8(InstantKind::Mark)) });
    testing::compareLists(t.instants(),
        std::vector<Instant> { { 3, -1, -1, InstantKind::Deadlock, 0, QString() },
            { 5, 1, 0, InstantKind::Timeout, 7, QStringLiteral("hello") },
            { 8, 0, 2, InstantKind::Mark, -1, QString() } }, // unknown text id: no text
        "instants");
}

void TestTrace::testEventLookups_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("first"); // firstEventAtOrAfter
    QTest::addColumn<int>("last"); // lastEventAtOrBefore; 5 (= size): none
    // events at 10, 20, 20, 20, 30
    QTest::newRow("before all") << qint64(0) << 0 << 5;
    QTest::newRow("at the first") << qint64(10) << 0 << 0;
    QTest::newRow("between") << qint64(15) << 1 << 0;
    QTest::newRow("at a run of equal times") << qint64(20) << 1 << 3;
    QTest::newRow("at the last") << qint64(30) << 4 << 4;
    QTest::newRow("after all") << qint64(31) << 5 << 4;
}

void TestTrace::testEventLookups()
{
    QFETCH(qint64, time);
    QFETCH(int, first);
    QFETCH(int, last);
    const Trace t = build({ st(20, 0, State::Running), st(30, 0, State::Done), st(10, 1, State::Running),
        ev(20, 1, EventType::Counter, 0, 1), ev(20, 2, EventType::Counter, 0, 2) });
    QCOMPARE(t.events().size(), std::size_t(5));
    QCOMPARE(t.firstEventAtOrAfter(time), std::size_t(first));
    QCOMPARE(t.lastEventAtOrBefore(time), std::size_t(last));
    // Equal times keep their recorded order.
    QCOMPARE(t.events()[2].value, 1);
    QCOMPARE(t.events()[3].value, 2);
}

void TestTrace::testDuration()
{
    QCOMPARE(build({ st(10, 0, State::Running) }, 100).duration(), 100);
    QCOMPARE(build({ st(10, 0, State::Running) }, 100).meta().durationNs, 100);
    QCOMPARE(build({ st(10, 0, State::Running), st(250, 1, State::Running) }, 100).duration(), 250);
    QCOMPARE(build({}, 0).duration(), 0);
}

void TestTrace::testEmpty()
{
    const Trace t;
    QVERIFY(t.isEmpty());
    QCOMPARE(t.duration(), 0);
    QVERIFY(t.states(0).empty());
    QVERIFY(!t.stateAt(0, 0));
    QVERIFY(t.holdersAt(0, 0).empty());
    QCOMPARE(t.firstEventAtOrAfter(5), std::size_t(0));
    QCOMPARE(t.lastEventAtOrBefore(5), std::size_t(0));
    QVERIFY(!build({}, 0, 1).isEmpty()); // an actor is something to show
}

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
