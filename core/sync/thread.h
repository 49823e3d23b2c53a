// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <functional>
#include <memory>

namespace interleave {

class ThreadState;

// threading.Thread, instrumented: a real OS thread that is an actor of the run. A handle: copies
// refer to the same thread. The run owns the thread: the engine joins it at the end of the run
// (after cutting it off if it is a daemon, or on stop), so a handle may go out of scope while the
// thread runs. A function that throws Interrupted ends cancelled, PyError or std::exception failed.
class Thread {
public:
    Thread() = default;
    Thread(RunContext& ctx, const QString& name, std::function<void()> fn, bool daemon = false);

    void start(); // a spawn flow from the caller; throws PyError{"RuntimeError"} when started twice
    bool join(double timeoutMs = -1); // true once the thread has finished; interruptible
    bool isAlive() const;
    bool daemon() const;
    int actor() const;
    QString name() const;
    bool isValid() const { return bool(m_state); }

private:
    std::shared_ptr<ThreadState> m_state;
};

// The run-owned part of a Thread (used by the engine).
class ThreadState : public Waitable {
public:
    ThreadState(RunContext& ctx, const QString& name, std::function<void()> fn, bool daemon);
    ~ThreadState() override;

    void start(const std::shared_ptr<ThreadState>& self);
    bool join(double timeoutMs);
    bool isAlive() const;
    bool started() const;
    bool daemon() const { return m_daemon; }
    int actor() const { return m_actor; }
    QString name() const { return m_name; }
    void joinOsThread(); // engine: after the function returned or was interrupted

    void interruptWaiters() override;
    std::vector<int> holders() const override; // the thread itself while alive (join waits on it)
    std::vector<int> waiters() const override;

private:
    void body(quint32 spawnFlow); // on the new OS thread
    void finish(); // marks the thread ended and wakes its joiners (a join flow to each)

    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_name;
    int m_actor;
    bool m_daemon;
};

} // namespace interleave
