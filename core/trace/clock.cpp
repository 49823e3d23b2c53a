// SPDX-License-Identifier: MIT
#include "trace/clock.h"

#include <QFile>

#include <ctime>

namespace interleave {

qint64 Clock::monotonicNs() noexcept
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double Clock::tscGHz() noexcept
{
    const Calibration& c = calibration();
    return c.useTsc ? (double(quint64(1) << 32) / double(c.mult)) : 0.0;
}

namespace {

bool hasInvariantTsc()
{
    if (qEnvironmentVariableIsSet("INTERLEAVE_NO_TSC"))
        return false;
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // The first processor's flags are enough: the kernel reports the same on every core. /proc files
    // report a size of 0, so QFile::atEnd() is true at once: read until readLine() returns nothing.
    for (QByteArray line = f.readLine(); !line.isEmpty(); line = f.readLine()) {
        if (line.startsWith("flags")) {
            const QList<QByteArray> flags = line.mid(line.indexOf(':') + 1).simplified().split(' ');
            return flags.contains("constant_tsc") && flags.contains("nonstop_tsc");
        }
    }
    return false;
}

} // namespace

Clock::Calibration Clock::calibrate() noexcept
{
    Calibration c;
#if defined(__x86_64__) || defined(__i386__)
    if (!hasInvariantTsc())
        return c;
    // Measure ticks against CLOCK_MONOTONIC over ~20 ms, bracketing each read tightly.
    auto sample = [](quint64& tsc, qint64& ns) {
        quint64 best = ~quint64(0);
        for (int i = 0; i < 5; ++i) {
            const quint64 a = __rdtsc();
            const qint64 t = monotonicNs();
            const quint64 b = __rdtsc();
            if (b - a < best) {
                best = b - a;
                tsc = a + (b - a) / 2;
                ns = t;
            }
        }
    };
    quint64 tsc0 = 0, tsc1 = 0;
    qint64 ns0 = 0, ns1 = 0;
    sample(tsc0, ns0);
    timespec pause { 0, 20'000'000 };
    nanosleep(&pause, nullptr);
    sample(tsc1, ns1);
    if (tsc1 <= tsc0 || ns1 <= ns0)
        return c;
    const double nsPerTick = double(ns1 - ns0) / double(tsc1 - tsc0);
    c.mult = quint64(nsPerTick * double(quint64(1) << 32));
    c.tscBase = tsc1;
    c.monotonicBase = ns1;
    c.useTsc = c.mult > 0;
#endif
    return c;
}

} // namespace interleave
