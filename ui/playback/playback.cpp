// SPDX-License-Identifier: MIT
#include "playback/playback.h"

#include <algorithm>
#include <cmath>

namespace interleave {

Playback::Playback(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Playback::tick);
}

void Playback::setTrace(const Trace& trace)
{
    pause();
    m_trace = trace;
    m_carry = 0;
    seek(0);
    emit timeChanged(m_time);
}

void Playback::seek(qint64 time)
{
    const qint64 clamped = std::clamp<qint64>(time, 0, m_trace.duration());
    m_carry = 0;
    if (clamped == m_time)
        return;
    m_time = clamped;
    emit timeChanged(m_time);
}

void Playback::play()
{
    if (m_playing || m_trace.duration() <= 0)
        return;
    if (m_time >= m_trace.duration())
        seek(0);
    m_playing = true;
    m_clock.start();
    m_timer.start();
    emit playingChanged(true);
}

void Playback::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    emit playingChanged(false);
}

void Playback::togglePlay() { m_playing ? pause() : play(); }

void Playback::setSpeed(double factor)
{
    if (!std::isfinite(factor))
        return;
    const double clamped = std::clamp(factor, MinSpeed, MaxSpeed);
    if (clamped == m_speed)
        return;
    m_speed = clamped;
    emit speedChanged(m_speed);
}

void Playback::tick()
{
    // Advance by the wall time that really passed, so a slow frame does not slow the replay.
    const double wallNs = double(m_clock.nsecsElapsed());
    m_clock.restart();
    m_carry += wallNs * m_speed;
    const auto step = qint64(m_carry);
    m_carry -= double(step);
    const qint64 target = std::min(m_time + step, m_trace.duration());
    if (target != m_time) {
        m_time = target;
        emit timeChanged(m_time);
    }
    if (m_time >= m_trace.duration())
        pause();
}

void Playback::nextEvent()
{
    const auto& events = m_trace.events();
    const std::size_t i = m_trace.firstEventAtOrAfter(m_time + 1);
    if (i < events.size())
        seek(events[i].time);
}

void Playback::previousEvent()
{
    if (m_time <= 0)
        return;
    const auto& events = m_trace.events();
    const std::size_t i = m_trace.lastEventAtOrBefore(m_time - 1);
    if (i < events.size())
        seek(events[i].time);
}

} // namespace interleave
