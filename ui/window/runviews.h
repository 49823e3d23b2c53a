// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QObject>

#include <optional>
#include <utility>

class QWidget;

namespace interleave {

class Playback;

// The three views of a run the window shows — the timeline, the scene and the inspector — behind
// one small interface, so the window does not care which of them this build has.
class RunViews : public QObject {
    Q_OBJECT
public:
    RunViews(Playback* playback, QWidget* parentWidget);

    QWidget* timeline() const { return m_timeline; }
    QWidget* scene() const { return m_scene; }
    QWidget* inspector() const { return m_inspector; }

    void setTrace(const Trace& trace, bool keepView); // keepView: a live run growing
    void setDark(bool dark);
    void setShowLegend(bool show);

    std::pair<qint64, qint64> visibleRange() const;
    std::optional<std::pair<qint64, qint64>> selection() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fit();

private:
    Playback* m_playback = nullptr;
    QWidget* m_timeline = nullptr;
    QWidget* m_scene = nullptr;
    QWidget* m_inspector = nullptr;
    Trace m_trace;
};

} // namespace interleave
