// SPDX-License-Identifier: MIT
#pragma once

#include "pool/futurewaiter.h"

#include <chrono>
#include <vector>

namespace interleave {

class Future;
class RunContext;

// concurrent.futures.as_completed(fs, timeout) as an iterator: next() yields each future once, as it
// finishes (or is cancelled); those already done come first. The caller waits on the earliest-submitted
// future not yet yielded, and the first of them to finish wakes it.
class AsCompleted {
public:
    AsCompleted(RunContext& ctx, std::vector<Future*> futures, double timeoutMs = -1);
    ~AsCompleted();
    AsCompleted(const AsCompleted&) = delete;
    AsCompleted& operator=(const AsCompleted&) = delete;

    // The next future to finish; nullptr once every one has been yielded. Throws
    // PyError{"TimeoutError", "N (of M) futures unfinished"} when the timeout passes first.
    Future* next();

private:
    RunContext& m_ctx;
    std::vector<Future*> m_futures;
    std::vector<bool> m_yielded;
    int m_left;
    double m_timeoutMs;
    std::chrono::steady_clock::time_point m_start;
    FutureWaiter m_waiter;
};

} // namespace interleave
