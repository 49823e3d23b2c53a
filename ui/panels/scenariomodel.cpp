// SPDX-License-Identifier: MIT
#include "panels/scenariomodel.h"

#include "engine/scenario.h"

namespace interleave {

// Internal ids: 0 marks a category row; n > 0 a scenario row in category n - 1.

ScenarioModel::ScenarioModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void ScenarioModel::setScenarios(const std::vector<const Scenario*>& scenarios)
{
    beginResetModel();
    m_categories.clear();
    for (const Scenario* s : scenarios) {
        auto it = std::find_if(
            m_categories.begin(), m_categories.end(), [&](const Category& c) { return c.id == s->category(); });
        if (it == m_categories.end()) {
            m_categories.push_back({ s->category(), categoryTitle(s->category()), {} });
            it = m_categories.end() - 1;
        }
        it->scenarios.push_back(s);
    }
    endResetModel();
}

QModelIndex ScenarioModel::indexOf(const QString& id) const
{
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        const auto& list = m_categories[c].scenarios;
        for (std::size_t r = 0; r < list.size(); ++r)
            if (list[r]->id() == id)
                return createIndex(int(r), 0, quintptr(c + 1));
    }
    return {};
}

QModelIndex ScenarioModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScenarioModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ScenarioModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_categories[std::size_t(parent.row())].scenarios.size());
}

int ScenarioModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ScenarioModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Category& c = m_categories[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return c.title;
        case SearchTextRole:
            return QString(c.title + QLatin1Char(' ') + c.id);
        case IdRole:
            return QString();
        default:
            return {};
        }
    }
    const Scenario* s = m_categories[std::size_t(index.internalId() - 1)].scenarios[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return s->title();
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b><br>%2<br><code>%3</code>")
            .arg(s->title().toHtmlEscaped(), s->summary().toHtmlEscaped(), s->id());
    case Qt::StatusTipRole:
        return s->summary();
    case IdRole:
        return s->id();
    case SearchTextRole:
        return QStringList { s->title(), s->id(), s->summary(), s->category() }.join(QLatin1Char(' '));
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled; // a category is a heading, not a choice
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace interleave
