// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPointF>

class QPainter;

namespace interleave {

struct PaintContext;

// Arrows from cause to effect (release -> acquire, notify -> wake, spawn, join, ...). Beyond a few
// thousand in view the arrows give way to a density strip: a frame stays O(pixels).
class FlowPainter {
public:
    static constexpr std::size_t MaxArrows = 2000; // beyond: a density strip
    // With lane groups many flows share an arrow: up to this many are sorted into arrows, and the
    // strip is drawn only if more than MaxArrows arrows remain.
    static constexpr std::size_t MaxGroupedFlows = 250'000;
    static constexpr std::size_t RichArrows = 40; // up to: halos and dots...
    static constexpr qreal RichLength = 3000; // ...when their total length in px is no more (a wide halo is dear)

    static void paint(const PaintContext& ctx);
    // A thin arrow with a filled head at `to`. A halo in the background colour keeps it readable
    // where it crosses bars.
    static void paintArrow(QPainter& p, QPointF from, QPointF to, const QColor& color, qreal width = 1.3,
        const QColor& halo = Qt::transparent);
};

} // namespace interleave
