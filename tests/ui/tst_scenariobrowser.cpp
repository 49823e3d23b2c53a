// SPDX-License-Identifier: MIT
#include "fakescenario.h"
#include "panels/scenariobrowser.h"
#include "panels/scenariomodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace interleave;

class TestScenarioBrowser : public QObject {
    Q_OBJECT

    std::vector<std::unique_ptr<FakeScenario>> m_owned;
    std::vector<const Scenario*> m_list;

    void add(const char* id, const char* category, const char* title, const char* summary)
    {
        m_owned.push_back(std::make_unique<FakeScenario>(QString::fromLatin1(id), QString::fromLatin1(category),
            QString::fromLatin1(title), QString::fromLatin1(summary)));
        m_list.push_back(m_owned.back().get());
    }

    static QStringList visibleIds(const QAbstractItemModel* model)
    {
        QStringList ids;
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex cat = model->index(c, 0);
            for (int r = 0; r < model->rowCount(cat); ++r)
                ids << model->index(r, 0, cat).data(ScenarioModel::IdRole).toString();
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        add("threads.race", "threads", "A race on a shared counter", "counter += 1 loses updates");
        add("threads.lock", "threads", "A lock", "mutual exclusion");
        add("pool.map", "pool", "Executor map", "results in input order");
        add("threads.semaphore", "threads", "A semaphore", "at most permits at once");
    }

    void testTreeByCategory()
    {
        ScenarioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScenarios(m_list);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), categoryTitle(QStringLiteral("threads")));
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        // Catalog order within a category, categories in order of first appearance.
        QCOMPARE(visibleIds(&model),
            (QStringList { QStringLiteral("threads.race"), QStringLiteral("threads.lock"),
                QStringLiteral("threads.semaphore"), QStringLiteral("pool.map") }));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable)); // a heading is not a choice
        QVERIFY(model.flags(model.indexOf(QStringLiteral("pool.map"))) & Qt::ItemIsSelectable);
        QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
    }

    void testFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("by title") << QStringLiteral("semaphore") << QStringList { QStringLiteral("threads.semaphore") };
        QTest::newRow("by id, any case") << QStringLiteral("POOL.MAP") << QStringList { QStringLiteral("pool.map") };
        QTest::newRow("by summary") << QStringLiteral("loses updates")
                                    << QStringList { QStringLiteral("threads.race") };
        QTest::newRow("a category name lists all of it")
            << categoryTitle(QStringLiteral("pool")) << QStringList { QStringLiteral("pool.map") };
        QTest::newRow("nothing") << QStringLiteral("zebra") << QStringList {};
        QTest::newRow("empty shows all") << QString()
                                         << QStringList { QStringLiteral("threads.race"),
                                                QStringLiteral("threads.lock"), QStringLiteral("threads.semaphore"),
                                                QStringLiteral("pool.map") };
    }

    void testFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        ScenarioBrowser browser;
        QAbstractItemModelTester tester(browser.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setScenarios(m_list);
        browser.setFilterText(filter);
        QCOMPARE(visibleIds(browser.proxy()), expected);
    }

    void testChoosingEmitsOnce()
    {
        ScenarioBrowser browser;
        browser.setScenarios(m_list);
        browser.show();
        QSignalSpy chosen(&browser, &ScenarioBrowser::scenarioChosen);
        QVERIFY(browser.selectScenario(QStringLiteral("threads.lock")));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("threads.lock"));
        QCOMPARE(browser.currentScenario(), QStringLiteral("threads.lock"));
        QVERIFY(browser.selectScenario(QStringLiteral("threads.lock")));
        QCOMPARE(chosen.count(), 1);
        QVERIFY(!browser.selectScenario(QStringLiteral("nope")));

        // A click on a scenario row chooses it, like a user would.
        const QModelIndex index = browser.proxy()->mapFromSource(browser.model()->indexOf(QStringLiteral("pool.map")));
        const QRect rect = browser.view()->visualRect(index);
        QTest::mouseClick(browser.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(browser.currentScenario(), QStringLiteral("pool.map"));
    }

    void testFilteredOutCannotBeSelected()
    {
        ScenarioBrowser browser;
        browser.setScenarios(m_list);
        browser.setFilterText(QStringLiteral("pool"));
        QVERIFY(!browser.selectScenario(QStringLiteral("threads.race")));
        QVERIFY(browser.selectScenario(QStringLiteral("pool.map")));
    }
};

QTEST_MAIN(TestScenarioBrowser)
#include "tst_scenariobrowser.moc"
