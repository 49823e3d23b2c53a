// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>

namespace interleave {

// Colours and fonts of everything on the timeline that is not a state: background, text, grid.
// Sizes are in pixels so that PNG, SVG and PDF agree whatever their resolution.
struct TimelineTheme {
    bool dark = false;
    QColor background;
    QColor laneAlternate; // every other lane, to guide the eye along a row
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor separator;
    QColor accent; // the playhead
    QColor selection;
    QColor bad; // outcome lines that report a failure: lost updates, deadlock
    QColor good;
    QColor labelBackground; // behind text written over a patterned bar
    QColor busy; // a lock or permit held by several holders within one pixel

    static TimelineTheme lightTheme();
    static TimelineTheme darkTheme();
    static TimelineTheme of(bool dark) { return dark ? darkTheme() : lightTheme(); }

    static QFont font(qreal pixelSize, bool bold = false);
};

} // namespace interleave
