// SPDX-License-Identifier: MIT
#include "timeline/groupdensity.h"

#include "timeline/tracecache.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace interleave {

namespace {

struct DensityKey {
    int group = -1;
    qreal start = 0;
    qreal end = 0;
    int columns = 0;
    bool operator==(const DensityKey&) const = default;
};

TraceCache<GroupDensity, DensityKey>& cache()
{
    static TraceCache<GroupDensity, DensityKey> c(16); // a few groups of the window's view and of an export
    return c;
}

} // namespace

GroupDensity::GroupDensity(const Trace& trace, const LaneGroups::Group& group, qreal start, qreal end, int columns)
    : m_columns(std::max(columns, 0))
    , m_members(int(group.members.size()))
{
    const std::size_t n = std::size_t(m_columns);
    m_counts.assign(n * StateCount, 0.0f);
    if (n == 0 || end <= start)
        return;
    // Whole columns covered go into a difference array; the two partial columns at the ends of an
    // interval take their share directly.
    std::vector<float> diff((n + 1) * StateCount, 0.0f);
    const qreal perColumn = (end - start) / qreal(n);
    const auto column = [&](qreal t) { return std::clamp((t - start) / perColumn, 0.0, qreal(n)); };
    const auto add = [&](qreal from, qreal to, State s) {
        const qreal c0 = column(from), c1 = column(to);
        if (c1 <= c0)
            return;
        const auto k = std::size_t(s);
        const auto i0 = std::size_t(c0), i1 = std::size_t(c1);
        if (i0 == i1) {
            m_counts[i0 * StateCount + k] += float(c1 - c0);
            return;
        }
        m_counts[i0 * StateCount + k] += float(qreal(i0 + 1) - c0);
        diff[(i0 + 1) * StateCount + k] += 1;
        diff[i1 * StateCount + k] -= 1;
        if (i1 < n)
            m_counts[i1 * StateCount + k] += float(c1 - qreal(i1));
    };
    for (int m : group.members) {
        const auto& lane = trace.states(m);
        if (lane.empty())
            continue;
        const bool ends = isTerminal(lane.back().state);
        const auto last = lane.end() - (ends ? 1 : 0);
        auto it = std::partition_point(
            lane.begin(), last, [start](const StateInterval& s) { return qreal(s.end) <= start; });
        for (; it != last && qreal(it->start) < end; ++it)
            add(qreal(it->start), qreal(it->end), it->state);
        if (ends && qreal(lane.back().start) < end)
            add(qreal(lane.back().start), end, lane.back().state);
    }
    std::array<float, StateCount> run {};
    for (std::size_t c = 0; c < n; ++c) {
        for (std::size_t k = 0; k < std::size_t(StateCount); ++k) {
            run[k] += diff[c * StateCount + k];
            m_counts[c * StateCount + k] += run[k];
        }
    }
}

std::shared_ptr<const GroupDensity> GroupDensity::of(
    const Trace& trace, const LaneGroups& groups, int group, qreal start, qreal end, int columns)
{
    return cache().get(trace, DensityKey { group, start, end, columns }, [&] {
        return std::make_shared<const GroupDensity>(trace, groups.groups()[std::size_t(group)], start, end, columns);
    });
}

} // namespace interleave
