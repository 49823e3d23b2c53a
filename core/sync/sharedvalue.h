// SPDX-License-Identifier: MIT
#pragma once

#include "sync/waitable.h"

#include <atomic>

namespace interleave {

// A shared counter that models Python's `counter += 1`: read() and write() are separate steps, so
// another thread can run between them (through relaxed atomics: a race by design, not a data race).
// Each write records the new value as a counter in the trace.
class SharedValue : public Waitable {
public:
    SharedValue(RunContext& ctx, const QString& name, qint64 initial = 0);
    qint64 read() const;
    void write(qint64 value);
    qint64 value() const { return read(); }

    void interruptWaiters() override { }
    std::vector<int> holders() const override { return {}; }
    std::vector<int> waiters() const override { return {}; }

private:
    std::atomic<qint64> m_value;
};

} // namespace interleave
