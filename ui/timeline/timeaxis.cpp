// SPDX-License-Identifier: MIT
#include "timeline/timeaxis.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace interleave {

namespace {

struct Unit {
    qreal ns;
    QString symbol;
};

Unit unitFor(qreal stepNs)
{
    // The unit a step is at least half of: 500 ms steps read "0.5 s, 1 s, 1.5 s".
    if (stepNs >= 5e8)
        return { 1e9, u"s"_s };
    if (stepNs >= 5e5)
        return { 1e6, u"ms"_s };
    if (stepNs >= 5e2)
        return { 1e3, u"µs"_s };
    return { 1, u"ns"_s };
}

int decimalsFor(qreal stepInUnit)
{
    int decimals = 0;
    while (decimals < 9 && std::abs(stepInUnit * std::pow(10.0, decimals) - std::round(stepInUnit * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

QString number(qreal value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // never "-0 ms"
    QString s = QString::number(value, 'f', decimals);
    // "1 s" rather than "1.0 s" between "0.5 s" and "1.5 s".
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

} // namespace

qint64 TimeAxis::stepFor(const TimeMapping& mapping, qreal minSpacingPx)
{
    const qreal minStep = std::max<qreal>(mapping.nsPerPixel() * minSpacingPx, 1);
    qint64 magnitude = 1;
    while (true) {
        for (const qint64 m : { 1, 2, 5 }) {
            if (qreal(m * magnitude) >= minStep)
                return m * magnitude;
        }
        if (magnitude > std::numeric_limits<qint64>::max() / 100)
            return magnitude * 10;
        magnitude *= 10;
    }
}

std::vector<Tick> TimeAxis::ticks(const TimeMapping& mapping, qint64 step)
{
    std::vector<Tick> out;
    if (step <= 0)
        return out;
    const qreal stepPx = qreal(step) / mapping.nsPerPixel();
    // Minor ticks: 5 per step when that leaves 8 px between them, else 2, else none.
    int minorPerMajor = 1;
    if (stepPx / 5 >= 8)
        minorPerMajor = 5;
    else if (stepPx / 2 >= 8)
        minorPerMajor = 2;
    const qreal minorStep = qreal(step) / minorPerMajor;
    const qint64 firstMinor = qint64(std::ceil(mapping.start / minorStep));
    const qint64 lastMinor = qint64(std::floor(mapping.end / minorStep));
    out.reserve(std::size_t(std::max<qint64>(0, lastMinor - firstMinor + 1)));
    for (qint64 i = firstMinor; i <= lastMinor; ++i) {
        const qreal t = qreal(i) * minorStep;
        const bool major = i % minorPerMajor == 0;
        out.push_back(Tick { t, mapping.mapTimeToX(t), major ? label(t, step) : QString(), major });
    }
    return out;
}

QString TimeAxis::label(qreal timeNs, qint64 stepNs)
{
    const Unit unit = unitFor(qreal(stepNs));
    const int decimals = decimalsFor(qreal(stepNs) / unit.ns);
    return number(timeNs / unit.ns, decimals) + u' ' + unit.symbol;
}

QString TimeAxis::duration(qreal ns)
{
    const qreal a = std::abs(ns);
    Unit unit { 1, u"ns"_s };
    if (a >= 1e9)
        unit = { 1e9, u"s"_s };
    else if (a >= 1e6)
        unit = { 1e6, u"ms"_s };
    else if (a >= 1e3)
        unit = { 1e3, u"µs"_s };
    const qreal v = ns / unit.ns;
    const qreal av = std::abs(v);
    const int decimals = unit.ns == 1 ? 0 : (av >= 100 ? 0 : av >= 10 ? 1 : 2);
    return number(v, decimals) + u' ' + unit.symbol;
}

} // namespace interleave
