// SPDX-License-Identifier: MIT
#pragma once

#include "process/fdtable.h"

#include <QString>

#include <memory>

namespace interleave {

class RunContext;
class Side;

// A starting gun for worker processes (as a multiprocessing.Barrier or Event would be used): each worker
// waits at the gate (State Waiting on the "start" resource); the parent opens it once all have arrived,
// releasing them together, so their steps really overlap. In shared memory: an arrival count and a
// process-shared semaphore.
class StartGate : public Shareable {
public:
    StartGate() = default;
    StartGate(RunContext& ctx, int parties, const QString& name = QStringLiteral("start"));
    static StartGate attach(Side& side, const QJsonValue& handle);

    void wait(); // in a worker
    void open(); // in the parent: waits (interruptibly) for every party, then lets them all go
    QJsonValue share(FdTable& fds) const override;

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

} // namespace interleave
