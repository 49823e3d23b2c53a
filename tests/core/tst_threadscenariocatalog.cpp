// SPDX-License-Identifier: MIT
// The threads.* catalog entries: ids in catalog order, parameter names and defaults (an interface),
// and texts for people: a one-line summary, a short explanation, a snippet that is valid Python.
#include "engine/registry.h"
#include "engine/scenario.h"
#include "scenarios/threadscenarios.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace interleave;
using namespace Qt::StringLiterals;

namespace {

// "name=default [choices]" for every parameter, in schema order.
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

class TestThreadScenarioCatalog : public QObject {
    Q_OBJECT
private slots:
    void testCatalog();
    void testSchema_data();
    void testSchema();
    void testTexts_data();
    void testTexts();
};

void TestThreadScenarioCatalog::testCatalog()
{
    Registry local;
    addThreadScenarios(local);
    const QStringList expected { u"threads.start_join"_s, u"threads.daemon"_s, u"threads.race"_s,
        u"threads.lock"_s, u"threads.rlock"_s, u"threads.condition"_s, u"threads.event"_s,
        u"threads.semaphore"_s, u"threads.deadlock"_s };
    QCOMPARE(local.ids(), expected);
    for (const Scenario* s : local.all())
        QCOMPARE(s->category(), u"threads"_s);

    // The application's registry lists them in the same order.
    QStringList inApp;
    for (const Scenario* s : Registry::instance().all()) {
        if (s->category() == u"threads"_s)
            inApp << s->id();
    }
    QCOMPARE(inApp, expected);
}

void TestThreadScenarioCatalog::testSchema_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("schema");
    // The catalog in DESIGN.md: names and defaults are an interface.
    QTest::newRow("start_join") << u"threads.start_join"_s
                                << u"workers=2, work_ms=2000, wait=join [join|sleep], main_sleep_ms=3000"_s;
    QTest::newRow("daemon") << u"threads.daemon"_s << u"daemon=true, tick_ms=1000, main_ms=3000"_s;
    QTest::newRow("race") << u"threads.race"_s << u"threads=4, increments=1000, lock=false, window_us=0"_s;
    QTest::newRow("lock") << u"threads.lock"_s << u"threads=4, rounds=3, hold_ms=100, think_ms=50"_s;
    QTest::newRow("rlock") << u"threads.rlock"_s << u"depth=2, reentrant=true"_s;
    QTest::newRow("condition") << u"threads.condition"_s
                               << u"producers=1, consumers=1, items=1, notify=one [one|all], predicate=true, "
                                  "producer_first=false"_s;
    QTest::newRow("event") << u"threads.event"_s << u"waiters=3, set_after_ms=1000"_s;
    QTest::newRow("semaphore") << u"threads.semaphore"_s << u"workers=4, permits=2, hold_ms=2000"_s;
    QTest::newRow("deadlock") << u"threads.deadlock"_s << u"philosophers=2, ordered=false, eat_ms=100, rounds=3"_s;
}

void TestThreadScenarioCatalog::testSchema()
{
    QFETCH(QString, id);
    QFETCH(QString, schema);
    const Scenario* s = Registry::instance().find(id);
    QVERIFY(s);
    QCOMPARE(describeSchema(s->params()), schema);
    QString error;
    QVERIFY2(resolveParams(s->params(), {}, &error).has_value(), qPrintable(error));
    for (const ParamSpec& p : s->params()) {
        QVERIFY2(!p.label.isEmpty() && !p.help.isEmpty(), qPrintable(p.name));
        if (p.name.endsWith(u"_ms"_s))
            QCOMPARE(p.unit, u"ms"_s);
        if (p.name.endsWith(u"_us"_s))
            QCOMPARE(p.unit, u"us"_s);
        if (p.type == ParamSpec::Type::Int)
            QVERIFY(p.min <= p.defaultValue.toDouble() && p.defaultValue.toDouble() <= p.max);
    }
}

void TestThreadScenarioCatalog::testTexts_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario* s : Registry::instance().all()) {
        if (s->category() == u"threads"_s)
            QTest::newRow(qPrintable(s->id())) << s->id();
    }
}

void TestThreadScenarioCatalog::testTexts()
{
    QFETCH(QString, id);
    const Scenario* s = Registry::instance().find(id);
    QVERIFY(s);
    QVERIFY(!s->title().isEmpty());
    QVERIFY(!s->summary().isEmpty());
    QVERIFY2(!s->summary().contains(u'\n'), "the summary is one line");
    const qsizetype paragraphs = s->explanation().split(u"\n\n"_s).size();
    QVERIFY2(paragraphs >= 2 && paragraphs <= 4, qPrintable(s->explanation()));

    // The snippet names every parameter as a Python variable with its default.
    const QString snippet = s->pythonSnippet();
    for (const ParamSpec& p : s->params()) {
        QString value = p.defaultValue.toString();
        if (p.type == ParamSpec::Type::Bool)
            value = p.defaultValue.toBool() ? u"True"_s : u"False"_s;
        else if (p.type == ParamSpec::Type::Enum)
            value = u'"' + value + u'"';
        QVERIFY2(snippet.contains(p.name + u" = "_s + value), qPrintable(p.name));
    }

    // And it is valid Python.
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

QTEST_GUILESS_MAIN(TestThreadScenarioCatalog)
#include "tst_threadscenariocatalog.moc"
