// SPDX-License-Identifier: MIT
#pragma once

#include "process/fdtable.h"

#include <QString>

#include <memory>

namespace interleave {

class RunContext;
class Side;

// A starting gun for worker processes (multiprocessing.Barrier(parties) used once): each worker waits at
// the gate (State Waiting on the "start" resource) and the last to arrive releases them all together
// (Instant Set on the gate), so that their next steps really overlap. In shared memory: an arrival count
// and a process-shared semaphore.
class StartGate : public Shareable {
public:
    StartGate() = default;
    StartGate(RunContext& ctx, int parties, const QString& name = QStringLiteral("start"));
    static StartGate attach(Side& side, const QJsonValue& handle);

    void wait(); // in a worker
    QJsonValue share(FdTable& fds) const override;

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

} // namespace interleave
