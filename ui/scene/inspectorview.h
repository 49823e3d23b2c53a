// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QPointer>
#include <QWidget>

class QTreeView;

namespace interleave {

class InspectorModel;
class Playback;

// The inspector panel: the state of every actor and resource at the playhead, as a tree that
// follows a Playback.
class InspectorView : public QWidget {
    Q_OBJECT
public:
    explicit InspectorView(QWidget* parent = nullptr);
    ~InspectorView() override;

    // Follows the playback's time and picks up its trace when the playback gets a new one.
    void setPlayback(Playback* playback);
    void setTrace(const Trace& trace);
    void setDark(bool dark);

    InspectorModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }

signals:
    void actorActivated(int actor); // double-clicked or Enter on an actor (or a holder/waiter) row

private:
    void followTime(qint64 t);

    InspectorModel* m_model;
    QTreeView* m_tree;
    QPointer<Playback> m_playback;
};

} // namespace interleave
