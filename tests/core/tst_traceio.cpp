// SPDX-License-Identifier: MIT
#include "trace/recorder.h"
#include "trace/traceio.h"
#include "tracecompare.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace interleave;

Q_DECLARE_METATYPE(interleave::Trace)

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

// A semaphore run in miniature: every kind of event, times with odd nanoseconds, a made-up tid.
Trace sampleTrace()
{
    TraceMeta meta;
    meta.scenario = QStringLiteral("threads.semaphore");
    meta.title = QStringLiteral("Semaphore: at most 2 at once");
    meta.params = { { QStringLiteral("workers"), 3 }, { QStringLiteral("permits"), 2 },
        { QStringLiteral("hold_ms"), 2000.5 }, { QStringLiteral("fair"), true },
        { QStringLiteral("mode"), QStringLiteral("threads") }, { QStringLiteral("ratio"), 2.0 },
        { QStringLiteral("big"), qlonglong(1) << 40 },
        { QStringLiteral("list"), QVariantList { 1, 2.5, QStringLiteral("x"), false } } };
    meta.seed = 18446744073709551615ull;
    meta.outcome = { { QStringLiteral("max_concurrent"), 2 }, { QStringLiteral("deadlock"), false },
        { QStringLiteral("cycle"), QStringList { QStringLiteral("worker-1"), QStringLiteral("worker-2") } },
        { QStringLiteral("results"), QVariantList { 3, 1, 2 } }, { QStringLiteral("exceptions"), QVariantList {} },
        { QStringLiteral("nested"), QVariantMap { { QStringLiteral("a"), -7 } } } };
    std::vector<ActorInfo> actors = {
        { QStringLiteral("MainThread"), ActorKind::Main, -1, 4100, 4100 },
        { QStringLiteral("worker-1"), ActorKind::Thread, 0, 4100, 4101 },
        { QStringLiteral("worker-2"), ActorKind::Thread, 0, 4100, 4102 },
        { QStringLiteral("worker-3 «中文»"), ActorKind::Thread, 0, 4100, 4101 }, // tid taken: made up
        { QStringLiteral("child"), ActorKind::Process, 0, 5200, 5200 },
        { QStringLiteral("task \"t\""), ActorKind::Task, 0, 4100, 0 },
    };
    std::vector<ResourceInfo> resources = {
        { QStringLiteral("sem"), ResourceKind::Semaphore, 2, -1 },
        { QStringLiteral("lock"), ResourceKind::Mutex, 0, -1 },
        { QStringLiteral("queue"), ResourceKind::Queue, 5, -1 },
        { QStringLiteral("worker-1"), ResourceKind::Thread, 0, 1 },
    };
    QStringList texts = { QString(), QStringLiteral("timed out after 1.5 s"),
        QStringLiteral("ValueError: bad\n\"quoted\"\t中文 \\ /") };
    std::vector<Event> events = {
        st(0, 0, State::Running),
        ev(1, 0, EventType::FlowBegin, -1, 0, 7, quint8(FlowKind::Spawn)),
        ev(999, 1, EventType::FlowEnd, -1, 0, 7),
        st(999, 1, State::Running),
        st(1001, 2, State::Running),
        st(1002, 3, State::Runnable),
        st(1500, 3, State::Running),
        ev(2001, 1, EventType::HoldBegin, 0, 101),
        ev(2001, 1, EventType::Counter, 0, 1),
        ev(2500, 2, EventType::HoldBegin, 0, 102),
        ev(2500, 2, EventType::Counter, 0, 0),
        st(2600, 3, State::Blocked, 0),
        st(3000, 0, State::Waiting, 3),
        ev(123456789, 1, EventType::FlowBegin, 0, 0, 8, quint8(FlowKind::Release)),
        ev(123456789, 1, EventType::HoldEnd, 0, 101),
        ev(123456789, 1, EventType::Counter, 0, 1),
        ev(123456790, 3, EventType::FlowEnd, 0, 0, 8),
        st(123456790, 3, State::Running),
        ev(123456790, 3, EventType::HoldBegin, 0, 103),
        ev(123456791, 3, EventType::Counter, 0, 0),
        ev(130000000, 2, EventType::Instant, 1, 3, 1, quint8(InstantKind::Timeout)),
        ev(130000000, -1, EventType::Instant, -1, 0, 2, quint8(InstantKind::Exception)),
        ev(130000001, 2, EventType::FlowBegin, -1, 0, 9, quint8(FlowKind::Notify)), // never received
        st(140000000, 1, State::Done),
        st(140000000, 2, State::Sleeping),
        st(140000003, 2, State::Failed),
        ev(140000005, 4, EventType::HoldBegin, 1, 104), // never released
        st(140000005, 4, State::Io, 2),
        ev(140000006, -1, EventType::HoldBegin, 2, 105), // by no actor: the engine, say
        ev(140000007, -1, EventType::FlowBegin, 2, 0, 11, quint8(FlowKind::Cancel)),
        ev(140000008, 4, EventType::FlowEnd, -1, 0, 11),
        ev(140000009, -1, EventType::HoldEnd, 2, 105),
        ev(150000000, 5, EventType::Instant, 2, -42, 0, quint8(InstantKind::Mark)),
        st(150000000, 5, State::Suspended),
        st(160000000, 0, State::Running),
        ev(160000000, 0, EventType::FlowBegin, 3, 0, 10, quint8(FlowKind::Join)),
        ev(160000001, 0, EventType::FlowEnd, -1, 0, 10),
        st(5000000001, 0, State::Cancelled),
    };
    meta.durationNs = 5000000009;
    return Trace::build(meta, actors, resources, texts, events);
}

