// SPDX-License-Identifier: MIT
#pragma once

#include "engine/runner.h"

#include <QElapsedTimer>
#include <QObject>

namespace interleave {

class LiveTrace;

// Starts and stops runs for the window and turns the runner's signals into what the window shows:
// a growing trace while the run goes on, the final trace when it ends. Signals of a run that was
// stopped or replaced are dropped (by run id), so a late batch never paints over a newer run.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    // On an invalid request returns false and sets *error (naming the parameter and what is allowed).
    bool start(const RunRequest& request, QString* error);
    void stop(); // the runner reports the cut-short run through finished()
    void discard(); // stops the run and forgets it: nothing more is reported about it
    bool isRunning() const { return m_runId != 0; }
    quint64 runId() const { return m_runId; }
    std::size_t eventCount() const;
    qint64 liveNow() const; // the run's clock at the latest batch, ns

    Runner* runner() const { return m_runner; }
    LiveTrace* live() const { return m_live; }

signals:
    void started(quint64 runId);
    void liveTraceUpdated(const Trace& trace, bool first); // first: the first picture of this run
    void finished(const Trace& trace, qint64 wallMs);
    void failed(const QString& message);

private:
    void onFinished(quint64 runId, const Trace& trace);
    void onFailed(quint64 runId, const QString& message);

    Runner* m_runner = nullptr;
    LiveTrace* m_live = nullptr;
    quint64 m_runId = 0;
    bool m_firstPicture = true;
    QElapsedTimer m_wall;
};

} // namespace interleave
