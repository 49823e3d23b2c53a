// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <deque>
#include <mutex>

namespace interleave {

// threading.Event: set() wakes every waiter (a set -> wake flow to each); wait() on a set event
// returns at once.
class EventFlag : public Waitable {
public:
    EventFlag(RunContext& ctx, const QString& name);
    ~EventFlag() override;

    void set();
    void clear();
    bool isSet() const;
    bool wait(double timeoutMs = -1); // false on timeout

    void interruptWaiters() override;
    std::vector<int> holders() const override;
    std::vector<int> waiters() const override;

private:
    struct Waiter;
    mutable std::mutex m_m;
    bool m_flag = false;
    std::deque<Waiter*> m_waiters;
};

} // namespace interleave
