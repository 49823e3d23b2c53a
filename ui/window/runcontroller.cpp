// SPDX-License-Identifier: MIT
#include "window/runcontroller.h"

#include "engine/registry.h"
#include "window/livetrace.h"

namespace interleave {

RunController::RunController(QObject* parent)
    : QObject(parent)
    , m_runner(new Runner(this))
    , m_live(new LiveTrace(this))
{
    connect(m_runner, &Runner::eventsAvailable, m_live, &LiveTrace::addBatch);
    connect(m_runner, &Runner::finished, this, &RunController::onFinished);
    connect(m_runner, &Runner::failed, this, &RunController::onFailed);
    connect(m_live, &LiveTrace::traceUpdated, this, [this](const Trace& trace) {
        const bool first = m_firstPicture;
        m_firstPicture = false;
        emit liveTraceUpdated(trace, first);
    });
}

RunController::~RunController()
{
    // The runner cancels and joins in its destructor; nothing it emits on the way out matters now.
    m_runner->disconnect(this);
    m_live->stop();
}

bool RunController::start(const RunRequest& request, QString* error)
{
    if (isRunning())
        stop();
    const quint64 id = m_runner->start(request, error);
    if (id == 0)
        return false;
    m_runId = id;
    m_firstPicture = true;
    TraceMeta meta;
    meta.scenario = request.scenario;
    if (const Scenario* s = Registry::instance().find(request.scenario))
        meta.title = s->title();
    meta.params = request.params;
    meta.seed = request.seed;
    m_live->start(id, meta);
    m_wall.start();
    emit started(id);
    return true;
}

void RunController::stop()
{
    if (isRunning())
        m_runner->cancel();
}

void RunController::discard()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    // Its last batches and its end now carry a run id nobody waits for.
    m_runId = 0;
    m_live->stop();
}

std::size_t RunController::eventCount() const
{
    return m_live->eventCount();
}

qint64 RunController::liveNow() const
{
    return m_live->now();
}

void RunController::onFinished(quint64 runId, const Trace& trace)
{
    if (runId != m_runId)
        return;
    m_runId = 0;
    m_live->stop();
    emit finished(trace, m_wall.elapsed());
}

void RunController::onFailed(quint64 runId, const QString& message)
{
    if (runId != m_runId)
        return;
    m_runId = 0;
    m_live->stop();
    emit failed(message);
}

} // namespace interleave
