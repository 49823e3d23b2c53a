// SPDX-License-Identifier: MIT
#pragma once

#include "sync/condition.h"

namespace interleave {

// `with condition:`. Unlike Guard, it gives the lock back only if the caller still holds it: a wait()
// interrupted at the end of a run (a lost wake-up the engine detected) returns without the lock, and
// a release then would raise from a destructor.
class WithCondition {
public:
    explicit WithCondition(Condition& condition)
        : m_condition(condition)
    {
        m_condition.acquire();
    }
    ~WithCondition()
    {
        if (m_condition.lock().isOwnedByCaller())
            m_condition.release();
    }
    WithCondition(const WithCondition&) = delete;
    WithCondition& operator=(const WithCondition&) = delete;

private:
    Condition& m_condition;
};

} // namespace interleave
