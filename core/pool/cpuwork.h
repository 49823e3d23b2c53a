// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace interleave {

class RunContext;

// CPU time the calling thread has used, in ms (CLOCK_THREAD_CPUTIME_ID).
double threadCpuMs();

// CPU-bound work: spins until the calling thread has used `ms` of CPU time (not wall time: a thread that
// shares a core with others, or waits for a GIL, takes longer on the clock). Checks for interruption,
// and calls `betweenSlices` (if any) after each slice of about 0.1 ms.
void burnCpuMs(RunContext& ctx, double ms, const std::function<void()>& betweenSlices = {});

// The same without a run (inside a worker process, which the parent kills when the run stops).
void burnCpuMs(double ms);

} // namespace interleave
