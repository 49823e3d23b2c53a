// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#endif

namespace interleave {

// A monotonic nanosecond clock for trace points. Where the CPU has an invariant TSC it reads the
// time-stamp counter and scales it (about 10 ns); otherwise it falls back to CLOCK_MONOTONIC.
// Both count from the same origin as CLOCK_MONOTONIC, so child processes share the timeline.
class Clock {
public:
    static qint64 now() noexcept
    {
#if defined(__x86_64__) || defined(__i386__)
        const Calibration& c = calibration();
        if (c.useTsc) {
            const quint64 ticks = __rdtsc() - c.tscBase;
            __extension__ using U128 = unsigned __int128; // GCC and Clang: one 64x64 multiply
            return c.monotonicBase + qint64((static_cast<U128>(ticks) * c.mult) >> 32);
        }
#endif
        return monotonicNs();
    }

    static qint64 monotonicNs() noexcept;
    static bool usesTsc() noexcept { return calibration().useTsc; }
    static double tscGHz() noexcept;

private:
    struct Calibration {
        bool useTsc = false;
        quint64 tscBase = 0;
        qint64 monotonicBase = 0;
        quint64 mult = 0; // ns per tick, 32.32 fixed point
    };
    static const Calibration& calibration() noexcept
    {
        static const Calibration c = calibrate();
        return c;
    }
    static Calibration calibrate() noexcept;
};

} // namespace interleave
