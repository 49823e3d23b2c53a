// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/paintoptions.h"
#include "timeline/timelinelayout.h"
#include "timeline/timemapping.h"
#include "trace/trace.h"

#include <QRectF>

class QPainter;

namespace interleave {

// The one routine that draws a run: the window, PNG, SVG and PDF all call it. Usage:
//   const auto layout = TimelinePainter::layout(rect, trace, options);
//   mapping.setPixelSpan(layout.plotRect.left(), layout.plotRect.width());
//   TimelinePainter::paint(painter, rect, trace, mapping, options, &layout);
// and layout.hitTest() for what is under the mouse. A frame costs O(pixels): intervals merge below
// two pixels through the trace's LodIndex, built on first use.
class TimelinePainter {
public:
    static TimelineLayout layout(const QRectF& target, const Trace& trace, const PaintOptions& options);
    // Draws the mapping's time range into `target`. Without `layout`, one is computed; either way
    // the mapping's pixel span is taken from the layout's plot area.
    static void paint(QPainter& painter, const QRectF& target, const Trace& trace, const TimeMapping& mapping,
        const PaintOptions& options, const TimelineLayout* layout = nullptr);
};

} // namespace interleave
