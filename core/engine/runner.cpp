// SPDX-License-Identifier: MIT
#include "engine/runner.h"

#include "engine/registry.h"
#include "engine/runjob.h"
#include "engine/scenario.h"
#include "trace/recorder.h"

#include <QCoreApplication>
#include <QTimer>

#include <thread>

namespace interleave {

namespace {

struct Validated {
    const Scenario* scenario = nullptr;
    QVariantMap params;
};

std::optional<Validated> validate(const Scenario* scenario, const RunRequest& request, QString* error)
{
    if (!scenario) {
        if (error) {
            *error = QCoreApplication::translate("Runner", "unknown scenario '%1'; known: %2")
                         .arg(request.scenario, Registry::instance().ids().join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    auto params = resolveParams(scenario->params(), request.params, error);
    if (!params)
        return std::nullopt;
    return Validated { scenario, *params };
}

QString failure(const std::exception* e)
{
    return QCoreApplication::translate("Runner", "internal error: %1")
        .arg(e ? QString::fromLocal8Bit(e->what()) : QStringLiteral("unknown"));
}

} // namespace

struct Runner::Impl {
    explicit Impl(Runner* runner)
        : q(runner)
        , timer(runner)
    {
    }

    void stopThread()
    {
        if (!thread.joinable())
            return;
        job->cancel();
        thread.join();
    }

    void poll()
    {
        if (!running)
            return;
        EventBatch batch;
        batch.runId = runId;
        batch.now = recorder.now();
        recorder.readNew(cursor, batch.events);
        batch.actors = recorder.actors();
        batch.resources = recorder.resources();
        batch.texts = recorder.texts();
        emit q->eventsAvailable(batch);
    }

    void runEnded(quint64 id)
    {
        if (id != runId)
            return; // a run replaced by a newer one: its recorder has been reset, its thread joined
        // The run's thread has only to return now: join it so that no thread of the run outlives
        // the signal.
        if (thread.joinable())
            thread.join();
        poll();
        running = false;
        timer.stop();
    }

    Runner* q;
    Recorder recorder; // reused run after run: its chunks stay allocated
    Recorder::Cursor cursor;
    std::shared_ptr<RunJob> job;
    std::thread thread;
    QTimer timer;
    quint64 runId = 0;
    quint64 lastId = 0;
    bool running = false;
};

Runner::Runner(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this))
{
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<Trace>();
    d->timer.setInterval(33);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->poll(); });
}

Runner::~Runner() { d->stopThread(); }

quint64 Runner::start(const RunRequest& request, QString* error)
{
    const Scenario* scenario = Registry::instance().find(request.scenario);
    if (!scenario) {
        validate(nullptr, request, error);
        return 0;
    }
    return start(*scenario, request, error);
}

quint64 Runner::start(const Scenario& scenario, const RunRequest& request, QString* error)
{
    const auto valid = validate(&scenario, request, error);
    if (!valid)
        return 0;
    // One run at a time: the previous one is cancelled and joined before the recorder is reused.
    d->stopThread();
    d->recorder.reset();
    d->cursor = {};
    const quint64 id = ++d->lastId;
    d->runId = id;
    d->running = true;
    d->job = std::make_shared<RunJob>(d->recorder, *valid->scenario, valid->params, request.seed, request.timeLimitMs);
    d->thread = std::thread([this, job = d->job, id] {
        try {
            Trace trace = job->exec();
            QMetaObject::invokeMethod(
                this,
                [this, id, trace] {
                    d->runEnded(id);
                    emit finished(id, trace);
                },
                Qt::QueuedConnection);
        } catch (const std::exception& e) {
            QMetaObject::invokeMethod(
                this,
                [this, id, message = failure(&e)] {
                    d->runEnded(id);
                    emit failed(id, message);
                },
                Qt::QueuedConnection);
        }
    });
    d->timer.start();
    return id;
}

void Runner::cancel()
{
    if (d->job)
        d->job->cancel();
}

bool Runner::isRunning() const { return d->running; }

quint64 Runner::currentRunId() const { return d->runId; }

void Runner::setLiveInterval(int ms) { d->timer.setInterval(std::max(1, ms)); }

Trace Runner::runBlocking(const RunRequest& request, QString* error)
{
    const Scenario* scenario = Registry::instance().find(request.scenario);
    if (!scenario) {
        validate(nullptr, request, error);
        return Trace();
    }
    return runBlocking(*scenario, request, error);
}

Trace Runner::runBlocking(const Scenario& scenario, const RunRequest& request, QString* error)
{
    const auto valid = validate(&scenario, request, error);
    if (!valid)
        return Trace();
    Recorder recorder;
    RunJob job(recorder, *valid->scenario, valid->params, request.seed, request.timeLimitMs);
    Trace trace;
    QString failed;
    // A thread of its own, as in the app: the caller's thread-local state stays untouched.
    std::thread runThread([&] {
        try {
            trace = job.exec();
        } catch (const std::exception& e) {
            failed = failure(&e);
        }
    });
    runThread.join();
    if (!failed.isEmpty() && error)
        *error = failed;
    return trace;
}

} // namespace interleave
