// SPDX-License-Identifier: MIT
#pragma once

#include "trace/types.h"

#include <QColor>
#include <QRectF>

#include <vector>

class QPainter;

namespace interleave {

// How a state looks. Every state has a pattern besides its colour so that the picture reads in
// greyscale and for colour-blind people; the hues follow the Okabe-Ito palette.
class StateStyle {
public:
    enum class Pattern : quint8 {
        Solid, // running
        Outline, // runnable: pale, outlined
        CrossHatch, // blocked
        DiagonalHatch, // waiting
        HorizontalLines, // sleeping
        VerticalLines, // I/O
        Dots, // suspended
        EndDot, // done: a marker at the end of the lane
        EndCross, // cancelled, failed: an X at the end of the lane
    };

    QColor fill; // the bar
    QColor ink; // the pattern's lines and the marker
    QColor outline; // the thin frame around a bar
    Pattern pattern = Pattern::Solid;
    Qt::BrushStyle brushStyle = Qt::SolidPattern; // closest Qt brush, for widgets outside the timeline

    static StateStyle of(State s, bool dark);

    // Fills `r` with the state's colour and pattern as vector lines, so SVG and PDF stay crisp.
    // Patterns are anchored to the page, so neighbouring bars continue each other.
    // outline: draws the thin frame too (skip it on bars too narrow to show it).
    static void paintBar(QPainter& p, const QRectF& r, State s, bool dark, bool outline = true);
    // Many bars of state `s` with fill and pattern: a texture on screen and in PNGs, vector lines
    // in SVG and PDF.
    static void paintPatterns(QPainter& p, const std::vector<QRectF>& rects, State s, bool dark);
    // The end marker of done, cancelled and failed, centred on `centre`, `size` px across.
    static void paintEndMarker(QPainter& p, QPointF centre, qreal size, State s, bool dark);

    // Colours of the other things on the timeline.
    static QColor flowColor(FlowKind k, bool dark);
    static QColor instantColor(InstantKind k, bool dark);
    static QColor resourceColor(ResourceKind k, bool dark); // counters' step charts
    static QColor actorColor(int actor, bool dark); // a holder's identity on lock and permit bars
};

// Translated names for the legend.
QString flowKindLabel(FlowKind k);
QString instantKindLabel(InstantKind k);
QString resourceKindLabel(ResourceKind k);

} // namespace interleave
