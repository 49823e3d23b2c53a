// SPDX-License-Identifier: MIT
#pragma once

#include "engine/runcontext.h"
#include "sync/waitable.h"

#include <QVariant>

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace interleave {

struct FutureWaiter;

// concurrent.futures.Future, instrumented: a resource "future-<i>" that the worker running it holds.
// A future is pending, running, cancelled or finished (with a result or an exception). cancel() and a
// worker's start are decided under one lock, so exactly one of them wins. Every wait is interruptible.
class Future : public Waitable {
public:
    enum class Status { Pending, Running, Cancelled, Finished };

    Future(RunContext& ctx, const QString& name, int index);
    ~Future() override;

    int index() const { return m_index; } // submission index

    // Python's API.
    bool cancel(); // true when cancelled now or before; false once running or finished
    bool cancelled() const;
    bool running() const;
    bool done() const; // finished or cancelled
    // Waits, then returns the result or throws the task's PyError, CancelledError or TimeoutError.
    QVariant result(double timeoutMs = -1);
    // Waits, then returns the task's exception (none when it returned); throws CancelledError or TimeoutError.
    std::optional<PyError> exception(double timeoutMs = -1);
    // Called with this future once it is done: at once (on the caller) when it already is.
    void addDoneCallback(std::function<void(Future&)> fn);
    Status status() const;
    // Without waiting or raising, for reports: the result (null unless it finished well), the exception.
    QVariant resultNow() const;
    std::optional<PyError> exceptionNow() const;

    // The executor's side.
    void setSubmitFlow(quint32 flow) { m_submitFlow = flow; }
    // On the worker: false when the future was cancelled (the item is skipped); otherwise the future is
    // running from now on and the worker holds it.
    bool setRunningOrNotifyCancel();
    void setResult(const QVariant& value);
    void setException(const PyError& error);
    // The run stops while the item runs: the hold ends, the future stays running.
    void abandon();

    // For as_completed(): installs a waiter; a future already done is reported to it at once.
    void addWaiter(FutureWaiter* w);
    void removeWaiter(FutureWaiter* w);

    void interruptWaiters() override;
    std::vector<int> holders() const override; // the worker running it
    std::vector<int> waiters() const override;

    // The text Python prints for an exception: "ValueError: boom", or the type alone.
    static QString errorText(const PyError& e);

private:
    void finish(std::unique_lock<std::mutex>& lock, int me); // m_m held: wakes waiters, then runs callbacks
    bool waitDone(double timeoutMs); // false on timeout
    [[noreturn]] void raiseOnCaller(const PyError& error) const; // an exception instant on the caller, then throw

    mutable std::mutex m_m; // guards what follows
    Status m_status = Status::Pending;
    QVariant m_result;
    std::optional<PyError> m_error;
    std::vector<FutureWaiter*> m_waiters;
    std::vector<std::function<void(Future&)>> m_callbacks;
    int m_runner = -1;
    qint64 m_holdId = 0;
    quint32 m_submitFlow = 0;
    const int m_index;
};

} // namespace interleave