// Random but well-formed events: the round trip must reproduce whatever the views make of them.
Trace randomTrace(quint32 seed, int count)
{
    QRandomGenerator rng(seed);
    std::vector<ActorInfo> actors;
    for (int i = 0; i < 6; ++i)
        actors.push_back({ QStringLiteral("a%1").arg(i), ActorKind(i % 4), i - 1, 10 + i / 3, 100 + i });
    std::vector<ResourceInfo> resources;
    for (int i = 0; i < 4; ++i)
        resources.push_back({ QStringLiteral("r%1").arg(i), ResourceKind(i * 3), i, -1 });
    QStringList texts = { QString(), QStringLiteral("one"), QStringLiteral("two") };
    std::vector<Event> events;
    qint64 t = 0;
    quint32 nextFlow = 1;
    qint64 nextHold = 1;
    std::vector<std::pair<int, qint64>> open; // (resource, hold id)
    std::vector<quint32> flows;
    for (int i = 0; i < count; ++i) {
        t += rng.bounded(3) == 0 ? 0 : rng.bounded(5000);
        const int actor = int(rng.bounded(6));
        const int res = int(rng.bounded(5)) - 1;
        switch (rng.bounded(7)) {
        case 0:
        case 1: events.push_back(st(t, actor, State(rng.bounded(StateCount)), res)); break;
        case 2:
            if (res >= 0) {
                events.push_back(ev(t, actor, EventType::HoldBegin, res, nextHold));
                open.push_back({ res, nextHold++ });
            }
            break;
        case 3:
            if (!open.empty()) {
                const auto k = rng.bounded(quint32(open.size()));
                events.push_back(ev(t, actor, EventType::HoldEnd, open[k].first, open[k].second));
                open.erase(open.begin() + k);
            }
            break;
        case 4: events.push_back(ev(t, actor, EventType::Counter, std::max(res, 0), rng.bounded(10) - 3)); break;
        case 5:
            if (rng.bounded(2) || flows.empty()) {
                events.push_back(ev(t, actor, EventType::FlowBegin, res, 0, nextFlow, quint8(rng.bounded(FlowKindCount))));
                flows.push_back(nextFlow++);
            } else {
                const auto k = rng.bounded(quint32(flows.size()));
                events.push_back(ev(t, actor, EventType::FlowEnd, res, 0, flows[k]));
                flows.erase(flows.begin() + k);
            }
            break;
        default:
            events.push_back(ev(t, rng.bounded(8) == 0 ? -1 : actor, EventType::Instant, res, rng.bounded(100),
                rng.bounded(3), quint8(rng.bounded(InstantKindCount))));
        }
    }
    TraceMeta meta;
    meta.scenario = QStringLiteral("random");
    meta.seed = seed;
    return Trace::build(meta, actors, resources, texts, events);
}

