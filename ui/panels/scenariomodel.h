// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>

#include <vector>

namespace interleave {

class Scenario;

// The scenarios as a two-level tree: categories (in the order they first appear) and their
// scenarios (in catalog order). Read-only.
class ScenarioModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // scenario id; empty on a category row
        SearchTextRole, // what the filter box matches: title, id, summary, category
    };

    explicit ScenarioModel(QObject* parent = nullptr);

    void setScenarios(const std::vector<const Scenario*>& scenarios);
    QModelIndex indexOf(const QString& id) const; // invalid when unknown

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Category {
        QString id;
        QString title;
        std::vector<const Scenario*> scenarios;
    };
    std::vector<Category> m_categories;
};

} // namespace interleave
