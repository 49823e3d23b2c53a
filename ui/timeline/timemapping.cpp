// SPDX-License-Identifier: MIT
#include "timeline/timemapping.h"

#include <algorithm>

namespace interleave {

TimeMapping::TimeMapping(qreal left, qreal width, qint64 duration)
{
    setPixelSpan(left, width);
    fit(duration);
}

void TimeMapping::setPixelSpan(qreal l, qreal w)
{
    left = l;
    width = std::max<qreal>(w, 1);
    clamp();
}

void TimeMapping::fit(qint64 duration)
{
    limitStart = 0;
    limitEnd = qreal(std::max<qint64>(duration, 0));
    start = limitStart;
    end = limitEnd;
    clamp();
}

void TimeMapping::setRange(qreal from, qreal to)
{
    if (to < from)
        std::swap(from, to);
    start = from;
    end = to;
    clamp();
}

void TimeMapping::zoom(qreal factor, qreal x)
{
    if (!(factor > 0))
        return;
    const qreal anchor = mapXToTime(x);
    const qreal minSpan = MinNsPerPixel * width;
    const qreal maxSpan = std::max(limitEnd - limitStart, minSpan);
    const qreal newSpan = std::clamp(span() / factor, minSpan, maxSpan);
    // Keep `anchor` at the same fraction of the width.
    const qreal fraction = (x - left) / width;
    start = anchor - fraction * newSpan;
    end = start + newSpan;
    clamp();
}

void TimeMapping::pan(qreal dx)
{
    const qreal dt = dx * nsPerPixel();
    start -= dt;
    end -= dt;
    clamp();
}

void TimeMapping::clamp()
{
    if (limitEnd < limitStart)
        std::swap(limitStart, limitEnd);
    const qreal minSpan = MinNsPerPixel * width;
    const qreal limitSpan = limitEnd - limitStart;
    qreal s = std::max(end - start, minSpan);
    if (s > limitSpan)
        s = std::max(limitSpan, minSpan);
    // A run shorter than the deepest zoom is centred rather than stretched past the limit.
    if (s > limitSpan) {
        const qreal mid = (limitStart + limitEnd) / 2;
        start = mid - s / 2;
        end = start + s;
        return;
    }
    if (end - start != s) {
        const qreal mid = (start + end) / 2;
        start = mid - s / 2;
    }
    start = std::clamp(start, limitStart, limitEnd - s);
    end = start + s;
}

} // namespace interleave
