// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QObject>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace interleave {

class Scenario;

// What to run.
struct RunRequest {
    QString scenario; // id
    QVariantMap params; // typed values; missing ones take their defaults
    quint64 seed = 1;
    int timeLimitMs = 120000; // the watchdog stops the run after this
};

// New events of a live run, for the window to draw while the run goes on.
struct EventBatch {
    quint64 runId = 0;
    std::vector<Event> events; // sorted by time within the batch
    std::vector<ActorInfo> actors; // every actor so far
    std::vector<ResourceInfo> resources; // every resource so far
    QStringList texts;
    qint64 now = 0; // the run's clock when the batch was taken
};

// Runs one scenario at a time on a thread of its own and reports what happened. Lives on the thread
// that created it (the GUI thread in the app); its signals arrive there.
class Runner : public QObject {
    Q_OBJECT
public:
    explicit Runner(QObject* parent = nullptr);
    ~Runner() override; // cancels and joins a run still going

    // Validates the request (scenario id, parameter names, types and ranges). On error returns 0 and
    // sets *error to a message naming the problem and what is allowed. Otherwise starts the run and
    // returns its id.
    quint64 start(const RunRequest& request, QString* error);
    void cancel(); // the run ends within 200 ms, every thread joined
    bool isRunning() const;
    quint64 currentRunId() const;
    void setLiveInterval(int ms); // how often eventsAvailable fires while running (default 33 ms)

    // Runs to the end on the calling thread's behalf (the CLI and tests). Returns an empty trace and
    // sets *error when the request is invalid.
    static Trace runBlocking(const RunRequest& request, QString* error);

    // The same for a scenario outside the registry (tests, experiments): request.scenario is not
    // looked up, and `scenario` must outlive the run.
    quint64 start(const Scenario& scenario, const RunRequest& request, QString* error);
    static Trace runBlocking(const Scenario& scenario, const RunRequest& request, QString* error);

signals:
    void eventsAvailable(const EventBatch& batch);
    void finished(quint64 runId, const Trace& trace); // completed, deadlocked, cancelled or timed out
    void failed(quint64 runId, const QString& message); // internal failure

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace interleave

Q_DECLARE_METATYPE(interleave::EventBatch)
Q_DECLARE_METATYPE(interleave::Trace)
