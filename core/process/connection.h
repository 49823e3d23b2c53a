// SPDX-License-Identifier: MIT
#pragma once

#include "process/fdtable.h"

#include <QString>

#include <memory>
#include <utility>

namespace interleave {

class RunContext;
class Side;

// One end of a multiprocessing.Pipe(): send() and recv() of JSON values (a message is the compact JSON
// of [flow id, value]; the flow id ties send -> recv in the trace). recv() blocks (State Io on the pipe)
// and raises EOFError once every copy of the other end is closed and nothing is left. A parent's
// recv ends when the run stops. Pass an end to a worker in ProcessArgs; attach it there.
class Connection : public Shareable {
public:
    Connection() = default;
    static Connection attach(Side& side, const QJsonValue& handle);

    void send(const QJsonValue& value); // OSError on a read-only end, BrokenPipeError when the other end is gone
    QJsonValue recv(); // OSError on a write-only end, EOFError at end-of-file
    bool poll(double timeoutMs = 0); // whether recv() would not block
    void close(); // this process's copy; the other end sees end-of-file when every copy is closed
    bool closed() const;
    bool readable() const;
    bool writable() const;
    int resource() const;
    QJsonValue share(FdTable& fds) const override;

private:
    friend std::pair<Connection, Connection> makePipe(RunContext& ctx, bool duplex, const QString& name);
    struct Impl;
    std::shared_ptr<Impl> d;
};

// Pipe(duplex): (conn1, conn2). Duplex: both ends send and receive. Not duplex: conn1 only receives
// and conn2 only sends, as in Python. One Pipe resource for both ends, named `name` (default "Pipe").
std::pair<Connection, Connection> makePipe(RunContext& ctx, bool duplex = true, const QString& name = {});

} // namespace interleave
