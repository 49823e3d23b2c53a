// SPDX-License-Identifier: MIT
#include "panels/outcomeformatter.h"

#include <QLocale>
#include <QTest>

using namespace interleave;

class TestOutcomeFormatter : public QObject {
    Q_OBJECT

    // Two philosophers and two forks; each philosopher's last state waits on the other's fork.
    static Trace philosophers()
    {
        std::vector<Event> events;
        auto state = [&](qint64 t, int actor, State s, int resource) {
            Event e;
            e.time = t;
            e.actor = actor;
            e.type = EventType::State;
            e.code = quint8(s);
            e.resource = resource;
            events.push_back(e);
        };
        state(0, 0, State::Running, -1);
        state(0, 1, State::Running, -1);
        state(10, 0, State::Blocked, 1);
        state(12, 1, State::Blocked, 0);
        return Trace::build({},
            { ActorInfo { QStringLiteral("philosopher 1") }, ActorInfo { QStringLiteral("philosopher 2") } },
            { ResourceInfo { QStringLiteral("fork 1") }, ResourceInfo { QStringLiteral("fork 2") } }, {}, events);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void testSentences_data()
    {
        QTest::addColumn<QVariantMap>("outcome");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("race loses updates") << QVariantMap {
            { QStringLiteral("counter"), 3412 }, { QStringLiteral("expected"), 4000 }, { QStringLiteral("lost"), 588 }
        } << QStringList { QStringLiteral("counter 3,412 of 4,000: 588 updates lost") };
        QTest::newRow("race with a lock loses nothing") << QVariantMap {
            { QStringLiteral("counter"), 4000 }, { QStringLiteral("expected"), 4000 }, { QStringLiteral("lost"), 0 }
        } << QStringList { QStringLiteral("counter 4,000 of 4,000: no update lost") };
        QTest::newRow("lost computed when not given")
            << QVariantMap { { QStringLiteral("counter"), 999 }, { QStringLiteral("expected"), 1000 } }
            << QStringList { QStringLiteral("counter 999 of 1,000: 1 update lost") };
        QTest::newRow("deadlock cycle of names")
            << QVariantMap { { QStringLiteral("deadlock"), true },
                   { QStringLiteral("cycle"),
                       QStringList { QStringLiteral("philosopher 1"), QStringLiteral("philosopher 2") } },
                   { QStringLiteral("cycle_resources"),
                       QStringList { QStringLiteral("fork 2"), QStringLiteral("fork 1") } },
                   { QStringLiteral("reason"), QStringLiteral("the engine's own words") } }
            << QStringList { QStringLiteral(
                   "deadlock: philosopher 1 waits for fork 2, held by philosopher 2, who waits for fork 1") };
        QTest::newRow("deadlock cycle of three")
            << QVariantMap { { QStringLiteral("deadlock"), true },
                   { QStringLiteral("cycle"),
                       QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") } },
                   { QStringLiteral("cycle_resources"),
                       QStringList { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") } } }
            << QStringList { QStringLiteral(
                   "deadlock: A waits for x, held by B, who waits for y, held by C, who waits for z") };
        QTest::newRow("deadlock cycle by index, waits read from the trace")
            << QVariantMap { { QStringLiteral("deadlock"), true }, { QStringLiteral("cycle"), QVariantList { 0, 1 } } }
            << QStringList { QStringLiteral(
                   "deadlock: philosopher 1 waits for fork 2, held by philosopher 2, who waits for fork 1") };
        QTest::newRow("deadlock without a cycle gives the reason")
            << QVariantMap { { QStringLiteral("deadlock"), true },
                   { QStringLiteral("reason"), QStringLiteral("consumer waits on condition 'ready': a lost wake-up") } }
            << QStringList { QStringLiteral("deadlock: consumer waits on condition 'ready': a lost wake-up") };
        QTest::newRow("no deadlock") << QVariantMap { { QStringLiteral("deadlock"), false },
            { QStringLiteral("meals"), 6 } }
                                     << QStringList { QStringLiteral("no deadlock"), QStringLiteral("meals: 6") };
        QTest::newRow("bounded concurrency") << QVariantMap { { QStringLiteral("max_concurrent"), 2 } }
                                             << QStringList { QStringLiteral("at most 2 at once (max_concurrent 2)") };
        QTest::newRow("orders") << QVariantMap { { QStringLiteral("results"), QVariantList { 1, 4, 9 } },
            { QStringLiteral("completion_order"),
                QStringList { QStringLiteral("Thread-2"), QStringLiteral("Thread-1") } } }
                                << QStringList { QStringLiteral("results: 1, 4, 9"),
                                       QStringLiteral("completion order: Thread-2, Thread-1") };
        QTest::newRow("cancelled flags per task")
            << QVariantMap { { QStringLiteral("cancelled"), QVariantList { false, false, true, true } } }
            << QStringList { QStringLiteral("cancelled: task 2, 3") };
        QTest::newRow("timeout") << QVariantMap { { QStringLiteral("timed_out"), true } }
                                 << QStringList { QStringLiteral("timed out") };
        QTest::newRow("sockets") << QVariantMap { { QStringLiteral("echoed"), 5 }, { QStringLiteral("lost"), 1 },
            { QStringLiteral("retries"), 2 } }
                                 << QStringList { QStringLiteral("5 echoed, 1 lost, 2 retries") };
        QTest::newRow("unknown keys are never hidden")
            << QVariantMap { { QStringLiteral("released"), 3 }, { QStringLiteral("set"), true },
                   { QStringLiteral("wake_order"), QStringList { QStringLiteral("a"), QStringLiteral("b") } } }
            << QStringList { QStringLiteral("wake-up order: a, b"), QStringLiteral("released: 3"),
                   QStringLiteral("set: yes") };
        QTest::newRow("exceptions per task, empty where none")
            << QVariantMap { { QStringLiteral("results"), QVariantList { 0, QVariant(), 4 } },
                   { QStringLiteral("exceptions"),
                       QVariantList { QString(), QStringLiteral("ValueError: task 1 failed"), QVariant() } } }
            << QStringList { QStringLiteral("results: 0, none, 4"),
                   QStringLiteral("task 1 raised ValueError: task 1 failed") };
        QTest::newRow("no exception at all")
            << QVariantMap { { QStringLiteral("exceptions"), QVariantList { QString(), QString() } } }
            << QStringList { QStringLiteral("no exception") };
        QTest::newRow("shutdown and durations") << QVariantMap { { QStringLiteral("shutdown_ms"), 2 },
            { QStringLiteral("durations_ms"), QVariantList { 1502, 498 } } }
                                                << QStringList { QStringLiteral("shutdown() returned after 2 ms"),
                                                       QStringLiteral("durations: 1,502 ms, 498 ms") };
        QVariantList many { 26.7, 26.0 }; // a duration per client of 200: the spread, not the list
        while (many.size() < 200)
            many << 26.4;
        QTest::newRow("200 durations are summed up")
            << QVariantMap { { QStringLiteral("durations_ms"), many } }
            << QStringList { QStringLiteral("durations: 200 values, 26.0 – 26.7 ms, median 26.4 ms") };
        QTest::newRow("3 durations are listed")
            << QVariantMap { { QStringLiteral("durations_ms"), QVariantList { 26.7, 26.6, 26.5 } } }
            << QStringList { QStringLiteral("durations: 26.7 ms, 26.6 ms, 26.5 ms") };
        QVariantList counts;
        for (int i = 1; i <= 200; ++i)
            counts << i;
        QTest::newRow("any long list of numbers is summed up")
            << QVariantMap { { QStringLiteral("latencies"), counts } }
            << QStringList { QStringLiteral("latencies: 200 values, 1 – 200, median 100.5") };
        QTest::newRow("a long order keeps its first items")
            << QVariantMap { { QStringLiteral("completion_order"), counts.mid(0, 20) } }
            << QStringList { QStringLiteral("completion order: 1, 2, 3, 4, 5, 6, 7, 8 … and 12 more") };
        QStringList names;
        for (int i = 1; i <= 100; ++i)
            names << QStringLiteral("Task-%1").arg(i);
        QTest::newRow("a long order of names keeps its first items")
            << QVariantMap { { QStringLiteral("completion_order"), names } }
            << QStringList { QStringLiteral(
                   "completion order: Task-1, Task-2, Task-3, Task-4, Task-5, Task-6, Task-7, Task-8 … and 92 more") };
        QTest::newRow("nothing to say") << QVariantMap {} << QStringList {};
    }

    void testSentences()
    {
        QFETCH(QVariantMap, outcome);
        QFETCH(QStringList, expected);
        QCOMPARE(OutcomeFormatter::sentences(QStringLiteral("threads.test"), outcome, philosophers()), expected);
    }

    void testFromTrace()
    {
        TraceMeta meta;
        meta.scenario = QStringLiteral("threads.race");
        meta.outcome = { { QStringLiteral("counter"), 3412 }, { QStringLiteral("expected"), 4000 },
            { QStringLiteral("lost"), 588 } };
        const Trace trace = Trace::build(meta, {}, {}, {}, {});
        QCOMPARE(OutcomeFormatter::sentences(trace),
            QStringList { QStringLiteral("counter 3,412 of 4,000: 588 updates lost") });
    }
};

QTEST_MAIN(TestOutcomeFormatter)
#include "tst_outcomeformatter.moc"
