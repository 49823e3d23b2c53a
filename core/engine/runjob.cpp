// SPDX-License-Identifier: MIT
#include "engine/runjob.h"

#include "engine/deadlockdetector.h"
#include "engine/runcontext.h"
#include "engine/scenario.h"
#include "sync/thread.h"

#include <chrono>
#include <set>
#include <thread>

#include <sys/types.h>
#include <unistd.h>

namespace interleave {

RunJob::RunJob(Recorder& recorder, const Scenario& scenario, QVariantMap params, quint64 seed, int timeLimitMs)
    : m_recorder(recorder)
    , m_scenario(scenario)
    , m_params(std::move(params))
    , m_seed(seed)
    , m_timeLimitMs(timeLimitMs)
{
}

void RunJob::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancel = true;
    }
    m_cv.notify_all();
}

Trace RunJob::exec()
{
    Recorder& rec = m_recorder;
    RunContext ctx(rec, m_params, m_seed);
    const int main = ctx.addActor(
        ActorInfo { QStringLiteral("MainThread"), ActorKind::Main, -1, qint64(::getpid()), qint64(::gettid()) });
    ctx.bindCurrentThread(main);
    ctx.setAlive(main, true);
    rec.startClock(); // time zero: the program starts here
    rec.state(main, State::Running);

    DeadlockDetector detector(ctx);
    std::thread watchdog([this, &ctx, &detector] { watch(ctx, detector); });

    State end = State::Done;
    QString error;
    try {
        m_scenario.run(ctx);
    } catch (const Interrupted&) {
        end = State::Cancelled;
    } catch (const PyError& e) {
        end = State::Failed;
        error = e.message.isEmpty() ? e.type : e.type + QStringLiteral(": ") + e.message;
    } catch (const std::exception& e) {
        end = State::Failed;
        error = QStringLiteral("Exception: ") + QString::fromLocal8Bit(e.what());
    }
    if (!error.isEmpty())
        rec.instant(main, InstantKind::Exception, -1, 0, rec.addText(error));
    rec.state(main, end);
    ctx.endWait(main);
    ctx.setAlive(main, false);

    finishThreads(ctx);

    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_cv.notify_all();
    watchdog.join();
    ctx.bindCurrentThread(-1);

    TraceMeta meta;
    meta.scenario = m_scenario.id();
    meta.title = m_scenario.title();
    meta.params = m_params;
    meta.seed = m_seed;
    meta.durationNs = rec.now();
    meta.outcome = ctx.outcome();
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_engineOutcome.cbegin(); it != m_engineOutcome.cend(); ++it)
            meta.outcome.insert(it.key(), it.value());
    }
    return Trace::build(std::move(meta), rec.actors(), rec.resources(), rec.texts(), rec.events());
}

void RunJob::finishThreads(RunContext& ctx)
{
    // As Python's interpreter does at exit: wait for every non-daemon thread (the watchdog still
    // looks for deadlocks meanwhile), then cut the daemon threads off, then join every OS thread.
    std::set<int> joined;
    auto joinWhere = [&](auto&& pick) {
        for (bool more = true; more;) {
            more = false;
            for (const auto& t : ctx.threads()) {
                if (joined.count(t->actor()) || !pick(*t))
                    continue;
                t->joinOsThread();
                joined.insert(t->actor());
                more = true;
            }
        }
    };
    joinWhere([](const ThreadState& t) { return !t.daemon(); });
    for (const auto& t : ctx.threads()) {
        if (t->isAlive())
            ctx.cutOff(t->actor());
    }
    joinWhere([&ctx](const ThreadState& t) {
        if (t.isAlive())
            ctx.cutOff(t.actor()); // started by a daemon after the first cut
        return true;
    });
}

void RunJob::watch(RunContext& ctx, DeadlockDetector& detector)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto limit = m_timeLimitMs > 0 ? start + std::chrono::milliseconds(m_timeLimitMs) : Clock::time_point::max();
    auto nextCheck = start + std::chrono::milliseconds(DeadlockDetector::IntervalMs);
    bool stopping = false;
    std::unique_lock lock(m_mutex);
    while (!m_done) {
        const auto wakeAt = stopping ? Clock::now() + std::chrono::milliseconds(DeadlockDetector::IntervalMs)
                                     : std::min(nextCheck, limit);
        m_cv.wait_until(lock, wakeAt, [&] { return m_done || (m_cancel && !stopping); });
        if (m_done || stopping)
            continue;
        StopReason reason = StopReason::None;
        if (m_cancel) {
            reason = StopReason::Cancelled;
            m_engineOutcome.insert(QStringLiteral("stopped"), QStringLiteral("cancelled"));
        } else if (Clock::now() >= limit) {
            reason = StopReason::TimeLimit;
            m_engineOutcome.insert(QStringLiteral("stopped"), QStringLiteral("time limit"));
        }
        lock.unlock();
        if (reason != StopReason::None) {
            ctx.requestStop(reason);
            stopping = true;
        } else if (Clock::now() >= nextCheck) {
            nextCheck = Clock::now() + std::chrono::milliseconds(DeadlockDetector::IntervalMs);
            if (detector.check()) {
                stopping = true;
                const QVariantMap found = detector.outcome();
                lock.lock();
                for (auto it = found.cbegin(); it != found.cend(); ++it)
                    m_engineOutcome.insert(it.key(), it.value());
                continue;
            }
        }
        lock.lock();
    }
}

} // namespace interleave
