// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace interleave {

// Maps run time (ns) to x (pixels) and back for one horizontal strip. Plain data: the window, the
// exporter and the tests all use the same arithmetic. Times are doubles so that zooming around the
// cursor stays exact at the deepest zoom (1 ns per 100 px) and on long runs alike.
struct TimeMapping {
    static constexpr qreal MinNsPerPixel = 0.01; // 1 ns spread over 100 px: deeper says nothing

    qreal start = 0; // visible range, ns
    qreal end = 1;
    qreal left = 0; // pixel span, x of `start` and its width
    qreal width = 1;
    qreal limitStart = 0; // the run: never shown beyond it
    qreal limitEnd = 1;

    TimeMapping() = default;
    TimeMapping(qreal left, qreal width, qint64 duration);

    qreal mapTimeToX(qreal ns) const { return left + (ns - start) * width / span(); }
    qreal mapXToTime(qreal x) const { return start + (x - left) * span() / width; }
    qreal span() const { return end - start; }
    qreal nsPerPixel() const { return span() / width; }
    qreal right() const { return left + width; }

    void setPixelSpan(qreal left, qreal width);
    // Shows the whole run [0, duration] and makes it the limit.
    void fit(qint64 duration);
    // Shows [from, to], clamped to the limits and the deepest zoom.
    void setRange(qreal from, qreal to);
    // factor > 1 zooms in. The time under `x` stays under `x`, unless a limit is reached.
    void zoom(qreal factor, qreal x);
    // Moves the picture by dx pixels, as a drag does: dx > 0 brings earlier times into view.
    void pan(qreal dx);

    bool operator==(const TimeMapping&) const = default;

private:
    void clamp();
};

} // namespace interleave