// Four real threads taking turns at a real lock, stamped by the recorder's own clock.
Trace recordedTrace()
{
    Recorder rec;
    const int lockRes = rec.addResource({ QStringLiteral("lock"), ResourceKind::Mutex, 0, -1 });
    const int valueRes = rec.addResource({ QStringLiteral("counter"), ResourceKind::SharedValue, 0, -1 });
    std::vector<int> ids;
    for (int i = 0; i < 4; ++i)
        ids.push_back(rec.addActor({ QStringLiteral("Thread-%1").arg(i + 1), ActorKind::Thread, -1, 1, 0 }));
    const quint32 text = rec.addText(QStringLiteral("halfway"));
    std::mutex lock;
    quint32 handOver = 0; // guarded by lock
    qint64 counter = 0; // guarded by lock
    std::vector<std::thread> threads;
    for (int a : ids) {
        threads.emplace_back([&, a] {
            rec.state(a, State::Running);
            for (int i = 0; i < 200; ++i) {
                rec.state(a, State::Blocked, lockRes);
                std::lock_guard guard(lock);
                const qint64 hold = qint64(rec.nextId());
                rec.holdBegin(a, lockRes, hold);
                rec.flowEnd(a, std::exchange(handOver, 0), lockRes);
                rec.state(a, State::Running);
                rec.counter(a, valueRes, ++counter);
                if (counter == 400)
                    rec.instant(a, InstantKind::Mark, -1, counter, text);
                handOver = rec.flowBegin(a, FlowKind::Release, lockRes);
                rec.holdEnd(a, lockRes, hold);
            }
            rec.state(a, State::Done);
        });
    }
    for (auto& t : threads)
        t.join();
    TraceMeta meta;
    meta.scenario = QStringLiteral("recorded");
    return Trace::build(meta, rec.actors(), rec.resources(), rec.texts(), rec.events());
}

QByteArray minimalTrace(const QByteArray& events, const QByteArray& interleaveExtra = {})
{
    return "{\"traceEvents\":[" + events
        + "],\"otherData\":{\"interleave\":{\"format\":1,\"actors\":[{\"pid\":1,\"tid\":1,\"name\":\"MainThread\","
          "\"kind\":\"main\"}],\"resources\":[{\"name\":\"lock\",\"kind\":\"mutex\"}]"
        + interleaveExtra + "}}}";
}

} // namespace

class TestTraceIO : public QObject {
    Q_OBJECT

private slots:
    void testRoundTrip_data();
    void testRoundTrip();
    void testWriteAndReadFile();
    void testWriteFails();
    void testPerfettoStructure();
    void testValueTypes();
    void testForeignLayout();
    void testByteOrderMark();
    void testReadErrors_data();
    void testReadErrors();
    void testReadFileErrors();
    void testUnreadableFile();
    void testTruncated();
    void testRandomBytes();
};

void TestTraceIO::testRoundTrip_data()
{
    QTest::addColumn<Trace>("trace");
    QTest::newRow("semaphore run") << sampleTrace();
    QTest::newRow("empty trace") << Trace::build({}, {}, {}, { QString() }, {});
    QTest::newRow("actors, no events") << Trace::build({}, { { QStringLiteral("MainThread"), ActorKind::Main, -1, 1, 1 } },
        {}, { QString() }, {});
    QTest::newRow("recorded by 4 threads") << recordedTrace();
    QTest::newRow("random, seed 1") << randomTrace(1, 3000);
    QTest::newRow("random, seed 2") << randomTrace(2, 3000);
    QTest::newRow("random, seed 3, dense") << randomTrace(3, 20000);
}

void TestTraceIO::testRoundTrip()
{
    QFETCH(Trace, trace);
    QString error;
    const QByteArray json = TraceIO::toJson(trace);
    const std::optional<Trace> back = TraceIO::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(error.isEmpty());
    testing::compareTraces(*back, trace);
    if (QTest::currentTestFailed())
        return;
    // Writing what was read gives the same file: nothing drifts over repeated saves.
    QCOMPARE(TraceIO::toJson(*back), json);
}

void TestTraceIO::testWriteAndReadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("run.json"));
    const Trace trace = sampleTrace();
    QString error;
    QVERIFY2(TraceIO::write(trace, path, &error), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("run.json") }); // no temp file left
    const std::optional<Trace> back = TraceIO::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    testing::compareTraces(*back, trace);

    // Overwriting replaces the file whole.
    const Trace empty = Trace::build({}, {}, {}, { QString() }, {});
    QVERIFY2(TraceIO::write(empty, path, &error), qPrintable(error));
    const std::optional<Trace> again = TraceIO::read(path, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->actors().empty());
}

