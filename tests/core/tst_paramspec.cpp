// SPDX-License-Identifier: MIT
// Parameter schemas: what is allowed, parsing command-line text, validation and its messages.
#include "engine/paramspec.h"

#include <QTest>

using namespace interleave;
using namespace Qt::StringLiterals;

class TestParamSpec : public QObject {
    Q_OBJECT
private slots:
    void testAllowed_data();
    void testAllowed();
    void testParse_data();
    void testParse();
    void testResolveDefaults();
    void testResolveErrors_data();
    void testResolveErrors();
    void testResolveNormalizesTypes();
};

namespace {

ParamSpec threads() { return ParamSpec::integer(u"threads"_s, 4, 1, 1000, u"Threads"_s, {}); }
ParamSpec lock() { return ParamSpec::boolean(u"lock"_s, false, u"Lock"_s, {}); }
ParamSpec wait() { return ParamSpec::choice(u"wait"_s, { u"join"_s, u"sleep"_s }, u"join"_s, u"Wait"_s, {}); }
ParamSpec ratio() { return ParamSpec::real(u"ratio"_s, 0.5, 0, 10, u"Ratio"_s, {}); }

ParamSpec byName(const QString& name)
{
    if (name == u"threads")
        return threads();
    if (name == u"lock")
        return lock();
    if (name == u"wait")
        return wait();
    return ratio();
}

ParamSchema schema() { return { threads(), lock(), wait() }; }

} // namespace

void TestParamSpec::testAllowed_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("allowed");
    QTest::newRow("integer") << u"threads"_s << u"an integer from 1 to 1000"_s;
    QTest::newRow("boolean") << u"lock"_s << u"true or false"_s;
    QTest::newRow("choice") << u"wait"_s << u"one of: join, sleep"_s;
    QTest::newRow("real") << u"ratio"_s << u"a number from 0 to 10"_s;
}

void TestParamSpec::testAllowed()
{
    QFETCH(QString, param);
    QFETCH(QString, allowed);
    QCOMPARE(byName(param).allowed(), allowed);
}

void TestParamSpec::testParse_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected"); // invalid: an error
    QTest::addColumn<QString>("error");
    QTest::newRow("int") << u"threads"_s << u"16"_s << QVariant(qint64(16)) << QString();
    QTest::newRow("int at the bound") << u"threads"_s << u"1000"_s << QVariant(qint64(1000)) << QString();
    QTest::newRow("int out of range") << u"threads"_s << u"5000"_s << QVariant()
                                      << u"parameter 'threads' must be an integer from 1 to 1000 (got 5000)"_s;
    QTest::newRow("int in hex") << u"threads"_s << u"0x10"_s << QVariant()
                                << u"parameter 'threads' must be an integer from 1 to 1000 (got 0x10)"_s;
    QTest::newRow("int with a fraction") << u"threads"_s << u"2.5"_s << QVariant()
                                         << u"parameter 'threads' must be an integer from 1 to 1000 (got 2.5)"_s;
    QTest::newRow("bool true") << u"lock"_s << u"true"_s << QVariant(true) << QString();
    QTest::newRow("bool yes") << u"lock"_s << u"yes"_s << QVariant(true) << QString();
    QTest::newRow("bool 0") << u"lock"_s << u"0"_s << QVariant(false) << QString();
    QTest::newRow("bool no") << u"lock"_s << u"no"_s << QVariant(false) << QString();
    QTest::newRow("bool nonsense") << u"lock"_s << u"maybe"_s << QVariant()
                                   << u"parameter 'lock' must be true or false (got maybe)"_s;
    QTest::newRow("choice") << u"wait"_s << u"sleep"_s << QVariant(u"sleep"_s) << QString();
    QTest::newRow("choice unknown") << u"wait"_s << u"nap"_s << QVariant()
                                    << u"parameter 'wait' must be one of: join, sleep (got nap)"_s;
    QTest::newRow("choice is exact") << u"wait"_s << u"Sleep"_s << QVariant()
                                     << u"parameter 'wait' must be one of: join, sleep (got Sleep)"_s;
    QTest::newRow("real") << u"ratio"_s << u"2.5"_s << QVariant(2.5) << QString();
    QTest::newRow("real out of range") << u"ratio"_s << u"11"_s << QVariant()
                                       << u"parameter 'ratio' must be a number from 0 to 10 (got 11)"_s;
}

void TestParamSpec::testParse()
{
    QFETCH(QString, param);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    QFETCH(QString, error);
    QString message;
    const auto value = byName(param).parse(text, &message);
    if (expected.isValid()) {
        QVERIFY2(value.has_value(), qPrintable(message));
        QCOMPARE(*value, expected);
    } else {
        QVERIFY(!value.has_value());
        QCOMPARE(message, error);
    }
}

void TestParamSpec::testResolveDefaults()
{
    QString error;
    const auto params = resolveParams(schema(), { { u"threads"_s, 8 } }, &error);
    QVERIFY2(params, qPrintable(error));
    QCOMPARE(params->value(u"threads"_s).toLongLong(), 8);
    QCOMPARE(params->value(u"lock"_s), QVariant(false));
    QCOMPARE(params->value(u"wait"_s), QVariant(u"join"_s));
    QCOMPARE(params->size(), 3);
}

void TestParamSpec::testResolveErrors_data()
{
    QTest::addColumn<QVariantMap>("given");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown name") << QVariantMap { { u"x"_s, 1 } }
                                  << u"unknown parameter 'x' for this scenario; known: threads, lock, wait"_s;
    QTest::newRow("out of range") << QVariantMap { { u"threads"_s, 5000 } }
                                  << u"parameter 'threads' must be an integer from 1 to 1000 (got 5000)"_s;
    QTest::newRow("wrong type") << QVariantMap { { u"lock"_s, 3 } } << u"parameter 'lock' must be true or false (got 3)"_s;
    QTest::newRow("text parsed and checked") << QVariantMap { { u"threads"_s, u"0"_s } }
                                             << u"parameter 'threads' must be an integer from 1 to 1000 (got 0)"_s;
    QTest::newRow("bad choice") << QVariantMap { { u"wait"_s, u"nap"_s } }
                                << u"parameter 'wait' must be one of: join, sleep (got nap)"_s;
}

void TestParamSpec::testResolveErrors()
{
    QFETCH(QVariantMap, given);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!resolveParams(schema(), given, &message));
    QCOMPARE(message, error);
}

void TestParamSpec::testResolveNormalizesTypes()
{
    QString error;
    const auto params = resolveParams(
        schema(), { { u"threads"_s, u"12"_s }, { u"lock"_s, u"yes"_s }, { u"wait"_s, u"sleep"_s } }, &error);
    QVERIFY2(params, qPrintable(error));
    QCOMPARE(params->value(u"threads"_s).typeId(), int(QMetaType::LongLong));
    QCOMPARE(params->value(u"threads"_s).toLongLong(), 12);
    QCOMPARE(params->value(u"lock"_s), QVariant(true));
    QCOMPARE(params->value(u"wait"_s), QVariant(u"sleep"_s));
}

QTEST_GUILESS_MAIN(TestParamSpec)
#include "tst_paramspec.moc"
