// SPDX-License-Identifier: MIT
#pragma once

#include "trace/recorder.h"

#include <QVariantMap>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

namespace interleave {

class Scenario;
class Waitable;
class ThreadState;

// Thrown out of any wait (and sleepMs/spinMs/throwIfInterrupted) when the engine stops the run or cuts
// the calling actor off. Scenario code lets it pass; the engine catches it at the top of each thread.
struct Interrupted {
};

// A Python exception raised inside a scenario (RuntimeError, ValueError, BrokenBarrierError, ...).
// A thread that lets one escape ends in the failed state with the exception as an instant.
struct PyError {
    QString type;
    QString message;
};

// Why the engine stopped a run before it ended on its own.
enum class StopReason { None, Cancelled, Deadlock, TimeLimit };

// Everything a scenario's run can touch: parameters, seed, the recorder, its actors and their waits.
// One per run; thread-safe unless a member says otherwise.
class RunContext {
public:
    RunContext(Recorder& recorder, QVariantMap params, quint64 seed);
    ~RunContext();
    RunContext(const RunContext&) = delete;
    RunContext& operator=(const RunContext&) = delete;

    Recorder& recorder() { return m_recorder; }
    const QVariantMap& params() const { return m_params; }
    qint64 intParam(const QString& name) const;
    double doubleParam(const QString& name) const;
    bool boolParam(const QString& name) const;
    QString enumParam(const QString& name) const;
    quint64 seed() const { return m_seed; }
    quint64 random(quint64 bound); // uniform in [0, bound), from the seeded generator

    // Outcome facts (flat keys, see DESIGN.md). Thread-safe.
    void setOutcome(const QString& key, const QVariant& value);
    QVariantMap outcome() const;

    // Objects shared by the run's threads live until every thread of the run has been joined.
    template <typename T, typename... Args>
    T& make(Args&&... args)
    {
        auto p = std::make_shared<T>(std::forward<Args>(args)...);
        T& ref = *p;
        std::lock_guard lock(m_mutex);
        m_keepAlive.push_back(std::move(p));
        return ref;
    }

    // Actors. The thread that runs Scenario::run() is the main actor ("MainThread").
    int mainActor() const { return m_mainActor; }
    static int currentActor(); // the calling thread's actor, or -1
    int addActor(const ActorInfo& info); // registers with the recorder and the wait table
    void bindCurrentThread(int actor); // the calling thread now acts as `actor`

    // Interruption. Every wait of every primitive checks this.
    bool interrupted(int actor) const;
    void throwIfInterrupted(int actor) const; // throws Interrupted
    void throwIfInterrupted() const { throwIfInterrupted(currentActor()); }
    void sleepMs(double ms); // records sleeping, then running; interruptible
    void spinMs(double ms); // CPU-bound work in the running state; interruptible

    // Bookkeeping by primitives around each wait (for the deadlock detector and the inspector).
    // `timed`: the wait ends by itself (a timeout or a sleep), so it cannot be part of a deadlock.
    void beginWait(int actor, int resource, State state, bool timed);
    void endWait(int actor);

    // Engine side.
    void attach(Waitable* w); // primitives register themselves for interruption
    void detach(Waitable* w);
    void registerThread(std::shared_ptr<ThreadState> t);
    void requestStop(StopReason reason); // interrupts every wait of every actor
    void cutOff(int actor); // interrupts one actor's waits (daemon threads when the main thread ends)
    StopReason stopReason() const { return m_stopReason.load(std::memory_order_acquire); }
    bool stopRequested() const { return stopReason() != StopReason::None; }

    // A snapshot of the wait table: per actor whether it is alive and what it waits for.
    struct ActorWait {
        bool alive = false;
        bool waiting = false;
        bool timed = false;
        int resource = -1;
        State state = State::Running;
    };
    std::vector<ActorWait> waitTable() const;
    // Actors holding `resource` now (owner of a lock, permit holders, the thread a join waits for).
    std::vector<int> holdersOf(int resource) const;
    // Actors queued on `resource` now, in queue order.
    std::vector<int> waitersOf(int resource) const;
    void setAlive(int actor, bool alive);
    std::vector<std::shared_ptr<ThreadState>> threads() const;

private:
    void interruptAll();

    Recorder& m_recorder;
    QVariantMap m_params;
    quint64 m_seed;
    int m_mainActor = -1;
    std::atomic<StopReason> m_stopReason { StopReason::None };

    mutable std::mutex m_mutex; // guards what follows
    std::mt19937_64 m_rng;
    QVariantMap m_outcome;
    std::vector<std::shared_ptr<void>> m_keepAlive;
    std::vector<std::shared_ptr<ThreadState>> m_threads;
    std::vector<ActorWait> m_waits;
    std::vector<std::unique_ptr<std::atomic<bool>>> m_cutOff;

    // Guards m_waitables. Held while interrupting them so that none is destroyed meanwhile; taken
    // before any primitive's own lock, never after it.
    mutable std::mutex m_waitablesMutex;
    std::vector<Waitable*> m_waitables;

    // Sleeps wait here so that a stop wakes them at once.
    mutable std::mutex m_sleepMutex;
    std::condition_variable m_sleepCv;
};

} // namespace interleave