void TestTraceIO::testWriteFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/run.json"));
    QString error;
    QVERIFY(!TraceIO::write(sampleTrace(), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

// What Perfetto's JSON importer relies on, checked with Qt's own parser.
void TestTraceIO::testPerfettoStructure()
{
    const Trace trace = sampleTrace();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(TraceIO::toJson(trace), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("displayTimeUnit")).toString(), QStringLiteral("ns"));
    QVERIFY(root.value(QStringLiteral("traceEvents")).isArray());
    const QJsonObject meta = root.value(QStringLiteral("otherData")).toObject().value(QStringLiteral("interleave")).toObject();
    QCOMPARE(meta.value(QStringLiteral("format")).toInt(), 1);
    QCOMPARE(meta.value(QStringLiteral("actors")).toArray().size(), qsizetype(trace.actors().size()));

    std::set<std::pair<qint64, qint64>> named;
    std::set<qint64> processes;
    std::map<std::pair<qint64, qint64>, std::vector<std::pair<double, double>>> lanes;
    std::map<QString, QJsonObject> openHolds;
    std::set<QString> holdIds, flowStarts, flowEnds;
    int counts[128] = {};
    const QJsonArray events = root.value(QStringLiteral("traceEvents")).toArray();
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        const QString ph = e.value(QStringLiteral("ph")).toString();
        QCOMPARE(ph.size(), 1);
        ++counts[ph.at(0).toLatin1() & 127];
        QVERIFY(e.value(QStringLiteral("pid")).isDouble());
        const qint64 pid = e.value(QStringLiteral("pid")).toInteger();
        const qint64 tid = e.value(QStringLiteral("tid")).toInteger();
        if (ph == u"M") {
            if (e.value(QStringLiteral("name")).toString() == u"thread_name")
                named.insert({ pid, tid });
            if (e.value(QStringLiteral("name")).toString() == u"process_name")
                processes.insert(pid);
            QVERIFY(e.value(QStringLiteral("args")).toObject().contains(QStringLiteral("name"))
                || e.value(QStringLiteral("args")).toObject().contains(QStringLiteral("sort_index")));
            continue;
        }
        QVERIFY2(e.value(QStringLiteral("ts")).isDouble(), qPrintable(ph));
        QVERIFY(e.value(QStringLiteral("ts")).toDouble() >= 0);
        if (ph == u"C") {
            const QJsonObject args = e.value(QStringLiteral("args")).toObject();
            QCOMPARE(args.keys(), QStringList { QStringLiteral("value") }); // every arg would be plotted
            continue;
        }
        QVERIFY(e.value(QStringLiteral("tid")).isDouble());
        QVERIFY2(named.count({ pid, tid }), "every lane has a thread_name");
        QVERIFY(e.value(QStringLiteral("tid")).toDouble() < 4294967296.0);
        const QString id = e.value(QStringLiteral("id")).toVariant().toString();
        if (ph == u"X") {
            QCOMPARE(e.value(QStringLiteral("cat")).toString(), QStringLiteral("state"));
            QVERIFY(stateFromName(e.value(QStringLiteral("name")).toString()));
            QVERIFY(e.value(QStringLiteral("dur")).isDouble());
            QVERIFY(e.value(QStringLiteral("dur")).toDouble() >= 0);
            lanes[{ pid, tid }].push_back(
                { e.value(QStringLiteral("ts")).toDouble(), e.value(QStringLiteral("dur")).toDouble() });
        } else if (ph == u"b") {
            QCOMPARE(e.value(QStringLiteral("cat")).toString(), QStringLiteral("hold"));
            QVERIFY2(holdIds.insert(id).second, "hold ids are unique");
            openHolds[id] = e;
        } else if (ph == u"e") {
            QVERIFY2(openHolds.count(id), "every e follows its b");
            const QJsonObject b = openHolds[id];
            for (const char* k : { "cat", "name", "pid", "tid" })
                QCOMPARE(e.value(QLatin1String(k)), b.value(QLatin1String(k)));
            QVERIFY(e.value(QStringLiteral("ts")).toDouble() >= b.value(QStringLiteral("ts")).toDouble());
            openHolds.erase(id);
        } else if (ph == u"s") {
            QCOMPARE(e.value(QStringLiteral("cat")).toString(), QStringLiteral("flow"));
            QVERIFY(flowKindFromName(e.value(QStringLiteral("name")).toString()));
            flowStarts.insert(id);
        } else if (ph == u"f") {
            QCOMPARE(e.value(QStringLiteral("bp")).toString(), QStringLiteral("e"));
            QVERIFY2(flowStarts.count(id), "every f has its s");
            flowEnds.insert(id);
        } else if (ph == u"i") {
            QVERIFY(instantKindFromName(e.value(QStringLiteral("name")).toString()));
            QVERIFY(e.value(QStringLiteral("s")).toString() == u"t" || e.value(QStringLiteral("s")).toString() == u"g");
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected phase ") + ph));
        }
    }
    QVERIFY2(openHolds.empty(), "every b has its e");
    QCOMPARE(flowStarts, flowEnds);
    QCOMPARE(named.size(), trace.actors().size()); // one lane per actor, even with a shared tid
    QCOMPARE(processes, (std::set<qint64> { 4100, 5200 }));
    for (auto& [lane, xs] : lanes) {
        std::sort(xs.begin(), xs.end());
        for (std::size_t i = 1; i < xs.size(); ++i)
            QVERIFY2(xs[i - 1].first + xs[i - 1].second <= xs[i].first + 1e-9, "states on one lane never overlap");
    }
    QCOMPARE(counts[int('s')], int(trace.flows().size()));
    QCOMPARE(counts[int('i')], int(trace.instants().size()));
    QCOMPARE(counts[int('b')], 3 + 1 + 1); // sem: three permits, lock: one unreleased, queue: one
}

