// SPDX-License-Identifier: MIT
// The whole scenario catalog of DESIGN.md: ids in catalog order, parameter names, defaults and
// choices (an interface that saved traces and users' notes rely on), and the texts people read.
#include "engine/paramspec.h"
#include "engine/registry.h"
#include "engine/scenario.h"

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace interleave;
using namespace Qt::StringLiterals;

namespace {

struct Entry {
    const char* id;
    const char* schema; // "name=default [choices]", in schema order
};

// Copied by hand from the catalog table of DESIGN.md; the order is the catalog's.
constexpr Entry kCatalog[] = {
    { "threads.start_join", "workers=2, work_ms=2000, wait=join [join|sleep], main_sleep_ms=3000" },
    { "threads.daemon", "daemon=true, tick_ms=1000, main_ms=3000" },
    { "threads.race", "threads=4, increments=1000, lock=false, window_us=0" },
    { "threads.lock", "threads=4, rounds=3, hold_ms=100, think_ms=50" },
    { "threads.rlock", "depth=2, reentrant=true" },
    { "threads.condition",
        "producers=1, consumers=1, items=1, notify=one [one|all], predicate=true, producer_first=false" },
    { "threads.event", "waiters=3, set_after_ms=1000" },
    { "threads.semaphore", "workers=4, permits=2, hold_ms=2000" },
    { "threads.deadlock", "philosophers=2, ordered=false, eat_ms=100, rounds=3" },
    { "pool.map", "workers=4, tasks=10, task_ms=100" },
    { "pool.as_completed", "workers=4, tasks=10, max_ms=1000" },
    { "pool.cancel", "workers=2, tasks=4, task_ms=2000" },
    { "pool.exception", "workers=2, tasks=3, fail_index=0" },
    { "pool.shutdown", "workers=4, tasks=10, wait=false, cancel_futures=false" },
    { "pool.gil", "tasks=4, work_ms=500, mode=threads [threads|threads_gil|processes], switch_ms=5" },
    { "process.start_join", "processes=1, work_ms=1000" },
    { "process.pool", "processes=4, method=map [map|apply|apply_async|starmap], items=4" },
    { "process.queue", "producers=1, messages=1" },
    { "process.pipe", "messages=1, duplex=true" },
    { "process.lock", "processes=5, hold_ms=100" },
    { "process.value", "processes=5, increments=1, lock=false, window_us=0" },
    { "process.array", "length=4, processes=1" },
    { "process.manager", "processes=2" },
    { "async.hello", "delay_ms=1000" },
    { "async.tasks", "tasks=2, delay_ms=1000" },
    { "async.gather", "tasks=3, delay_ms=1000" },
    { "async.wait", "tasks=2, return_when=all [all|first]" },
    { "async.wait_for", "work_ms=3000, timeout_ms=2000" },
    { "async.lock", "tasks=2, hold_ms=1000" },
    { "async.semaphore", "tasks=5, permits=2, hold_ms=1000" },
    { "async.generator", "items=5, interval_ms=1000" },
    { "async.cancel", "work_ms=10000, cancel_after_ms=1000" },
    { "async.queue", "producers=1, consumers=2, items=10, maxsize=0" },
    { "async.blocking", "tasks=3, block_ms=1000, fix=none [none|executor]" },
    { "socket.tcp_echo", "clients=1, messages=1, server=iterative [iterative|threaded|async]" },
    { "socket.udp_echo", "clients=1, datagrams=3, drop_every=0, timeout_ms=200, retries=2" },
    { "socket.http_fetch", "requests=3, latency_ms=500, mode=sequential [sequential|threads|async]" },
};

QString describeSchema(const ParamSchema& schema)
{
    QStringList parts;
    for (const ParamSpec& p : schema) {
        QString d = p.defaultValue.typeId() == QMetaType::Bool ? (p.defaultValue.toBool() ? u"true"_s : u"false"_s)
                                                               : p.defaultValue.toString();
        QString part = p.name + u'=' + d;
        if (!p.choices.isEmpty())
            part += u" ["_s + p.choices.join(u'|') + u']';
        parts << part;
    }
    return parts.join(u", "_s);
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void testOrder();
    void testScenario_data();
    void testScenario();
};

void TestCatalog::testOrder()
{
    QStringList expected;
    for (const Entry& e : kCatalog)
        expected << QString::fromLatin1(e.id);
    QCOMPARE(Registry::instance().ids(), expected);
    for (const Scenario* s : Registry::instance().all())
        QCOMPARE(s->category(), s->id().section(u'.', 0, 0));
}

void TestCatalog::testScenario_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("schema");
    for (const Entry& e : kCatalog)
        QTest::newRow(e.id) << QString::fromLatin1(e.id) << QString::fromLatin1(e.schema);
}

