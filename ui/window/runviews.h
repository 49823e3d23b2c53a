// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QObject>

#include <optional>
#include <utility>

class QWidget;

namespace interleave {

class InspectorView;
class Playback;
class SceneView;
class TimelineView;

// The three views of a run the window shows — the timeline, the scene and the inspector — made and
// fed together: one playhead, one theme, one trace.
class RunViews : public QObject {
    Q_OBJECT
public:
    RunViews(Playback* playback, QWidget* parentWidget);

    TimelineView* timeline() const { return m_timeline; }
    SceneView* scene() const { return m_scene; }
    InspectorView* inspector() const { return m_inspector; }

    // keepView: a live run growing (the timeline keeps its zoom). The scene and the inspector
    // follow the playback's trace.
    void setTrace(const Trace& trace, bool keepView);
    void setDark(bool dark);
    void setShowLegend(bool show);

    std::pair<qint64, qint64> visibleRange() const;
    std::optional<std::pair<qint64, qint64>> selection() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fit();

private:
    void showActorInInspector(int actor);

    TimelineView* m_timeline = nullptr;
    SceneView* m_scene = nullptr;
    InspectorView* m_inspector = nullptr;
};

} // namespace interleave