void TestTraceIO::testValueTypes()
{
    const Trace back = *TraceIO::fromJson(TraceIO::toJson(sampleTrace()), nullptr);
    const QVariantMap& p = back.meta().params;
    QCOMPARE(p.value(QStringLiteral("workers")).typeId(), QMetaType::Int);
    QCOMPARE(p.value(QStringLiteral("big")).typeId(), QMetaType::LongLong);
    QCOMPARE(p.value(QStringLiteral("big")).toLongLong(), qlonglong(1) << 40);
    QCOMPARE(p.value(QStringLiteral("hold_ms")).typeId(), QMetaType::Double);
    QCOMPARE(p.value(QStringLiteral("ratio")).typeId(), QMetaType::Double); // 2.0 stays a double
    QCOMPARE(p.value(QStringLiteral("fair")).typeId(), QMetaType::Bool);
    QCOMPARE(p.value(QStringLiteral("mode")).typeId(), QMetaType::QString);
    QCOMPARE(p.value(QStringLiteral("list")).toList().at(0).typeId(), QMetaType::Int);
    QCOMPARE(back.meta().outcome.value(QStringLiteral("cycle")).typeId(), QMetaType::QStringList);
    QCOMPARE(back.meta().outcome.value(QStringLiteral("results")).typeId(), QMetaType::QVariantList);
    QCOMPARE(back.meta().seed, 18446744073709551615ull);
    QCOMPARE(back.actors()[5].tid, 0); // the made-up lane id stays in the file
}

// Key order is free in JSON, and ids may be strings: other tools write them so.
void TestTraceIO::testForeignLayout()
{
    const QByteArray json = "{\"otherData\":{\"interleave\":{\"format\":1,\"actors\":[{\"pid\":1,\"tid\":2,\"name\":\"M\","
                            "\"kind\":\"main\"}],\"resources\":[{\"name\":\"lock\",\"kind\":\"mutex\"}]}},"
                            "\"traceEvents\":[{\"tid\":2,\"pid\":1,\"ts\":1.5e0,\"name\":\"running\",\"ph\":\"X\","
                            "\"dur\":1,\"extra\":{\"deep\":[1,{\"x\":null}]}},"
                            "{\"ph\":\"b\",\"cat\":\"hold\",\"name\":\"lock\",\"id\":\"0x1f\",\"pid\":1,\"tid\":2,\"ts\":2},"
                            "{\"ph\":\"e\",\"name\":\"lock\",\"id\":\"0x1f\",\"pid\":1,\"tid\":2,\"ts\":3.0004},"
                            "{\"ph\":\"X\",\"name\":\"blocked\",\"pid\":1,\"tid\":2,\"ts\":4.0005,\"args\":{\"on\":\"lock\"}}],"
                            "\"displayTimeUnit\":\"ns\"}";
    QString error;
    const std::optional<Trace> t = TraceIO::fromJson(json, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->states(0).size(), std::size_t(2));
    QCOMPARE(t->states(0)[0].start, 1500);
    QCOMPARE(t->states(0)[1].start, 4001); // sub-nanosecond digits round
    QCOMPARE(t->states(0)[1].resource, 0);
    QCOMPARE(t->holds(0).size(), std::size_t(1));
    QCOMPARE(t->holds(0)[0].id, 0x1f);
    QCOMPARE(t->holds(0)[0].end, 3000);
}

