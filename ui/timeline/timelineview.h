// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

namespace interleave {

class Playback;

// The interactive timeline: the TimelinePainter on screen, with zoom around the cursor (wheel,
// Ctrl+= / Ctrl+-), pan (drag), fit (Ctrl+0), hover tooltips, click to select an actor or event,
// shift-drag to select a range, and the playhead (drag it to scrub). Too many actors for readable
// lanes share lanes by name ("client-1 … client-200"); a click on such a name shows their own lanes.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // keepView: a live run growing: keep the zoom (follow the end when it was showing the end).
    void setTrace(const Trace& trace, bool keepView = false);
    const Trace& trace() const;
    void setPlayback(Playback* playback);

    void setDark(bool dark);
    void setShowLegend(bool show);
    bool showLegend() const;

    std::pair<qint64, qint64> visibleRange() const; // ns
    std::optional<std::pair<qint64, qint64>> selection() const; // ns, when a range is selected
    int selectedActor() const; // -1 when none

    // Shows [from, to] (ns), clamped to the run and the deepest zoom.
    void setVisibleRange(qint64 from, qint64 to);
    // What the tooltip at `pos` (widget coordinates) says; empty over nothing in particular.
    QString toolTipAt(QPointF pos) const;
    // Where a time is drawn and which time is under an x, for the current size and zoom.
    qreal xForTime(qint64 time) const;
    qint64 timeAtX(qreal x) const;
    // The plot area (time runs left to right in it) and an actor's bar band, widget coordinates.
    QRectF plotRect() const;
    QRectF actorBarRect(int actor) const; // empty when the actor has no lane or is scrolled away
    // The name cell of the lane showing an actor (its group's while the group is collapsed).
    QRectF actorNameRect(int actor) const;
    int rowCount() const; // lanes shown: actors, groups, processes and resources

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fit();
    void clearSelection();
    void setSelectedActor(int actor); // -1: none

signals:
    void actorSelected(int actor); // -1: selection cleared
    void eventSelected(qint64 time, int actor);
    void selectionChanged(qint64 from, qint64 to); // from == to: cleared
    void visibleRangeChanged(qint64 from, qint64 to);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace interleave
