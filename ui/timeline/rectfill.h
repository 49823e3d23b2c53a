// SPDX-License-Identifier: MIT
#pragma once

#include <QBrush>
#include <QRectF>

#include <vector>

class QPainter;

namespace interleave {

// Many axis-aligned rectangles, fast. QPainter::fillRect takes the raster engine's direct path,
// where drawRects() goes through the general rasteriser, one allocation-heavy fill per rectangle.
class RectFill {
public:
    static void fill(QPainter& p, const std::vector<QRectF>& rects, const QBrush& brush);
    static void fill(QPainter& p, const QRectF& rect, const QBrush& brush) { fill(p, std::vector<QRectF> { rect }, brush); }
    // 1 px frames just inside each rectangle.
    static void frame(QPainter& p, const std::vector<QRectF>& rects, const QColor& color);
};

} // namespace interleave
