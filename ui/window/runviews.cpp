// SPDX-License-Identifier: MIT
#include "window/runviews.h"

#include "playback/playback.h"

#include <QLabel>

#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
#include "timeline/timelineview.h"
#endif
#ifdef INTERLEAVE_UI_HAS_SCENEVIEW
#include "scene/sceneview.h"
#endif
#ifdef INTERLEAVE_UI_HAS_INSPECTORVIEW
#include "scene/inspectorview.h"
#endif

namespace interleave {

namespace {

// Stands in for a view this build does not have yet.
QWidget* placeholder(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMinimumSize(200, 120);
    label->setEnabled(false);
    return label;
}

} // namespace

RunViews::RunViews(Playback* playback, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_playback(playback)
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    auto* timeline = new TimelineView(parentWidget);
    timeline->setPlayback(playback);
    m_timeline = timeline;
#else
    m_timeline = placeholder(tr("Timeline"), parentWidget);
#endif
#ifdef INTERLEAVE_UI_HAS_SCENEVIEW
    auto* scene = new SceneView(parentWidget);
    scene->setPlayback(playback);
    m_scene = scene;
#else
    m_scene = placeholder(tr("Scene"), parentWidget);
#endif
#ifdef INTERLEAVE_UI_HAS_INSPECTORVIEW
    auto* inspector = new InspectorView(parentWidget);
    inspector->setPlayback(playback);
    m_inspector = inspector;
#else
    m_inspector = placeholder(tr("Inspector"), parentWidget);
#endif
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_scene->setObjectName(QStringLiteral("scene"));
    m_inspector->setObjectName(QStringLiteral("inspector"));
}

void RunViews::setTrace(const Trace& trace, bool keepView)
{
    m_trace = trace;
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    static_cast<TimelineView*>(m_timeline)->setTrace(trace, keepView);
#else
    Q_UNUSED(keepView)
#endif
}

void RunViews::setDark(bool dark)
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    static_cast<TimelineView*>(m_timeline)->setDark(dark);
#endif
#ifdef INTERLEAVE_UI_HAS_SCENEVIEW
    static_cast<SceneView*>(m_scene)->setDark(dark);
#endif
#ifdef INTERLEAVE_UI_HAS_INSPECTORVIEW
    static_cast<InspectorView*>(m_inspector)->setDark(dark);
#endif
    Q_UNUSED(dark)
}

void RunViews::setShowLegend(bool show)
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    static_cast<TimelineView*>(m_timeline)->setShowLegend(show);
#else
    Q_UNUSED(show)
#endif
}

std::pair<qint64, qint64> RunViews::visibleRange() const
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    return static_cast<TimelineView*>(m_timeline)->visibleRange();
#else
    return { 0, m_trace.duration() };
#endif
}

std::optional<std::pair<qint64, qint64>> RunViews::selection() const
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    return static_cast<TimelineView*>(m_timeline)->selection();
#else
    return std::nullopt;
#endif
}

void RunViews::zoomIn()
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    static_cast<TimelineView*>(m_timeline)->zoomIn();
#endif
}

void RunViews::zoomOut()
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    static_cast<TimelineView*>(m_timeline)->zoomOut();
#endif
}

void RunViews::fit()
{
#ifdef INTERLEAVE_UI_HAS_TIMELINEVIEW
    static_cast<TimelineView*>(m_timeline)->fit();
#endif
}

} // namespace interleave
