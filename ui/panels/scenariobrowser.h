// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <vector>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace interleave {

class Scenario;
class ScenarioModel;

// The scenario catalog as a tree by category, with a filter box that matches titles, ids and
// summaries (a category stays visible while one of its scenarios matches).
class ScenarioBrowser : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioBrowser(QWidget* parent = nullptr);

    void setScenarios(const std::vector<const Scenario*>& scenarios);
    QString currentScenario() const; // empty when none is chosen
    bool selectScenario(const QString& id); // false when unknown or filtered out

    void setFilterText(const QString& text);
    QString filterText() const;

    QTreeView* view() const { return m_view; }
    ScenarioModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

signals:
    void scenarioChosen(const QString& id); // the selection moved to a scenario
    void runRequested(const QString& id); // double-click or Enter on a scenario

private:
    void onCurrentChanged();

    QLineEdit* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    ScenarioModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QString m_current;
};

} // namespace interleave
