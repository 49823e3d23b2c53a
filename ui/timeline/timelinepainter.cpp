// SPDX-License-Identifier: MIT
#include "timeline/timelinepainter.h"

#include "timeline/axispainter.h"
#include "timeline/flowpainter.h"
#include "timeline/grouppainter.h"
#include "timeline/headerpainter.h"
#include "timeline/instantpainter.h"
#include "timeline/lanepainter.h"
#include "timeline/legendpainter.h"
#include "timeline/paintcontext.h"
#include "timeline/resourcepainter.h"

#include <QPainter>

namespace interleave {

TimelineLayout TimelinePainter::layout(const QRectF& target, const Trace& trace, const PaintOptions& options)
{
    return TimelineLayout::compute(target, trace, options);
}

void TimelinePainter::paint(QPainter& painter, const QRectF& target, const Trace& trace, const TimeMapping& mapping,
    const PaintOptions& options, const TimelineLayout* given)
{
    const TimelineLayout computed = given ? TimelineLayout() : layout(target, trace, options);
    const TimelineLayout& L = given ? *given : computed;
    TimeMapping map = mapping;
    if (L.plotRect.width() > 0) {
        map.left = L.plotRect.left();
        map.width = L.plotRect.width();
    }
    const TimelineTheme theme = TimelineTheme::of(options.dark);
    const auto lod = LodIndex::of(trace);
    const PaintContext ctx { painter, trace, map, L, theme, *lod, options };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(target);
    painter.fillRect(target, theme.background);

    HeaderPainter::paint(ctx);
    LanePainter::paintBackgrounds(ctx);
    const auto ticks = AxisPainter::ticks(map);
    AxisPainter::paintGrid(ctx, ticks);
    AxisPainter::paintSelection(ctx);

    LanePainter::paintActors(ctx);
    GroupPainter::paintDensities(ctx);
    ResourcePainter::paintAll(ctx);
    LanePainter::paintNames(ctx);
    FlowPainter::paint(ctx);
    LanePainter::paintProcessHeadings(ctx);
    LanePainter::paintEndMarkers(ctx);
    InstantPainter::paint(ctx);
    InstantPainter::paintAnnotations(ctx);
    AxisPainter::paintAxis(ctx, ticks);
    AxisPainter::paintPlayhead(ctx);
    LegendPainter::paint(ctx);
    painter.restore();
}

} // namespace interleave
