// SPDX-License-Identifier: MIT
#pragma once

#include "engine/runner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace interleave {

// Collects a live run's event batches and rebuilds a Trace from them now and then, so the timeline
// grows while the run goes on. Rebuilding costs O(events), so it is throttled adaptively: after a
// rebuild that took t, the next waits at least 3t (never more than a quarter of the time goes to
// rebuilding) and at least the minimum interval. Batches of any other run are dropped.
class LiveTrace : public QObject {
    Q_OBJECT
public:
    explicit LiveTrace(QObject* parent = nullptr);

    void start(quint64 runId, const TraceMeta& meta); // forgets the previous run
    void stop(); // no more rebuilds (the final trace comes from the runner)
    quint64 runId() const { return m_runId; }
    bool isActive() const { return m_runId != 0; }

    void addBatch(const EventBatch& batch);
    std::size_t eventCount() const { return m_events.size(); }
    qint64 now() const { return m_now; }

    void setMinimumInterval(int ms) { m_minInterval = ms; }
    Trace build() const; // what has arrived so far, as a trace
    qint64 totalBuildNs() const { return m_totalBuildNs; } // time spent rebuilding, for the status

signals:
    void traceUpdated(const Trace& trace);

private:
    void rebuild();

    quint64 m_runId = 0;
    TraceMeta m_meta;
    std::vector<Event> m_events;
    std::vector<ActorInfo> m_actors;
    std::vector<ResourceInfo> m_resources;
    QStringList m_texts;
    qint64 m_now = 0;
    qint64 m_lastTime = 0;
    QTimer m_timer;
    int m_minInterval = 50;
    qint64 m_lastBuildNs = 0;
    qint64 m_totalBuildNs = 0;
};

} // namespace interleave
