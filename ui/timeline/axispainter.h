// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timeaxis.h"

#include <vector>

namespace interleave {

struct PaintContext;

// The time axis above the lanes, the grid through them, the selected range and the playhead.
class AxisPainter {
public:
    // Ticks whose labels never overlap at the current zoom.
    static std::vector<Tick> ticks(const TimeMapping& map);
    static void paintGrid(const PaintContext& ctx, const std::vector<Tick>& ticks);
    static void paintAxis(const PaintContext& ctx, const std::vector<Tick>& ticks);
    static void paintSelection(const PaintContext& ctx);
    static void paintPlayhead(const PaintContext& ctx);
};

} // namespace interleave
