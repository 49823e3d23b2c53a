// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinelayout.h"

#include <QRectF>

#include <array>

namespace interleave {

struct PaintContext;

// A lane group's lane: for each pixel column, the share of its members in each state, stacked in
// the states' colours (running at the bottom), so that "most clients are suspended here, a few
// run" reads at a glance; members that have ended show as a pale band above.
class GroupPainter {
public:
    // The order of the stack, bottom up: running first, the states that wait above it.
    static constexpr std::array<State, 7> Stack { State::Running, State::Runnable, State::Io, State::Blocked,
        State::Waiting, State::Sleeping, State::Suspended };

    static void paintDensities(const PaintContext& ctx);
    // The disclosure marker, the label ("client-1 … client-200 · 200 tasks") and the kinds.
    static void paintName(const PaintContext& ctx, const TimelineLayout::Row& row, QRectF r, qreal fontSize);

private:
    static void paintDensity(const PaintContext& ctx, const TimelineLayout::Row& row);
};

} // namespace interleave
