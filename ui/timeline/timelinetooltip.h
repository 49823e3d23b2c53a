// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinelayout.h"
#include "timeline/timemapping.h"
#include "trace/trace.h"

#include <QString>

namespace interleave {

// What the timeline says about the thing under the mouse, in words: a state and what it waits for
// (and who holds that), a hold and its holder, a counter's value, an instant's text. Times use the
// axis's units at the current zoom. Plain text, one fact per line; the first line names the thing.
class TimelineToolTip {
public:
    static QString text(const TimelineHit& hit, const Trace& trace, const TimeMapping& mapping);
    // The same as rich text for QToolTip: names are escaped, the first line bold.
    static QString toRichText(const QString& plain);
    // A time at the precision of one pixel, in the unit the axis uses near that zoom.
    static QString time(qint64 ns, const TimeMapping& mapping);
};

} // namespace interleave