void TestTraceIO::testByteOrderMark()
{
    QString error;
    const std::optional<Trace> t = TraceIO::fromJson("\xEF\xBB\xBF" + TraceIO::toJson(sampleTrace()), &error);
    QVERIFY2(t, qPrintable(error));
    testing::compareTraces(*t, sampleTrace());
    QVERIFY(!TraceIO::fromJson("\xEF\xBB\xBF{", &error));
    QCOMPARE(error, QStringLiteral("not JSON: Missing a name for object member. (at byte 4)"));
}

void TestTraceIO::testReadErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good = TraceIO::toJson(sampleTrace());
    auto x = [](const QByteArray& fields) -> QByteArray { return "{\"ph\":\"X\",\"pid\":1,\"tid\":1,\"ts\":1" + fields + "}"; };
    QTest::newRow("empty") << QByteArray() << "not JSON: The document is empty. (at byte 0)";
    QTest::newRow("half a file") << good.left(good.size() / 2) << "not JSON: ";
    QTest::newRow("words") << QByteArray("hello") << "not JSON: Invalid value. (at byte 0)";
    QTest::newRow("trailing garbage") << minimalTrace({}) + " x" << "not JSON: The document root must not be followed by other values.";
    QTest::newRow("NUL byte") << QByteArray("{\"a\":1}\0{", 9) << "not JSON: a NUL byte at byte 7";
    QTest::newRow("array at the top") << QByteArray("[{\"ph\":\"X\"}]") << "the trace is not a JSON object";
    QTest::newRow("number at the top") << QByteArray("42") << "the trace is not a JSON object";
    QTest::newRow("no traceEvents") << QByteArray("{\"otherData\":{}}") << "the trace has no traceEvents array";
    QTest::newRow("traceEvents an object") << QByteArray("{\"traceEvents\":{}}") << "the trace has no traceEvents array";
    QTest::newRow("no otherData") << QByteArray("{\"traceEvents\":[]}") << "not an Interleave trace: otherData.interleave is missing";
    QTest::newRow("chrome trace") << QByteArray("{\"traceEvents\":[],\"otherData\":{\"version\":\"chrome\"}}")
                                  << "not an Interleave trace: otherData.interleave is missing";
    QTest::newRow("interleave a string") << QByteArray("{\"traceEvents\":[],\"otherData\":{\"interleave\":\"x\"}}")
                                         << "not an Interleave trace: otherData.interleave is not an object";
    QTest::newRow("no format") << QByteArray("{\"traceEvents\":[],\"otherData\":{\"interleave\":{}}}")
                               << "not an Interleave trace: otherData.interleave.format is missing";
    QTest::newRow("format 2") << QByteArray(good).replace("\"format\":1", "\"format\":2")
                              << "unsupported trace format 2 (this version reads format 1)";
    QTest::newRow("event a number") << minimalTrace("5") << "event 0 is not a JSON object";
    QTest::newRow("event an array") << minimalTrace(x(",\"name\":\"running\"") + ",[]") << "event 1 is not a JSON object";
    QTest::newRow("ph missing") << minimalTrace("{\"ts\":1}") << "event 0: ph is missing";
    QTest::newRow("ph a number") << minimalTrace("{\"ph\":1}") << "event 0: ph must be a string";
    QTest::newRow("unknown phase") << minimalTrace("{\"ph\":\"Q\"}") << "event 0: unsupported phase \"Q\"";
    QTest::newRow("ts missing") << minimalTrace("{\"ph\":\"X\",\"name\":\"running\",\"pid\":1,\"tid\":1}")
                                << "event 0: ts is missing";
    QTest::newRow("ts a string") << minimalTrace("{\"ph\":\"X\",\"ts\":\"5\"}") << "event 0: ts must be a number";
    QTest::newRow("ts negative") << minimalTrace("{\"ph\":\"X\",\"ts\":-0.001}") << "event 0: ts is negative";
    QTest::newRow("ts huge") << minimalTrace("{\"ph\":\"X\",\"ts\":1e300}") << "event 0: ts is not a finite time in range (1e300)";
    QTest::newRow("ts too many digits") << minimalTrace("{\"ph\":\"X\",\"ts\":123456789012345678901234567890}")
                                        << "event 0: ts is not a finite time in range";
    QTest::newRow("exponent too big") << minimalTrace("{\"ph\":\"X\",\"ts\":1e99999}") << "not JSON: Number too big to be stored in double.";
    QTest::newRow("dur negative") << minimalTrace(x(",\"dur\":-2,\"name\":\"running\"")) << "event 0: dur is negative";
    QTest::newRow("pid a fraction") << minimalTrace("{\"ph\":\"X\",\"pid\":1.5}") << "event 0: pid must be an integer, not 1.5";
    QTest::newRow("pid huge") << minimalTrace("{\"ph\":\"X\",\"pid\":99999999999999999999999}")
                              << "event 0: pid must be an integer, not 99999999999999999999999";
    QTest::newRow("name a number") << minimalTrace(x(",\"name\":3")) << "event 0: name must be a string";
    QTest::newRow("args a list") << minimalTrace(x(",\"args\":[]")) << "event 0: args must be an object";
    QTest::newRow("args.res a string") << minimalTrace(x(",\"args\":{\"res\":\"0\"}")) << "event 0: args.res must be a number";
    QTest::newRow("args.on an object") << minimalTrace(x(",\"args\":{\"on\":{}}")) << "event 0: args.on must be a string";
    QTest::newRow("unknown state") << minimalTrace(x(",\"name\":\"running\"") + "," + x(",\"name\":\"dancing\""))
                                   << "event 1: unknown state \"dancing\"";
    QTest::newRow("state name missing") << minimalTrace(x({})) << "event 0: name is missing";
    QTest::newRow("unknown flow kind") << minimalTrace("{\"ph\":\"s\",\"ts\":1,\"id\":1,\"name\":\"teleport\"}")
                                       << "event 0: unknown flow kind \"teleport\"";
    QTest::newRow("flow id missing") << minimalTrace("{\"ph\":\"s\",\"ts\":1,\"name\":\"notify\"}") << "event 0: id is missing";
    QTest::newRow("unknown instant kind") << minimalTrace("{\"ph\":\"i\",\"ts\":1,\"name\":\"boom\"}")
                                          << "event 0: unknown instant kind \"boom\"";
    QTest::newRow("counter without value") << minimalTrace("{\"ph\":\"C\",\"ts\":1,\"name\":\"lock\",\"args\":{}}")
                                           << "event 0: args.value is missing";
    QTest::newRow("no such actor") << minimalTrace("{\"ph\":\"X\",\"pid\":9,\"tid\":8,\"ts\":1,\"name\":\"running\"}")
                                   << "event 0: no actor has pid 9 and tid 8";
    QTest::newRow("tid missing") << minimalTrace("{\"ph\":\"X\",\"pid\":1,\"ts\":1,\"name\":\"running\"}")
                                 << "event 0: tid is missing";
    QTest::newRow("actor out of range") << minimalTrace(x(",\"name\":\"running\",\"args\":{\"actor\":1}"))
                                        << "event 0: actor 1 out of range";
    QTest::newRow("resource out of range") << minimalTrace(x(",\"name\":\"blocked\",\"args\":{\"res\":7}"))
                                           << "event 0: resource 7 out of range";
    QTest::newRow("resource negative") << minimalTrace(x(",\"name\":\"blocked\",\"args\":{\"res\":-2}"))
                                       << "event 0: resource -2 out of range";
    QTest::newRow("no such resource") << minimalTrace("{\"ph\":\"b\",\"pid\":1,\"tid\":1,\"ts\":1,\"id\":1,\"name\":\"nope\"}")
                                      << "event 0: no resource is named \"nope\"";
    QTest::newRow("flow id negative") << minimalTrace("{\"ph\":\"s\",\"pid\":1,\"tid\":1,\"ts\":1,\"id\":-3,\"name\":\"set\"}")
                                      << "event 0: flow id -3 out of range";
    QTest::newRow("actor kind unknown") << QByteArray(good).replace("\"kind\":\"main\"", "\"kind\":\"robot\"")
                                        << "actor 0: unknown kind \"robot\"";
    QTest::newRow("actor pid a string") << QByteArray(good).replace("{\"pid\":4100,\"tid\":4100", "{\"pid\":\"4100\",\"tid\":4100")
                                        << "actor 0: pid must be an integer";
    QTest::newRow("actor parent out of range") << QByteArray(good).replace("\"parent\":0", "\"parent\":60")
                                               << "actor 1: parent 60 out of range";
    QTest::newRow("actors share a lane") << QByteArray(good).replace("\"tid\":4102", "\"tid\":4101")
                                         << "actors 1 and 2 have the same pid and tid";
    QTest::newRow("resource kind unknown") << QByteArray(good).replace("\"kind\":\"semaphore\"", "\"kind\":\"spoon\"")
                                           << "resource 0: unknown kind \"spoon\"";
    QTest::newRow("resource owner out of range") << QByteArray(good).replace("\"owner\":1", "\"owner\":6")
                                                 << "resource 3: owner 6 out of range";
    QTest::newRow("params a list") << QByteArray(good).replace("\"params\":{", "\"params\":[{").replace(",\"seed\"", "],\"seed\"")
                                   << "otherData.interleave: params must be an object";
    QTest::newRow("seed negative") << QByteArray(good).replace("\"seed\":18446744073709551615", "\"seed\":-1")
                                   << "otherData.interleave: seed must be an integer from 0 to 2^64-1";
    QTest::newRow("duration negative") << minimalTrace({}, ",\"duration_us\":-1") << "otherData.interleave: duration_us must be a time in range";
    QTest::newRow("text a number") << minimalTrace({}, ",\"texts\":[\"\",5]") << "otherData.interleave.texts[1] must be a string";
    QTest::newRow("number out of range") << minimalTrace({}, ",\"params\":{\"x\":1e-400}") << "otherData: the number 1e-400 is out of range";
    QByteArray deep = "{\"traceEvents\":[],\"otherData\":{\"x\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}}";
    QTest::newRow("deeply nested") << deep << "the JSON is nested more than 64 levels deep (at byte";
    QByteArray deepEvent = minimalTrace(x(",\"args\":{\"x\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}"));
    QTest::newRow("deeply nested event") << deepEvent << "the JSON is nested more than 64 levels deep";
}

