// SPDX-License-Identifier: MIT
#include "window/livetrace.h"

#include <algorithm>

namespace interleave {

LiveTrace::LiveTrace(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveTrace::rebuild);
}

void LiveTrace::start(quint64 runId, const TraceMeta& meta)
{
    m_timer.stop();
    m_runId = runId;
    m_meta = meta;
    m_events.clear();
    m_actors.clear();
    m_resources.clear();
    m_texts.clear();
    m_now = 0;
    m_lastTime = 0;
    m_lastBuildNs = 0;
    m_totalBuildNs = 0;
}

void LiveTrace::stop()
{
    m_timer.stop();
    m_runId = 0;
}

void LiveTrace::addBatch(const EventBatch& batch)
{
    if (batch.runId == 0 || batch.runId != m_runId)
        return; // a batch of a run that was stopped or replaced
    m_events.insert(m_events.end(), batch.events.begin(), batch.events.end());
    // Each batch carries every actor and resource so far: the latest lists win.
    if (batch.actors.size() >= m_actors.size())
        m_actors = batch.actors;
    if (batch.resources.size() >= m_resources.size())
        m_resources = batch.resources;
    if (batch.texts.size() >= m_texts.size())
        m_texts = batch.texts;
    m_now = std::max(m_now, batch.now);
    for (const Event& e : batch.events)
        m_lastTime = std::max(m_lastTime, e.time);
    if (!m_timer.isActive()) {
        const qint64 wait = std::max<qint64>(m_minInterval, 3 * m_lastBuildNs / 1000000);
        m_timer.start(int(std::min<qint64>(wait, 2000)));
    }
}

Trace LiveTrace::build() const
{
    TraceMeta meta = m_meta;
    // The run is not over: its length so far is the runner's clock, not the last event.
    meta.durationNs = std::max(m_now, m_lastTime);
    return Trace::build(meta, m_actors, m_resources, m_texts, m_events);
}

void LiveTrace::rebuild()
{
    if (!isActive())
        return;
    QElapsedTimer clock;
    clock.start();
    emit traceUpdated(build());
    // What the views do with the trace counts too: it is all time the window is not responding.
    m_lastBuildNs = clock.nsecsElapsed();
    m_totalBuildNs += m_lastBuildNs;
}

} // namespace interleave
