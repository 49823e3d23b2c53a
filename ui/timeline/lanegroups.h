// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace interleave {

// Actors that differ only by a number ("client-1" ... "client-200", "Task-17", "worker-4"), of one
// kind and one process: when there are too many lanes to read, the timeline shows each such family
// as one lane. Found once per trace and cached, like the LodIndex.
class LaneGroups {
public:
    // A family needs this many members to become a group: a pair reads fine as two lanes.
    static constexpr int MinMembers = 3;

    struct Group {
        QString key; // stable across a growing run: pid, kind and stem
        QString stem; // "client-"
        ActorKind kind = ActorKind::Thread;
        qint64 pid = 0;
        std::vector<int> members; // actors, in trace order
        qint64 lowest = 0; // the numbers the members' names end with
        qint64 highest = 0;
        QString lowestName; // "client-1"
        QString highestName; // "client-200"
        std::vector<quint32> instants; // of every member, sorted by time; indexes into trace.instants()
    };

    explicit LaneGroups(const Trace& trace);
    static std::shared_ptr<const LaneGroups> of(const Trace& trace);

    const std::vector<Group>& groups() const { return m_groups; }
    int groupOf(int actor) const; // -1: the actor has no siblings
    int find(const QString& key) const; // -1 when no group has that key

    // "client-1 … client-200 · 200 tasks", shortened to fit `width` in `font` when it is given.
    static QString label(const Group& g, const QFont* font = nullptr, qreal width = 0);
    // "200 tasks"
    static QString countText(const Group& g);
    // "client-1 … client-200", or "client-1…200" when that does not fit `width`, else elided.
    static QString range(const Group& g, const QFont* font = nullptr, qreal width = 0);
    // How many members are in each state at `t` (not started and ended ones are not counted, except
    // the terminal states, which count from the moment they are reached).
    std::array<int, StateCount> statesAt(const Trace& trace, int group, qint64 t) const;

private:
    std::vector<Group> m_groups;
    std::vector<int> m_groupOf;
};

} // namespace interleave
