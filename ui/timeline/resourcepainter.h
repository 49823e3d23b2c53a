// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinelayout.h"

#include <optional>

namespace interleave {

struct PaintContext;

// Resource lanes: who holds a lock (a bar in the holder's colour, the holder's name on it), the
// permits of a semaphore (one bar row per permit, the free permits as a step chart under them),
// and counters as step charts.
class ResourcePainter {
public:
    static void paint(const PaintContext& ctx, const TimelineLayout::Row& row);
    static void paintName(const PaintContext& ctx, const TimelineLayout::Row& row, const QRectF& rect);
    // The values at the bottom and top of a resource's chart.
    static std::pair<qint64, qint64> chartScale(const PaintContext& ctx, int resource);
    // The outcome's expected value when this counter is the one the outcome talks about.
    static std::optional<qint64> expectedValue(const Trace& trace, int resource);

private:
    static void paintSlot(const PaintContext& ctx, int resource, const std::vector<quint32>& slot, const QRectF& band);
};

} // namespace interleave
