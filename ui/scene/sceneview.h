// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenelayout.h"

#include <QImage>
#include <QPointer>
#include <QVariantAnimation>
#include <QWidget>

#include <memory>
#include <optional>

namespace interleave {

class Playback;

// The animated "now" of a run: every resource drawn as an object (a lock with its holder inside and
// its waiters queued at the door, a semaphore's permits as slots, a condition's waiting room, an
// event's flag, a shared counter's value) and every actor as a token that glides between them as
// the playhead moves. Who woke whom shows as a fading arrow; a deadlock as a red cycle.
class SceneView : public QWidget {
    Q_OBJECT
public:
    explicit SceneView(QWidget* parent = nullptr);
    ~SceneView() override;

    // Follows the playback's time, and its trace when it gets a new one.
    void setPlayback(Playback* playback);
    void setTrace(const Trace& trace);
    const Trace& trace() const;
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    void setAnimationDuration(int ms); // 0: tokens jump to their places
    int animationDuration() const { return m_anim.duration(); }

    qint64 time() const { return m_snapshot.time; }
    const SceneSnapshot& snapshot() const { return m_snapshot; }
    // Where every token goes and what it means (holder of, queued at, running...): for tests and tools.
    const SceneLayout& sceneLayout() const { return m_layout; }
    QPointF tokenPosition(int actor) const; // where the token is drawn now, on its way there
    bool isAnimating() const { return m_anim.state() == QAbstractAnimation::Running; }

    // The scene of `trace` at `t`, painted into an image of `size` logical pixels.
    static QImage render(const Trace& trace, qint64 t, QSize size, bool dark, qreal devicePixelRatio = 1.0);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setTime(qint64 t);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void followTime(qint64 t);
    void relayout();
    void rememberShown();
    void step(const QVariant& progress);

    QPointer<Playback> m_playback;
    std::shared_ptr<const SceneIndex> m_index; // shared with the other views of the same trace
    SceneSnapshot m_snapshot;
    SceneLayout m_layout;
    std::vector<QPointF> m_from; // token positions when the current move began
    std::vector<QPointF> m_shown; // token positions drawn now
    std::vector<std::optional<QPointF>> m_lastSeen; // where each token was last drawn while visible
    QVariantAnimation m_anim;
    bool m_dark = false;
};

} // namespace interleave
