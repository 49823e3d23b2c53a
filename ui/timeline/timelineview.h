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
// shift-drag to select a range, and the playhead (drag it to scrub).
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

public slots:
    void zoomIn();
    void zoomOut();
    void fit();
    void clearSelection();

signals:
    void actorSelected(int actor); // -1: selection cleared
    void eventSelected(qint64 time, int actor);
    void selectionChanged(qint64 from, qint64 to); // from == to: cleared
    void visibleRangeChanged(qint64 from, qint64 to);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace interleave