void TestCatalog::testScenario()
{
    QFETCH(QString, id);
    QFETCH(QString, schema);
    const Scenario* s = Registry::instance().find(id);
    QVERIFY2(s, "missing from the registry");
    QCOMPARE(describeSchema(s->params()), schema);
    QString error;
    QVERIFY2(resolveParams(s->params(), {}, &error).has_value(), qPrintable(error));
    for (const ParamSpec& p : s->params()) {
        QVERIFY2(!p.label.isEmpty() && !p.help.isEmpty(), qPrintable(p.name));
        if (p.name.endsWith(u"_ms"_s))
            QCOMPARE(p.unit, u"ms"_s);
        if (p.name.endsWith(u"_us"_s))
            QCOMPARE(p.unit, u"us"_s);
        if (p.type == ParamSpec::Type::Int) {
            QVERIFY(p.min <= p.defaultValue.toDouble() && p.defaultValue.toDouble() <= p.max);
            // A value out of range is refused with a message naming the parameter.
            QVariantMap bad;
            bad.insert(p.name, p.max + 1);
            QVERIFY(!resolveParams(s->params(), bad, &error).has_value());
            QVERIFY2(error.contains(p.name), qPrintable(error));
        }
    }

    QVERIFY(!s->title().isEmpty());
    QVERIFY(!s->summary().isEmpty());
    QVERIFY2(!s->summary().contains(u'\n'), "the summary is one line");
    const qsizetype paragraphs = s->explanation().split(u"\n\n"_s).size();
    QVERIFY2(paragraphs >= 2 && paragraphs <= 4, qPrintable(s->explanation()));

    // The snippet assigns every parameter with its default, so a reader can map the form onto it.
    const QString snippet = s->pythonSnippet();
    // The snippet uses its family's module (sockets may use http.client or urllib instead).
    static const QHash<QString, QString> kModule { { u"threads"_s, u"threading"_s },
        { u"pool"_s, u"concurrent.futures"_s }, { u"process"_s, u"multiprocessing"_s }, { u"async"_s, u"asyncio"_s } };
    if (kModule.contains(s->category()))
        QVERIFY2(snippet.contains(kModule.value(s->category())), qPrintable(kModule.value(s->category())));
    for (const ParamSpec& p : s->params()) {
        QString value = p.defaultValue.toString();
        if (p.type == ParamSpec::Type::Bool)
            value = p.defaultValue.toBool() ? u"True"_s : u"False"_s;
        else if (p.type == ParamSpec::Type::Enum)
            value = u'"' + value + u'"';
        QVERIFY2(snippet.contains(p.name + u" = "_s + value), qPrintable(p.name));
    }

#if defined(__SANITIZE_THREAD__)
    QSKIP("ThreadSanitizer does not support starting a process from a process with threads");
#endif
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed: the snippet's syntax is not checked");
    QProcess proc;
    proc.start(python, { u"-c"_s, u"import sys; compile(sys.stdin.read(), 'snippet', 'exec')"_s });
    QVERIFY(proc.waitForStarted());
    proc.write(snippet.toUtf8());
    proc.closeWriteChannel();
    QVERIFY(proc.waitForFinished(30000));
    QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
