// SPDX-License-Identifier: MIT
#include "window/exportdialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTest>

using namespace interleave;

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void testSuffixFollowsFormat()
    {
        ExportDialog dialog;
        dialog.setPath(QStringLiteral("/tmp/run.png"));
        QCOMPARE(dialog.format(), QStringLiteral("png"));
        dialog.setFormat(QStringLiteral("pdf"));
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/run.pdf"));
        QVERIFY(!dialog.findChild<QDoubleSpinBox*>(QStringLiteral("dpi"))->isEnabled()); // DPI is for PNG only
        dialog.setPath(QStringLiteral("/tmp/other.svg"));
        QCOMPARE(dialog.format(), QStringLiteral("svg"));
    }

    void testRanges_data()
    {
        QTest::addColumn<int>("range");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("whole run") << int(ExportDialog::Range::WholeRun) << qint64(0) << qint64(-1);
        QTest::newRow("visible window") << int(ExportDialog::Range::VisibleWindow) << qint64(100) << qint64(900);
        QTest::newRow("selection") << int(ExportDialog::Range::Selection) << qint64(300) << qint64(400);
    }

    void testRanges()
    {
        QFETCH(int, range);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        ExportDialog dialog;
        dialog.setRanges(1000, { 100, 900 }, std::make_pair(qint64(300), qint64(400)));
        dialog.setRange(ExportDialog::Range(range));
        QCOMPARE(int(dialog.range()), range);
        QCOMPARE(dialog.options().from, from);
        QCOMPARE(dialog.options().to, to);
    }

    void testNoSelectionFallsBackToWholeRun()
    {
        ExportDialog dialog;
        dialog.setRanges(1000, { 100, 900 }, std::nullopt);
        dialog.setRange(ExportDialog::Range::Selection);
        QCOMPARE(dialog.range(), ExportDialog::Range::WholeRun);
    }

    void testOptionsRoundTrip()
    {
        ExportDialog dialog;
        ExportOptions o;
        o.size = QSize(1200, 700);
        o.dpi = 192;
        o.dark = true;
        o.showTitle = false;
        o.showParams = true;
        o.showLegend = false;
        dialog.setOptions(o);
        const ExportOptions back = dialog.options();
        QCOMPARE(back.size, o.size);
        QCOMPARE(back.dpi, o.dpi);
        QCOMPARE(back.dark, true);
        QCOMPARE(back.showTitle, false);
        QCOMPARE(back.showParams, true);
        QCOMPARE(back.showLegend, false);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
