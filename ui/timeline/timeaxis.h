// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timemapping.h"

#include <QString>

#include <vector>

namespace interleave {

struct Tick {
    qreal time = 0; // ns
    qreal x = 0;
    QString label; // empty on minor ticks
    bool major = true;
};

// Ticks at 1, 2 or 5 x 10^k ns, labelled in the unit the step calls for: "0 ms", "250 ms", "1.5 s",
// "20 µs". The unit symbols are SI and not translated.
class TimeAxis {
public:
    // The smallest 1/2/5 step at least `minSpacingPx` apart on screen.
    static qint64 stepFor(const TimeMapping& mapping, qreal minSpacingPx);
    // Major ticks every `step` inside the visible range, with minor ticks between when they are at
    // least 8 px apart.
    static std::vector<Tick> ticks(const TimeMapping& mapping, qint64 step);
    // "1.5 s" for 1500000000 with a 500 ms step: the unit is the largest one the step is at least
    // half of, with the decimals the step needs.
    static QString label(qreal timeNs, qint64 stepNs);
    // A duration for people: "2.35 s", "120 ms", "15 µs", "800 ns" (three significant digits).
    static QString duration(qreal ns);
};

} // namespace interleave