void TestTraceIO::testReadErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    const std::optional<Trace> trace = TraceIO::fromJson(json, &error);
    QVERIFY(!trace);
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestTraceIO::testReadFileErrors()
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!TraceIO::read(missing, &error));
    QCOMPARE(error, missing + QStringLiteral(": no such file"));

    QVERIFY(!TraceIO::read(dir.path(), &error));
    QCOMPARE(error, dir.path() + QStringLiteral(" is a directory, not a trace file"));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(minimalTrace("{\"ph\":\"X\",\"ts\":-1}"));
    f.close();
    QVERIFY(!TraceIO::read(bad, &error));
    QCOMPARE(error, bad + QStringLiteral(": event 0: ts is negative"));
}

void TestTraceIO::testUnreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.json"));
    QString error;
    QVERIFY(TraceIO::write(sampleTrace(), path, &error));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("permissions do not stop this user (root)");
    QVERIFY(!TraceIO::read(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot open ") + path + QStringLiteral(": ")), qPrintable(error));
}

// Cut anywhere, a file reads as an error, never as a crash or a half trace.
void TestTraceIO::testTruncated()
{
    const QByteArray good = TraceIO::toJson(sampleTrace());
    for (qsizetype n = 0; n < good.size(); n += 7) {
        QString error;
        const std::optional<Trace> t = TraceIO::fromJson(good.left(n), &error);
        QVERIFY2(!t, qPrintable(QString::number(n)));
        QVERIFY(error.startsWith(QStringLiteral("not JSON: ")));
    }
}

void TestTraceIO::testRandomBytes()
{
    QRandomGenerator rng(20240501);
    const QByteArray good = TraceIO::toJson(sampleTrace());
    int parsed = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        if (round % 3 == 0) {
            bytes.resize(qsizetype(rng.bounded(400)));
            for (char& c : bytes)
                c = char(rng.bounded(256));
        } else {
            bytes = good;
            const int edits = 1 + int(rng.bounded(6));
            for (int i = 0; i < edits; ++i) {
                const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
                static const char pool[] = "{}[]\",:0123456789-.eE tfnul\\\xff\x01";
                bytes[at] = rng.bounded(2) ? pool[rng.bounded(quint32(sizeof pool - 1))] : char(rng.bounded(256));
            }
        }
        QString error;
        const std::optional<Trace> t = TraceIO::fromJson(bytes, &error);
        if (t) {
            ++parsed; // a harmless edit (inside a name, say) still reads
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(!error.isEmpty());
        }
    }
    qInfo("%d of 3000 mangled inputs still read", parsed);
}

QTEST_GUILESS_MAIN(TestTraceIO)
#include "tst_traceio.moc"
