// SPDX-License-Identifier: MIT
#include "scene/inspectormodel.h"

#include "scene/scenestyle.h"
#include "scene/scenetext.h"

namespace interleave {

namespace {

// internalId: 0 for the two groups, 1 + group for their rows, 3 + resource row for a resource's
// holder and waiter rows.
constexpr quintptr GroupId = 0;
constexpr quintptr ActorsGroup = 0;
constexpr quintptr ResourcesGroup = 1;
constexpr quintptr ActorRowId = 1;
constexpr quintptr ResourceRowId = 2;
constexpr quintptr ChildBase = 3;

} // namespace

InspectorModel::InspectorModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_index(std::make_shared<const SceneIndex>())
{
}

InspectorModel::~InspectorModel() = default;

void InspectorModel::setTrace(const Trace& trace)
{
    if (m_index->isOf(trace))
        return;
    auto next = SceneIndex::shared(trace);
    // A live run sends a longer trace every few frames; while its rows stay the same, update them in
    // place so the view keeps its selection, expansion and scroll position.
    if (next->trace().actors().size() == m_index->trace().actors().size()
        && next->shownResources() == m_index->shownResources() && !m_children.empty()) {
        m_index = std::move(next);
        setTime(m_snapshot.time);
        return;
    }
    beginResetModel();
    m_index = std::move(next);
    m_snapshot = SceneSnapshot::at(*m_index, 0);
    m_children.clear();
    for (int r : m_index->shownResources())
        m_children.push_back(childrenOf(m_snapshot, r));
    endResetModel();
}

const Trace& InspectorModel::trace() const
{
    return m_index->trace();
}

bool InspectorModel::hasTrace(const Trace& trace) const
{
    return m_index->isOf(trace);
}

void InspectorModel::setTime(qint64 t)
{
    SceneSnapshot next = SceneSnapshot::at(*m_index, t);
    const auto& shown = m_index->shownResources();
    // Holder and waiter rows come and go; the view keeps its expansion and selection when rows are
    // removed and inserted at the end rather than the model reset. The rows kept are refreshed after.
    for (std::size_t i = 0; i < shown.size(); ++i) {
        std::vector<Child> now = childrenOf(next, shown[i]);
        const int before = int(m_children[i].size());
        const int after = int(now.size());
        const QModelIndex parent = createIndex(int(i), 0, ResourceRowId);
        if (after < before) {
            beginRemoveRows(parent, after, before - 1);
            m_children[i].resize(std::size_t(after));
            endRemoveRows();
        } else if (after > before) {
            beginInsertRows(parent, before, after - 1);
            m_children[i].insert(m_children[i].end(), now.begin() + before, now.end());
            endInsertRows();
        }
        m_children[i] = std::move(now);
        if (after > 0)
            emit dataChanged(index(0, 0, parent), index(after - 1, ColumnCount - 1, parent));
    }
    m_snapshot = std::move(next);
    const int actors = rowCount(actorsIndex());
    if (actors > 0)
        emit dataChanged(index(0, 0, actorsIndex()), index(actors - 1, ColumnCount - 1, actorsIndex()));
    if (!shown.empty())
        emit dataChanged(
            index(0, 0, resourcesIndex()), index(int(shown.size()) - 1, ColumnCount - 1, resourcesIndex()));
}

void InspectorModel::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    const int actors = rowCount(actorsIndex());
    if (actors > 0)
        emit dataChanged(index(0, 0, actorsIndex()), index(actors - 1, 0, actorsIndex()), { Qt::DecorationRole });
}

QModelIndex InspectorModel::actorsIndex() const
{
    return createIndex(int(ActorsGroup), 0, GroupId);
}

QModelIndex InspectorModel::resourcesIndex() const
{
    return createIndex(int(ResourcesGroup), 0, GroupId);
}

std::vector<InspectorModel::Child> InspectorModel::childrenOf(const SceneSnapshot& s, int resource) const
{
    std::vector<Child> out;
    const ResourceSnapshot* r = s.resource(resource);
    if (!r)
        return out;
    for (const HolderSnapshot& h : r->holders)
        out.push_back({ h.actor, true, h.slot, h.since });
    for (std::size_t i = 0; i < r->waiters.size(); ++i) {
        const int a = r->waiters[i];
        out.push_back({ a, false, int(i), s.actors[std::size_t(a)].since });
    }
    return out;
}

QModelIndex InspectorModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    if (parent.internalId() == GroupId)
        return createIndex(row, column, parent.row() == int(ActorsGroup) ? ActorRowId : ResourceRowId);
    if (parent.internalId() == ResourceRowId)
        return createIndex(row, column, ChildBase + quintptr(parent.row()));
    return {};
}

QModelIndex InspectorModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == GroupId)
        return {};
    if (id == ActorRowId)
        return actorsIndex();
    if (id == ResourceRowId)
        return resourcesIndex();
    return createIndex(int(id - ChildBase), 0, ResourceRowId);
}

int InspectorModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == GroupId)
        return parent.row() == int(ActorsGroup) ? int(m_index->trace().actors().size())
                                                : int(m_index->shownResources().size());
    if (id == ResourceRowId && std::size_t(parent.row()) < m_children.size())
        return int(m_children[std::size_t(parent.row())].size());
    return 0;
}

int InspectorModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant InspectorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    if (id == GroupId) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return index.row() == int(ActorsGroup) ? tr("Actors") : tr("Resources");
        if (role == ActorRole || role == ResourceRole)
            return -1;
        return {};
    }
    if (id == ActorRowId)
        return actorData(index.row(), index.column(), role);
    if (id == ResourceRowId)
        return resourceData(index.row(), index.column(), role);
    return childData(int(id - ChildBase), index.row(), index.column(), role);
}

QVariant InspectorModel::actorData(int row, int column, int role) const
{
    const ActorSnapshot* a = m_snapshot.actor(row);
    if (!a)
        return {};
    const Trace& trace = m_index->trace();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return SceneText::actorName(trace, row);
        case StateColumn:
            return SceneText::stateWords(*a);
        case DetailColumn:
            return SceneText::actorDetail(*m_index, m_snapshot, row);
        case SinceColumn:
            return a->started ? tr("since %1").arg(SceneText::duration(a->since)) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return SceneText::actorDetail(*m_index, m_snapshot, row);
    case Qt::DecorationRole:
        if (column == NameColumn)
            return a->started ? SceneStyle::stateFill(a->state, m_dark) : SceneStyle::notStartedFill(m_dark);
        return {};
    case ActorRole:
        return row;
    case ResourceRole:
        return a->waitsOn;
    case StateRole:
        return a->started ? int(a->state) : -1;
    }
    return {};
}

QVariant InspectorModel::resourceData(int row, int column, int role) const
{
    const auto& shown = m_index->shownResources();
    if (row < 0 || std::size_t(row) >= shown.size())
        return {};
    const int r = shown[std::size_t(row)];
    const Trace& trace = m_index->trace();
    const ResourceSnapshot& rs = m_snapshot.resources[std::size_t(r)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return SceneText::resourceName(trace, r);
        case StateColumn:
            return SceneText::kindWord(rs.kind);
        case DetailColumn: {
            const QString status = SceneText::resourceStatus(*m_index, m_snapshot, r);
            if (rs.waiters.empty() || rs.kind == ResourceKind::Condition)
                return status;
            return tr("%1; %n waiting", nullptr, int(rs.waiters.size())).arg(status);
        }
        case SinceColumn:
            return rs.holders.size() == 1 ? tr("since %1").arg(SceneText::duration(rs.holders.front().since))
                                          : QString();
        }
        return {};
    case Qt::ToolTipRole: {
        const QString waiters = SceneText::waiterList(trace, rs);
        const QString status = SceneText::resourceStatus(*m_index, m_snapshot, r);
        return waiters.isEmpty() ? status : tr("%1; waiting, in order: %2").arg(status, waiters);
    }
    case ActorRole:
        return -1;
    case ResourceRole:
        return r;
    }
    return {};
}

QVariant InspectorModel::childData(int resourceRow, int row, int column, int role) const
{
    if (resourceRow < 0 || std::size_t(resourceRow) >= m_children.size())
        return {};
    const auto& children = m_children[std::size_t(resourceRow)];
    if (row < 0 || std::size_t(row) >= children.size())
        return {};
    const Child& c = children[std::size_t(row)];
    const int r = m_index->shownResources()[std::size_t(resourceRow)];
    const ResourceSnapshot& rs = m_snapshot.resources[std::size_t(r)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return SceneText::actorName(m_index->trace(), c.actor);
        case StateColumn:
            if (!c.holder)
                return SceneText::queueSpot(c.position);
            if (rs.kind == ResourceKind::Semaphore)
                return tr("holds permit %1").arg(c.position + 1);
            if (rs.kind == ResourceKind::RMutex && rs.depth > 1)
                return tr("holds it, %1 levels deep").arg(rs.depth);
            return tr("holds it");
        case DetailColumn: {
            const ActorSnapshot* a = m_snapshot.actor(c.actor);
            return a ? SceneText::stateWords(*a) : QString();
        }
        case SinceColumn:
            return tr("since %1").arg(SceneText::duration(c.since));
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn) {
            const ActorSnapshot* a = m_snapshot.actor(c.actor);
            return a ? SceneStyle::stateFill(a->state, m_dark) : QVariant();
        }
        return {};
    case ActorRole:
        return c.actor;
    case ResourceRole:
        return r;
    }
    return {};
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Details");
    case SinceColumn:
        return tr("Since");
    }
    return {};
}

} // namespace interleave
