// SPDX-License-Identifier: MIT
#include "timeline/rectfill.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>

namespace interleave {

void RectFill::fill(QPainter& p, const std::vector<QRectF>& rects, const QBrush& brush)
{
    const QPaintEngine* engine = p.paintEngine();
    // Qt's raster engine hands a blend of more than ~96 rows to its thread pool; for a small
    // translucent rectangle the hand-over costs far more than the blend. Cut those into bands.
    const bool split = engine && engine->type() == QPaintEngine::Raster && !brush.isOpaque();
    const qreal band = 64 / std::max<qreal>(1, p.device() ? p.device()->devicePixelRatioF() : 1);
    for (const QRectF& r : rects) {
        if (!split || r.height() <= band) {
            p.fillRect(r, brush);
            continue;
        }
        for (qreal y = r.top(); y < r.bottom(); y += band)
            p.fillRect(QRectF(r.left(), y, r.width(), std::min(band, r.bottom() - y)), brush);
    }
}

void RectFill::frame(QPainter& p, const std::vector<QRectF>& rects, const QColor& color)
{
    const QPaintEngine* engine = p.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster) {
        // Vector output: one outlined rectangle each, as a reader of the file expects.
        p.save();
        p.setPen(QPen(color, 1.0));
        p.setBrush(Qt::NoBrush);
        for (const QRectF& r : rects)
            p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        p.restore();
        return;
    }
    for (const QRectF& r : rects) {
        if (r.width() < 2 || r.height() < 2) {
            p.fillRect(r, color);
            continue;
        }
        p.fillRect(QRectF(r.left(), r.top(), r.width(), 1), color);
        p.fillRect(QRectF(r.left(), r.bottom() - 1, r.width(), 1), color);
        p.fillRect(QRectF(r.left(), r.top() + 1, 1, r.height() - 2), color);
        p.fillRect(QRectF(r.right() - 1, r.top() + 1, 1, r.height() - 2), color);
    }
}

} // namespace interleave
