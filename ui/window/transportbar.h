// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;
class QAction;

namespace interleave {

class Playback;

// The replay controls under the timeline: previous / play-pause / next event, the speed on a log
// scale (100x down to 1e-5x) with its value, the time at the playhead, and a scrub slider.
class TransportBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int StepsPerDecade = 20;

    explicit TransportBar(Playback* playback, QWidget* parent = nullptr);

    // The window's actions, so buttons and shortcuts share one state.
    void setActions(QAction* previous, QAction* playPause, QAction* next);

    QSlider* speedSlider() const { return m_speed; }
    QSlider* scrubSlider() const { return m_scrub; }
    QString speedText() const;
    QString timeText() const;

    // Slider position <-> speed factor (log scale).
    static int speedToPosition(double speed);
    static double positionToSpeed(int position);
    static QString formatSpeed(double speed); // "1x", "0.01x", "1e-5x"
    static QString formatTime(qint64 ns); // "0 ns", "1.25 µs", "3.402 ms", "2.000 s"

private:
    void syncTime();
    void syncSpeed();

    Playback* m_playback = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_play = nullptr;
    QToolButton* m_next = nullptr;
    QSlider* m_speed = nullptr;
    QLabel* m_speedLabel = nullptr;
    QSlider* m_scrub = nullptr;
    QLabel* m_timeLabel = nullptr;
    bool m_syncing = false;
};

} // namespace interleave
