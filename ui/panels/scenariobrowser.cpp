// SPDX-License-Identifier: MIT
#include "panels/scenariobrowser.h"

#include "panels/scenariomodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace interleave {

ScenarioBrowser::ScenarioBrowser(QWidget* parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("scenarioFilter"));
    m_filter->setPlaceholderText(tr("Filter scenarios"));
    m_filter->setClearButtonEnabled(true);

    m_model = new ScenarioModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ScenarioModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // typing a category name lists all of it

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("scenarioTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAnimated(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScenarioBrowser::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(ScenarioModel::IdRole).toString();
        if (!id.isEmpty())
            emit runRequested(id);
    });
}

void ScenarioBrowser::setScenarios(const std::vector<const Scenario*>& scenarios)
{
    m_model->setScenarios(scenarios);
    m_view->expandAll();
    m_current.clear();
}

QString ScenarioBrowser::currentScenario() const
{
    return m_current;
}

bool ScenarioBrowser::selectScenario(const QString& id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ScenarioBrowser::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

QString ScenarioBrowser::filterText() const
{
    return m_filter->text();
}

void ScenarioBrowser::onCurrentChanged()
{
    const QString id = m_view->currentIndex().data(ScenarioModel::IdRole).toString();
    if (id.isEmpty() || id == m_current)
        return;
    m_current = id;
    emit scenarioChosen(id);
}

} // namespace interleave
