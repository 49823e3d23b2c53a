// SPDX-License-Identifier: MIT
#pragma once

#include "process/fdtable.h"

#include <QString>

#include <atomic>
#include <memory>

#include <semaphore.h>

namespace interleave {

class RunContext;
class Side;
class ShmSegment;

// The part of a lock that lives in shared memory: a process-shared semaphore (as Python's SemLock) and
// what the trace needs (who holds it, the hold, the release flow handed to the next holder).
struct LockShm {
    sem_t sem;
    std::atomic<int> owner; // actor, or -1
    std::atomic<int> depth; // RLock recursion
    std::atomic<qint64> holdId;
    std::atomic<quint32> releaseFlow; // begun by the last releaser for the next holder
    std::atomic<int> waiters;
};
void initLockShm(LockShm* shm);

// multiprocessing.Lock (recursive: RLock) in shared memory, usable from the parent's threads and from
// workers alike. Any process may release a Lock; an RLock only its owner. A parent's blocked acquire
// ends when the run stops. Pass it to a worker in ProcessArgs; attach it there with attach().
class SharedLock : public Shareable {
public:
    SharedLock() = default;
    SharedLock(RunContext& ctx, const QString& name = QStringLiteral("Lock"), bool recursive = false);
    static SharedLock attach(Side& side, const QJsonValue& handle);
    // A lock inside another object's segment (Value's and Array's get_lock()).
    SharedLock(RunContext& ctx, const QString& name, bool recursive, std::shared_ptr<ShmSegment> segment, LockShm* shm);

    bool acquire(bool blocking = true, double timeoutMs = -1);
    void release();
    int resource() const;
    int owner() const; // actor, or -1
    QJsonValue share(FdTable& fds) const override;

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

// `with lock:`
class LockGuard {
public:
    explicit LockGuard(SharedLock& lock)
        : m_lock(lock)
    {
        m_lock.acquire();
    }
    ~LockGuard() { m_lock.release(); }
    LockGuard(const LockGuard&) = delete;
    LockGuard& operator=(const LockGuard&) = delete;

private:
    SharedLock& m_lock;
};

} // namespace interleave
