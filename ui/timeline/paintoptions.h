// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QtGlobal>

namespace interleave {

// What the timeline shows besides the lanes. The window and the exporter fill this in.
struct PaintOptions {
    bool dark = false;
    bool showTitle = true; // scenario title and id
    bool showParams = true; // parameters and the outcome in plain words
    bool showLegend = true;
    bool briefLegend = false; // names alone, without their explanations (chosen by the layout when lanes are squeezed)
    bool showFlows = true;
    qint64 playhead = -1; // ns; drawn as a vertical line when >= 0
    qint64 selectionFrom = 0; // ns; a range shaded when selectionTo > selectionFrom
    qint64 selectionTo = 0;
    int selectedActor = -1; // its lane is highlighted
    qreal laneHeight = 0; // 0: lanes share the height available (export); > 0: fixed (a scrolling window)
    qreal scrollY = 0; // the lanes scroll under a fixed header and axis
    bool highQuality = false; // an exported picture: smoother lines where they cost more than a frame allows
    // Lane groups: actors that differ only by a number share one lane. Auto: when their own lanes
    // would be too thin to read at the size available.
    enum class Grouping : quint8 { Auto, Always, Never };
    Grouping grouping = Grouping::Auto;
    QStringList expandedGroups; // keys (LaneGroups::Group::key) of groups shown as their members' lanes
};

} // namespace interleave
