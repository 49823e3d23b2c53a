// SPDX-License-Identifier: MIT
#include "window/runviews.h"

#include "scene/inspectormodel.h"
#include "scene/inspectorview.h"
#include "scene/sceneview.h"
#include "timeline/timelineview.h"

#include <QTreeView>

namespace interleave {

RunViews::RunViews(Playback* playback, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_timeline(new TimelineView(parentWidget))
    , m_scene(new SceneView(parentWidget))
    , m_inspector(new InspectorView(parentWidget))
{
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_scene->setObjectName(QStringLiteral("scene"));
    m_inspector->setObjectName(QStringLiteral("inspector"));
    m_timeline->setPlayback(playback);
    m_scene->setPlayback(playback);
    m_inspector->setPlayback(playback);

    // One selection across the views: an actor picked in the timeline is shown in the inspector, and
    // one activated in the inspector is highlighted on the timeline.
    connect(m_timeline, &TimelineView::actorSelected, this, &RunViews::showActorInInspector);
    connect(m_inspector, &InspectorView::actorActivated, m_timeline, &TimelineView::setSelectedActor);
}

void RunViews::showActorInInspector(int actor)
{
    InspectorModel* model = m_inspector->model();
    QTreeView* tree = m_inspector->treeView();
    if (actor < 0 || actor >= model->rowCount(model->actorsIndex())) {
        tree->clearSelection();
        return;
    }
    const QModelIndex row = model->index(actor, 0, model->actorsIndex());
    tree->expand(model->actorsIndex());
    tree->setCurrentIndex(row);
    tree->scrollTo(row);
}

void RunViews::setTrace(const Trace& trace, bool keepView)
{
    m_timeline->setTrace(trace, keepView);
}

void RunViews::setDark(bool dark)
{
    m_timeline->setDark(dark);
    m_scene->setDark(dark);
    m_inspector->setDark(dark);
}

void RunViews::setShowLegend(bool show)
{
    m_timeline->setShowLegend(show);
}

std::pair<qint64, qint64> RunViews::visibleRange() const
{
    return m_timeline->visibleRange();
}

std::optional<std::pair<qint64, qint64>> RunViews::selection() const
{
    return m_timeline->selection();
}

void RunViews::zoomIn()
{
    m_timeline->zoomIn();
}

void RunViews::zoomOut()
{
    m_timeline->zoomOut();
}

void RunViews::fit()
{
    m_timeline->fit();
}

} // namespace interleave
