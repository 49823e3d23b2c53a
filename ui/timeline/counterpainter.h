// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QRectF>

#include <optional>

namespace interleave {

struct PaintContext;

// A counter (a shared value, free permits, a queue's length) as a step chart: min and max per pixel
// column, the value written at both edges, and on a shared counter the writes that lost an update.
class CounterPainter {
public:
    struct Chart {
        int resource = -1;
        QRectF rect;
        qint64 low = 0; // value at the bottom of rect
        qint64 high = 1; // value at the top
        QColor color;
        std::optional<qint64> expected; // a dashed target line ("expected 4,000")
        QString emptyLabel; // when set, stretches at zero or below are shaded and labelled ("none free")
    };
    static void paint(const PaintContext& ctx, const Chart& chart);
};

} // namespace interleave
