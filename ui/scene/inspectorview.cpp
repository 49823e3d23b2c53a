// SPDX-License-Identifier: MIT
#include "scene/inspectorview.h"

#include "playback/playback.h"
#include "scene/inspectormodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace interleave {

InspectorView::InspectorView(QWidget* parent)
    : QWidget(parent)
    , m_model(new InspectorModel(this))
    , m_tree(new QTreeView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(InspectorModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(InspectorModel::StateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(InspectorModel::DetailColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(InspectorModel::SinceColumn, QHeaderView::ResizeToContents);
    m_tree->expandAll();
    // New holder and waiter rows show up expanded along with their resource.
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex& parent) {
        if (parent.isValid())
            m_tree->expand(parent);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const int actor = index.data(InspectorModel::ActorRole).toInt();
        if (actor >= 0)
            emit actorActivated(actor);
    });
}

InspectorView::~InspectorView() = default;

void InspectorView::setPlayback(Playback* playback)
{
    if (m_playback == playback)
        return;
    if (m_playback)
        disconnect(m_playback, nullptr, this, nullptr);
    m_playback = playback;
    if (!playback)
        return;
    connect(playback, &Playback::timeChanged, this, &InspectorView::followTime);
    followTime(playback->time());
}

void InspectorView::setTrace(const Trace& trace)
{
    m_model->setTrace(trace);
    m_model->setTime(m_playback ? m_playback->time() : 0);
}

void InspectorView::setDark(bool dark)
{
    m_model->setDark(dark);
}

void InspectorView::followTime(qint64 t)
{
    // Playback::setTrace announces a new trace through timeChanged only.
    if (m_playback && !m_model->hasTrace(m_playback->trace()))
        m_model->setTrace(m_playback->trace());
    m_model->setTime(t);
}

} // namespace interleave
