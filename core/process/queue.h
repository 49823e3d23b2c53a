// SPDX-License-Identifier: MIT
#pragma once

#include "process/fdtable.h"

#include <QString>

#include <memory>

namespace interleave {

class RunContext;
class Side;

// multiprocessing.Queue of JSON values between processes: put() never waits for a getter (unless the
// socket is full), get() blocks in State Waiting on the queue (a parent's get ends when the run
// stops; get(timeout) raises queue.Empty). The number of items is kept in shared memory and drawn as
// the queue's counter. Messages travel as the compact JSON of [flow id, value]. Pass it to a worker
// in ProcessArgs; attach it there.
class Queue : public Shareable {
public:
    Queue() = default;
    explicit Queue(RunContext& ctx, const QString& name = QStringLiteral("Queue"));
    static Queue attach(Side& side, const QJsonValue& handle);

    void put(const QJsonValue& value);
    QJsonValue get(double timeoutMs = -1); // Empty on timeout; EOFError when every putter has closed
    qint64 qsize() const;
    bool empty() const { return qsize() == 0; }
    void close(); // this process puts no more (its write end is closed)
    int resource() const;
    QJsonValue share(FdTable& fds) const override;

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

} // namespace interleave
