// SPDX-License-Identifier: MIT
#include "panels/paramform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace interleave;

class TestParamForm : public QObject {
    Q_OBJECT

    static ParamSchema schema()
    {
        return {
            ParamSpec::integer(
                QStringLiteral("workers"), 4, 1, 100, QStringLiteral("Workers"), QStringLiteral("How many threads.")),
            ParamSpec::integer(QStringLiteral("hold_ms"), 2000, 0, 60000, QStringLiteral("Hold"),
                QStringLiteral("How long."), QStringLiteral("ms")),
            ParamSpec::real(QStringLiteral("ratio"), 0.5, 0, 1, QStringLiteral("Ratio"), QStringLiteral("A share.")),
            ParamSpec::boolean(QStringLiteral("lock"), false, QStringLiteral("Lock"), QStringLiteral("Use the lock.")),
            ParamSpec::choice(QStringLiteral("wait"), { QStringLiteral("join"), QStringLiteral("sleep") },
                QStringLiteral("join"), QStringLiteral("Wait"), QStringLiteral("How main waits.")),
        };
    }

    static QVariantMap defaults()
    {
        return { { QStringLiteral("workers"), qint64(4) }, { QStringLiteral("hold_ms"), qint64(2000) },
            { QStringLiteral("ratio"), 0.5 }, { QStringLiteral("lock"), false },
            { QStringLiteral("wait"), QStringLiteral("join") } };
    }

private slots:
    void testBuildsEditorsFromSchema()
    {
        ParamForm form;
        form.setSchema(schema());
        auto* workers = qobject_cast<QSpinBox*>(form.editor(QStringLiteral("workers")));
        QVERIFY(workers);
        QCOMPARE(workers->minimum(), 1);
        QCOMPARE(workers->maximum(), 100);
        QVERIFY(workers->toolTip().contains(QStringLiteral("How many threads.")));
        QVERIFY(workers->toolTip().contains(QStringLiteral("1 to 100")));
        auto* hold = qobject_cast<QSpinBox*>(form.editor(QStringLiteral("hold_ms")));
        QVERIFY(hold);
        QCOMPARE(hold->suffix(), QStringLiteral(" ms"));
        QVERIFY(qobject_cast<QDoubleSpinBox*>(form.editor(QStringLiteral("ratio"))));
        QVERIFY(qobject_cast<QCheckBox*>(form.editor(QStringLiteral("lock"))));
        auto* wait = qobject_cast<QComboBox*>(form.editor(QStringLiteral("wait")));
        QVERIFY(wait);
        QVERIFY(!wait->isEditable());
        QCOMPARE(wait->count(), 2);
        QCOMPARE(form.values(), defaults());
    }

    void testRejectsOutOfRange_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("expected");
        // The third digit would pass the maximum: that keystroke is refused.
        QTest::newRow("above the maximum") << QStringLiteral("500") << qint64(50);
        QTest::newRow("below the minimum") << QStringLiteral("0") << qint64(4);
        QTest::newRow("letters") << QStringLiteral("abc") << qint64(4);
        QTest::newRow("in range") << QStringLiteral("42") << qint64(42);
    }

    void testRejectsOutOfRange()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, expected);
        ParamForm form;
        form.setSchema(schema());
        form.show();
        auto* workers = qobject_cast<QSpinBox*>(form.editor(QStringLiteral("workers")));
        QLineEdit* edit = workers->findChild<QLineEdit*>();
        QVERIFY(edit);
        workers->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Enter);
        workers->clearFocus(); // editing finished: an intermediate value would be fixed up here
        QCOMPARE(form.values().value(QStringLiteral("workers")).toLongLong(), expected);
        QVERIFY(workers->value() >= 1 && workers->value() <= 100);
    }

    void testSetValuesIgnoresInvalid()
    {
        ParamForm form;
        form.setSchema(schema());
        form.setValues({ { QStringLiteral("workers"), 1000 }, { QStringLiteral("wait"), QStringLiteral("forever") },
            { QStringLiteral("nope"), 3 }, { QStringLiteral("hold_ms"), 150 } });
        QCOMPARE(form.values().value(QStringLiteral("workers")).toLongLong(), 4);
        QCOMPARE(form.values().value(QStringLiteral("wait")).toString(), QStringLiteral("join"));
        QCOMPARE(form.values().value(QStringLiteral("hold_ms")).toLongLong(), 150);
    }

    void testSavedValuesOverrideDefaults()
    {
        ParamForm form;
        form.setSchema(
            schema(), { { QStringLiteral("lock"), true }, { QStringLiteral("wait"), QStringLiteral("sleep") } });
        QCOMPARE(form.values().value(QStringLiteral("lock")).toBool(), true);
        QCOMPARE(form.values().value(QStringLiteral("wait")).toString(), QStringLiteral("sleep"));
    }

    void testChangesSignalAndReset()
    {
        ParamForm form;
        form.setSchema(schema());
        QSignalSpy spy(&form, &ParamForm::paramsChanged);
        qobject_cast<QSpinBox*>(form.editor(QStringLiteral("workers")))->setValue(8);
        QCOMPARE(spy.count(), 1);
        qobject_cast<QCheckBox*>(form.editor(QStringLiteral("lock")))->setChecked(true);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(form.values().value(QStringLiteral("workers")).toLongLong(), 8);
        form.resetToDefaults();
        QCOMPARE(form.values(), defaults());
        QCOMPARE(spy.count(), 3); // one signal for the whole reset
        form.resetToDefaults();
        QCOMPARE(spy.count(), 3); // nothing changed
    }

    void testEmptySchema()
    {
        ParamForm form;
        form.setSchema({});
        QVERIFY(form.values().isEmpty());
        QVERIFY(!form.editor(QStringLiteral("workers")));
    }
};

QTEST_MAIN(TestParamForm)
#include "tst_paramform.moc"
