// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinelayout.h"

#include <utility>
#include <vector>

class QPainter;

namespace interleave {

class BarBatch;
struct StateInterval;
struct PaintContext;

// Row backgrounds, the name column, and each actor's state bars. Bars narrower than
// PaintContext::MergeWidth merge and show the worst state among them.
class LanePainter {
public:
    static void paintBackgrounds(const PaintContext& ctx);
    static void paintNames(const PaintContext& ctx);
    // A process's heading ("process X (pid N)"), which runs on over the plot: after the arrows, on the
    // background, so that no arrow crosses its words.
    static void paintProcessHeadings(const PaintContext& ctx);
    // Every visible actor's state bars, drawn in batches.
    static void paintActors(const PaintContext& ctx);
    // Done, cancelled and failed marks at the ends of the lanes, over the arrows.
    static void paintEndMarkers(const PaintContext& ctx);
    // An hourglass, the sign for "waits for", in a box of `size` px at `topLeft`.
    static void paintHourglass(QPainter& p, QPointF topLeft, qreal size, const QColor& color);

private:
    static void collectActor(const PaintContext& ctx, const TimelineLayout::Row& row, BarBatch& batch,
        std::vector<std::pair<QRectF, const StateInterval*>>& labels);
};

} // namespace interleave
