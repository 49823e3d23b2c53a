// SPDX-License-Identifier: MIT
#pragma once

// The TimelineView's private state, shared by its two halves: timelineview.cpp (the trace, the
// layout, zoom and painting) and timelineviewinput.cpp (mouse, wheel and keys).

#include "playback/playback.h"
#include "timeline/paintoptions.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelineview.h"
#include "timeline/timemapping.h"

#include <QPointer>

class QScrollBar;

namespace interleave {

struct TimelineView::Impl {
    // Below this the lanes stop shrinking to fit and scroll instead: names and bars stay readable.
    static constexpr qreal MinLaneHeight = 18;
    // Up to this many actors every one keeps its own lane and the lanes scroll; beyond, families
    // ("client-1" ... "client-200") share a lane when their own would be too thin to fit.
    static constexpr std::size_t MaxScrollingLanes = 64;
    static constexpr qreal PlayheadGrab = 4; // px either side of the playhead that grab it
    static constexpr qreal WheelZoomPerNotch = 1.25;
    static constexpr qreal KeyZoom = 2;
    static constexpr int HBarUnits = 1'000'000; // the run's length on the horizontal bar

    enum class Drag { None, Press, Pan, Scrub, Select };

    explicit Impl(TimelineView* view);

    TimelineView* q;
    Trace trace;
    QPointer<Playback> playback;
    PaintOptions options;
    TimeMapping map;
    TimelineLayout layout;
    bool layoutValid = false;
    QSize layoutSize;
    bool scrolling = false; // the lanes are taller than the view
    QScrollBar* vbar = nullptr;
    QScrollBar* hbar = nullptr; // where the visible range lies in the run, when zoomed in

    Drag drag = Drag::None;
    QPointF pressPos;
    QPointF lastPos;
    qint64 selectAnchor = 0;
    std::pair<qint64, qint64> emittedRange { -1, -1 };

    // timelineview.cpp
    void ensureLayout();
    void invalidateLayout();
    qreal maxScroll() const;
    void updateScrollBar();
    void setScrollY(qreal y);
    void rangeChanged();
    void updateHBar();
    void scrollTo(int hbarValue);
    void followPlayhead(qint64 t);
    void toggleGroup(int group); // a lane group's members get lanes of their own, or give them back
    qint64 playhead() const { return playback ? playback->time() : -1; }

    // timelineviewinput.cpp
    bool inPlotX(QPointF pos) const { return pos.x() >= layout.plotRect.left() && pos.x() <= layout.plotRect.right(); }
    bool inAxisStrip(QPointF pos) const;
    bool nearPlayhead(QPointF pos) const;
    qint64 timeAt(qreal x) const; // clamped to the plot and the visible range
    void scrubTo(QPointF pos);
    void setSelection(qint64 from, qint64 to);
    void selectEvent(qint64 time, int actor);
    void click(QPointF pos);
    void updateCursor(QPointF pos);
};

} // namespace interleave
