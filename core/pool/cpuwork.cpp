// SPDX-License-Identifier: MIT
#include "pool/cpuwork.h"

#include "engine/runcontext.h"

#include <ctime>

namespace interleave {

double threadCpuMs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

namespace {

// Arithmetic the compiler cannot drop: real work for the core, not a pause.
quint64 churn(quint64 x, int rounds)
{
    for (int i = 0; i < rounds; ++i)
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return x;
}

} // namespace

void burnCpuMs(RunContext& ctx, double ms, const std::function<void()>& betweenSlices)
{
    const int actor = RunContext::currentActor();
    ctx.throwIfInterrupted(actor);
    const double start = threadCpuMs();
    volatile quint64 sink = 0;
    quint64 x = quint64(actor) + 1;
    while (threadCpuMs() - start < ms) {
        x = churn(x, 40000);
        sink = x;
        ctx.throwIfInterrupted(actor);
        if (betweenSlices)
            betweenSlices();
    }
    (void)sink;
}

void burnCpuMs(double ms)
{
    const double start = threadCpuMs();
    volatile quint64 sink = 0;
    quint64 x = 1;
    while (threadCpuMs() - start < ms) {
        x = churn(x, 40000);
        sink = x;
    }
    (void)sink;
}

} // namespace interleave
