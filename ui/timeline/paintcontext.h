// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/lodindex.h"
#include "timeline/paintoptions.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinetheme.h"
#include "timeline/timemapping.h"

class QPainter;

namespace interleave {

// Everything the parts of one frame share. The mapping's pixel span is the layout's plot area.
struct PaintContext {
    QPainter& p;
    const Trace& trace;
    const TimeMapping& map;
    const TimelineLayout& layout;
    const TimelineTheme& theme;
    const LodIndex& lod;
    const PaintOptions& options;

    // Narrower than this, neighbouring segments merge and the worst state wins.
    static constexpr qreal MergeWidth = 2.0;
};

} // namespace interleave
