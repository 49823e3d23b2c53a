// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinelayout.h"

class QPainter;

namespace interleave {

struct PaintContext;

// Row backgrounds, the name column, and each actor's state bars. Bars narrower than
// PaintContext::MergeWidth merge and show the worst state among them.
class LanePainter {
public:
    static void paintBackgrounds(const PaintContext& ctx);
    static void paintNames(const PaintContext& ctx);
    static void paintActor(const PaintContext& ctx, const TimelineLayout::Row& row);
    // An hourglass, the sign for "waits for", in a box of `size` px at `topLeft`.
    static void paintHourglass(QPainter& p, QPointF topLeft, qreal size, const QColor& color);
};

} // namespace interleave
