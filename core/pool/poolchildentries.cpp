// SPDX-License-Identifier: MIT
// What a ProcessPoolExecutor worker runs for pool.gil (mode processes), inside interleave-worker.
#include "pool/cpuwork.h"
#include "process/childcontext.h"
#include "process/childentries.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <ctime>

namespace interleave {

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// args: [task index, work_ms]. Burns work_ms of CPU time in this process, as the threads do, and returns
// {"cpu_ms", "end_ns"}: the CPU time used and when it ended (CLOCK_MONOTONIC, shared by the processes).
QJsonValue cpuTask(ChildContext& cx, const QJsonArray& args)
{
    const int index = args.at(0).toInt();
    const double workMs = args.at(1).toDouble();
    cx.state(State::Running);
    cx.instant(InstantKind::Mark, -1, 0, QCoreApplication::translate("Scenario", "task %1 starts").arg(index));
    const double start = threadCpuMs();
    burnCpuMs(workMs);
    const double used = threadCpuMs() - start;
    cx.instant(InstantKind::Mark, -1, 0,
        QCoreApplication::translate("Scenario", "task %1 done: %2 ms CPU").arg(index).arg(qRound(used)));
    return QJsonObject { { QStringLiteral("cpu_ms"), used }, { QStringLiteral("end_ns"), double(monotonicNs()) } };
}

} // namespace

INTERLEAVE_CHILD_ENTRY(cpuTask, "pool.cpu_task");

} // namespace interleave
