// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/lanegroups.h"
#include "trace/trace.h"

#include <memory>
#include <vector>

namespace interleave {

// How many members of a lane group are in each state, column by column: one sweep over the
// members' state intervals (O(intervals in view + columns x states)), never per member per pixel.
// A column holds time averages: a member running for half of it counts 0.5 running. Terminal states
// (done, cancelled, failed) count from the moment they are reached to the end of the view.
class GroupDensity {
public:
    GroupDensity(const Trace& trace, const LaneGroups::Group& group, qreal start, qreal end, int columns);

    // Cached by trace, group, range and column count: the window repaints the same view many
    // times (the playhead moves) and a group may have 100,000 members.
    static std::shared_ptr<const GroupDensity> of(
        const Trace& trace, const LaneGroups& groups, int group, qreal start, qreal end, int columns);

    int columns() const { return m_columns; }
    int members() const { return m_members; }
    // Members (time-averaged over the column) in state s.
    float at(int column, State s) const { return m_counts[std::size_t(column) * StateCount + std::size_t(s)]; }

private:
    int m_columns = 0;
    int m_members = 0;
    std::vector<float> m_counts; // column-major: [column * StateCount + state]
};

} // namespace interleave
