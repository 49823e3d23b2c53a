// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/statestyle.h"
#include "trace/types.h"

#include <QColor>
#include <QRectF>

#include <array>
#include <vector>

class QPainter;

namespace interleave {

// Collects the bars of a frame and draws them with one call per colour and kind instead of a few
// calls per bar: a frame at mid zoom has thousands of bars. Bars never overlap, so the order of
// drawing does not matter.
class BarBatch {
public:
    explicit BarBatch(bool dark);

    // A state bar; `outline` draws its thin frame (too narrow a bar shows only its colour).
    void addState(const QRectF& r, State s, bool outline);
    // A bar in a plain colour (a lock's holder), with an optional frame.
    void addPlain(const QRectF& r, const QColor& fill, const QColor& frame = Qt::transparent);
    void paint(QPainter& p);

private:
    struct Group {
        QColor fill;
        QColor frame;
        std::vector<QRectF> rects;
        std::vector<QRectF> framed;
    };
    bool m_dark;
    std::array<StateStyle::Pattern, StateCount> m_pattern {};
    std::array<std::vector<QRectF>, StateCount> m_fill;
    std::array<std::vector<QRectF>, StateCount> m_patterned;
    std::array<std::vector<QRectF>, StateCount> m_outlined;
    std::vector<Group> m_plain;
};

} // namespace interleave
