// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace interleave {

class Mutex;
class RunContext;

// CPython's global interpreter lock, modelled: a FIFO lock named "GIL" that a thread must hold to run
// Python code. The holder gives it up every switch interval when another thread waits for it (it drops
// it, the waiter takes it, and the holder queues again) and around blocking calls.
class Gil {
public:
    Gil(RunContext& ctx, double switchMs);

    void acquire(); // interruptible
    void release();
    // Called by the holder between small steps of work: after switchMs of holding, and only when a
    // thread waits, drops the GIL (a "switch interval" mark) and requests it again. Returns whether it did.
    bool checkInterval();
    // Whether checkInterval() would switch now (the holder asks, to account for the moment it leaves).
    bool wouldSwitch() const;
    // A blocking call (I/O, sleep): run without the GIL, as CPython's C code does.
    void blockingCall(const std::function<void()>& fn);

    int resource() const;
    int switches() const { return m_switches.load(std::memory_order_relaxed); }
    Mutex& mutex() { return m_mutex; }

private:
    RunContext& m_ctx;
    Mutex& m_mutex;
    const std::chrono::nanoseconds m_interval;
    quint32 m_switchText = 0;
    std::atomic<std::chrono::steady_clock::rep> m_heldSince { 0 }; // written by each new holder
    std::atomic<int> m_switches { 0 };
};

} // namespace interleave
