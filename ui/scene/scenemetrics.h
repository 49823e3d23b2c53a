// SPDX-License-Identifier: MIT
#pragma once

// The sizes every scene layout derives from its token radius (the thread cards and the family scenes
// alike), so all pictures read at the same scale.

#include "trace/trace.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPointF>

#include <algorithm>
#include <cmath>

namespace interleave {

// Token cells: a token of radius r with its name under it.
struct SceneMetrics {
    qreal r, pad, pitchX, pitchY, labelPx, titlePx, captionH, headerH, gap;
    bool names;
};

inline SceneMetrics metricsFor(qreal r, const Trace& trace)
{
    SceneMetrics m {};
    m.r = r;
    m.labelPx = std::clamp(r * 0.55, 9.0, 13.0);
    m.titlePx = std::clamp(r * 0.62, 10.0, 15.0);
    m.pad = std::max(6.0, r * 0.45);
    // Wide enough for the names under the tokens (very long ones are shortened when drawn).
    QFont font;
    font.setPixelSize(int(std::lround(m.labelPx)));
    const QFontMetricsF fm(font);
    qreal nameW = 0;
    if (r >= 6) {
        for (const ActorInfo& a : trace.actors())
            nameW = std::max(nameW, fm.horizontalAdvance(a.name));
    }
    // Crowds (hundreds of threads) get dots without names: names would only overlap.
    m.names = r >= 6;
    m.pitchX = m.names ? std::max(2.6 * r, std::min(nameW, 5.5 * m.labelPx) + 6) : 2.6 * r;
    m.pitchY = m.names ? 2.6 * r + m.labelPx + 2 : 2.6 * r;
    m.captionH = m.labelPx * 1.7;
    m.headerH = m.titlePx * 1.45 + m.labelPx * 1.5;
    m.gap = std::max(6.0, r * 0.5);
    return m;
}

// The centre of the token in cell (col, row) of a grid whose cells start at `origin`.
inline QPointF cellCentre(const SceneMetrics& m, QPointF origin, int col, int row)
{
    return { origin.x() + (col + 0.5) * m.pitchX, origin.y() + row * m.pitchY + 0.3 * m.r + m.r };
}

inline int ceilDiv(int a, int b)
{
    return b > 0 ? (a + b - 1) / b : a;
}

} // namespace interleave
