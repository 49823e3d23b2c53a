// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace interleave {

// The playhead shared by the timeline, the scene and the inspector: where "now" is in the run,
// whether it moves, and how fast. Speed is a factor of real time on a log scale, 100x down to 1e-5x,
// so that a microsecond race can be watched.
class Playback : public QObject {
    Q_OBJECT
public:
    static constexpr double MinSpeed = 1e-5;
    static constexpr double MaxSpeed = 100.0;

    explicit Playback(QObject* parent = nullptr);

    void setTrace(const Trace& trace); // playhead to 0, paused
    const Trace& trace() const { return m_trace; }
    qint64 time() const { return m_time; }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }

public slots:
    void seek(qint64 time); // clamped to [0, duration]
    void play(); // from the start when at the end
    void pause();
    void togglePlay();
    void setSpeed(double factor); // clamped to [MinSpeed, MaxSpeed]
    void nextEvent(); // the next moment something happens
    void previousEvent();

signals:
    void timeChanged(qint64 time);
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void tick();

    Trace m_trace;
    qint64 m_time = 0;
    bool m_playing = false;
    double m_speed = 1.0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_carry = 0; // fractional ns carried between ticks at very slow speeds
};

} // namespace interleave
