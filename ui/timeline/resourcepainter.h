// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinelayout.h"

#include <optional>

namespace interleave {

class BarBatch;
struct PaintContext;

// Resource lanes: who holds a lock (a bar in the holder's colour, the holder's name on it), the
// permits of a semaphore (one bar row per permit, the free permits as a step chart under them),
// and counters as step charts.
class ResourcePainter {
public:
    // Every visible resource row: hold bars in batches, then the step charts.
    static void paintAll(const PaintContext& ctx);
    static void paintName(const PaintContext& ctx, const TimelineLayout::Row& row, const QRectF& rect);
    // What the resource is, under its name: "lock", "semaphore, permits: 2", "shared value".
    static QString kindText(const ResourceInfo& info);
    // The values at the bottom and top of a resource's chart.
    static std::pair<qint64, qint64> chartScale(const PaintContext& ctx, int resource);
    // The outcome's expected value when this counter is the one the outcome talks about.
    static std::optional<qint64> expectedValue(const Trace& trace, int resource);

private:
    struct HoldLabel {
        QRectF bar;
        int actor;
    };
    static void collectSlot(const PaintContext& ctx, int resource, const std::vector<quint32>& slot, const QRectF& band,
        BarBatch& batch, std::vector<HoldLabel>& labels);
};

} // namespace interleave
