// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenesnapshot.h"

#include <QAbstractItemModel>

#include <memory>

namespace interleave {

// The state of everything at the playhead, as a tree:
//   Actors     - one row per actor: name | state | what it waits for and who holds that | since
//   Resources  - one row per resource: name | kind | status (holders, permits, value) | waiting
//       holder and waiter rows under each resource, waiters in queue order
class InspectorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, DetailColumn, SinceColumn, ColumnCount };
    enum Role {
        ActorRole = Qt::UserRole + 1, // int: the actor of the row, or -1
        ResourceRole, // int: the resource of the row (or of its parent), or -1
        StateRole, // int (State): an actor row's state
    };

    explicit InspectorModel(QObject* parent = nullptr);
    ~InspectorModel() override;

    void setTrace(const Trace& trace);
    const Trace& trace() const;
    bool hasTrace(const Trace& trace) const; // the same trace data (no reset needed)
    void setTime(qint64 t);
    qint64 time() const { return m_snapshot.time; }
    void setDark(bool dark);
    const SceneSnapshot& snapshot() const { return m_snapshot; }

    QModelIndex actorsIndex() const; // the "Actors" group
    QModelIndex resourcesIndex() const; // the "Resources" group

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Child {
        int actor = -1;
        bool holder = false;
        int position = 0; // slot for a holder, place in line for a waiter
        qint64 since = 0;
    };
    std::vector<Child> childrenOf(const SceneSnapshot& s, int resource) const;
    QVariant actorData(int row, int column, int role) const;
    QVariant resourceData(int row, int column, int role) const;
    QVariant childData(int resourceRow, int row, int column, int role) const;

    std::shared_ptr<const SceneIndex> m_index; // shared with the other views of the same trace
    SceneSnapshot m_snapshot;
    std::vector<std::vector<Child>> m_children; // per shown resource
    bool m_dark = false;
};

} // namespace interleave
