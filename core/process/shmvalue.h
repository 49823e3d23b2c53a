// SPDX-License-Identifier: MIT
#pragma once

#include "process/sharedlock.h"

#include <QStringList>

namespace interleave {

// multiprocessing.Value('i') and Array('i', n): integers in shared memory, each with its lock
// (get_lock(), an RLock as in Python). read() and write() are separate steps, as `v.value += 1` is a
// load and a store: another process can write in between (through relaxed atomics, a lost update by
// design, never a data race). Each write records the new value as a counter of its resource.
class ShmArray : public Shareable {
public:
    ShmArray() = default;
    // Resources: `elementNames` (one per element), and "<lockName>" for the lock.
    ShmArray(RunContext& ctx, const QStringList& elementNames, const QString& lockName, qint64 initial = 0);
    static ShmArray attach(Side& side, const QJsonValue& handle);

    int length() const;
    qint64 read(int index) const;
    void write(int index, qint64 value);
    int resource(int index) const;
    SharedLock& getLock();
    QJsonValue share(FdTable& fds) const override;

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

// Value('i', initial): an array of one, named "Value('i')", its lock "Value('i') lock".
class ShmValue : public Shareable {
public:
    ShmValue() = default;
    ShmValue(RunContext& ctx, const QString& name = QStringLiteral("Value('i')"), qint64 initial = 0);
    static ShmValue attach(Side& side, const QJsonValue& handle);

    qint64 read() const { return m_array.read(0); }
    void write(qint64 value) { m_array.write(0, value); }
    int resource() const { return m_array.resource(0); }
    SharedLock& getLock() { return m_array.getLock(); }
    QJsonValue share(FdTable& fds) const override { return m_array.share(fds); }

private:
    ShmArray m_array;
};

} // namespace interleave
