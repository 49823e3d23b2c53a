// SPDX-License-Identifier: MIT
#pragma once

#include "aio/task.h"
#include "aio/timerheap.h"
#include "trace/recorder.h"

#include <QCoreApplication>
#include <QString>

#include <coroutine>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace interleave {
class RunContext;
}

namespace interleave::aio {

class Executor;

// A task waiting for a file descriptor to become readable or writable (lives in its awaiter).
struct IoWaiter {
    void (*ready)(IoWaiter* self) = nullptr;
};

// Readiness of one file descriptor, shared by the socket that owns it and the loop's epoll set.
struct IoWatch {
    int fd = -1;
    IoWaiter* reader = nullptr; // at most one task waits to read, one to write
    IoWaiter* writer = nullptr;
    // False once a read found the socket drained, true again when epoll reports it readable (edge
    // triggered: data arriving after that read is an edge). Saves the recv() that would only say EAGAIN.
    // Not after a hang-up or an error: a read that returned the last data before a FIN (or a reset)
    // leaves that for the next read, and no further edge would come.
    bool mayRead = true;
    bool hungUp = false;
};

// A job finished on another thread (run_in_executor): handed to the loop, which wakes its task.
struct Completion {
    Completion* next = nullptr;
    TaskCore* task = nullptr;
    quint32 flow = 0; // begun on the finishing thread
};

// asyncio's event loop: one thread runs every task, one step at a time. A task runs until it awaits
// something that is not ready; it then waits suspended (on a timer, a future, a lock, a queue, a
// socket) and the loop runs the next ready task, or waits in epoll for the next timer or I/O.
//
// With a RunContext the loop records everything: the loop thread (the calling thread's actor) and
// the "event loop" resource whose counter is the ready queue's length, each task an actor of kind
// task (Running / Runnable / Suspended on what it awaits / Done, Cancelled or Failed), wake-ups as
// flows. Its waits are interruptible by the engine, and a run in which every task waits for something
// no one can do ends with a diagnosis (a deadlock outcome) instead of hanging. Without a RunContext it
// records nothing (benchmarks).
//
// Single-threaded: everything but postCompletion() and interrupt() must be called on the loop's thread.
// Task handles must not outlive the loop.
class EventLoop {
    Q_DECLARE_TR_FUNCTIONS(EventLoop)
public:
    explicit EventLoop(RunContext* ctx = nullptr);
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    // The loop running on the calling thread, or null.
    static EventLoop* current();
    // True while the loop destroys the frames left at its end: guards (lock releases) do nothing.
    static bool tearingDown();

    // asyncio.run(main): runs `main` as the task named `name` until it is done, then cancels the
    // tasks still pending and lets them finish. Returns its result or raises its exception. Throws
    // Interrupted when the engine stops the run (or the loop found every task stuck).
    template <typename T> T run(Async<T> main, const QString& name = QStringLiteral("main"))
    {
        Task<T> task = createTask(std::move(main), name);
        runUntilDone(task.core());
        return task.result();
    }

    // asyncio.create_task(coro, name=name): scheduled to start at the loop's next step. Empty
    // names are "Task-1", "Task-2", ... in creation order.
    template <typename T> Task<T> createTask(Async<T> coro, const QString& name = {})
    {
        auto h = coro.release();
        adopt(&h.promise().core, h, name);
        return Task<T>(h);
    }

    // loop.time(): nanoseconds since the loop was made.
    qint64 timeNs() const;

    // Recording. recorder() is null when the loop records nothing.
    RunContext* context() const { return m_ctx; }
    Recorder* recorder() const { return m_rec; }
    int loopActor() const { return m_loopActor; }
    int loopResource() const { return m_loopResource; }
    int timerResource() const { return m_timerResource; }
    int currentActor() const; // the running task's actor, else the loop thread's
    TaskCore* currentTask() const { return m_current; }
    int taskCount() const { return m_taskCount; } // tasks made so far
    int maxReady() const { return m_maxReady; } // the longest the ready queue has been
    // A resource of the trace (-1 when not recording).
    int addResource(const QString& name, ResourceKind kind, qint64 capacity = 0);
    // Who holds `resource` now, asked only when the loop explains why every task is stuck.
    void setHolderQuery(int resource, std::function<std::vector<int>()> query);
    void clearHolderQuery(int resource);
    // The trace resource for awaiting `task` as a future ("Task-3"), made on first use.
    int futureResource(TaskCore* task);

    // For awaitables: the current task suspends at `h` on `resource`; `hook` is what a cancel() of
    // the task does meanwhile (see TaskCore).
    void suspend(std::coroutine_handle<> h, int resource, void* hookObject, bool (*hook)(void*, TaskCore*));
    // A suspended task becomes ready; `flow` (0: none) ends on it when it next runs.
    void wake(TaskCore* task, quint32 flow = 0);
    // Begins a flow at `actor` (0 when not recording).
    quint32 flowFrom(int actor, FlowKind kind, int resource = -1);
    // asyncio.sleep(0): the current task goes to the back of the ready queue.
    void yieldCurrent(std::coroutine_handle<> h);
    void addTimer(TimerNode* node, qint64 delayNs);
    void removeTimer(TimerNode* node) { m_timers.remove(node); }
    // Task.cancel().
    bool cancel(TaskCore* task);
    // At the end of every await: raises CancelledError if a cancel is pending for the current task.
    void throwIfCancelPending();

    // I/O on epoll (edge-triggered): a socket registers its fd once; tasks wait for readiness.
    void watch(IoWatch* w);
    void unwatch(IoWatch* w);
    void ioWaitChanged(int delta) { m_ioWaiters += delta; }

    // run_in_executor: the loop's thread pool (made on first use; needs a RunContext).
    Executor& executor();
    void jobStarted() { ++m_jobsInFlight; }
    int takeJobNumber() { return m_jobNumber++; } // names the calls' futures: future-0, future-1, ...
    // From any thread: a job finished; the loop wakes its task.
    void postCompletion(Completion* c);

    // Internal (task.h / async.h).
    void retain(TaskCore* t) { ++t->refs; }
    void release(TaskCore* t);
    void finished(TaskCore* t) noexcept;

private:
    struct LoopWaitable;

    void adopt(TaskCore* core, std::coroutine_handle<> h, const QString& name);
    void runUntilDone(TaskCore* main);
    void runOnce();
    void step(TaskCore* t);
    void poll(int timeoutMs);
    void fireTimers();
    void drainCompletions();
    void diagnoseStuck();
    void setLoopState(State s);
    void checkStop();
    void destroyAll();

    RunContext* m_ctx = nullptr;
    Recorder* m_rec = nullptr;
    std::unique_ptr<LoopWaitable> m_waitable;
    int m_loopActor = -1;
    int m_loopResource = -1;
    int m_timerResource = -1;
    qint64 m_pid = 0;
    qint64 m_origin = 0;
    State m_loopState = State::Running;
    qint64 m_lastCounter = -1;

    TaskCore* m_current = nullptr;
    TaskCore* m_first = nullptr; // every task whose frame exists
    int m_taskCount = 0;
    int m_unnamed = 0; // names Task-1, Task-2, ...
    int m_pending = 0; // tasks not done
    int m_maxReady = 0;
    std::vector<TaskCore*> m_ready;
    std::vector<TaskCore*> m_batch;
    TimerHeap m_timers;
    quint32 m_timerSeq = 0;
    bool m_stopFromTask = false; // a task was interrupted by the engine

    int m_epoll = -1;
    int m_wakeFd = -1; // eventfd: the engine's stop and finished jobs interrupt epoll_wait
    int m_ioWaiters = 0;
    int m_jobsInFlight = 0;
    int m_jobNumber = 0;
    std::mutex m_completionMutex;
    Completion* m_completions = nullptr;
    std::unique_ptr<Executor> m_executor;

    std::unordered_map<int, std::function<std::vector<int>()>> m_holderQueries;
    std::unordered_map<int, TaskCore*> m_futureOwners;
    std::vector<QString> m_taskNames; // by actor, for the futures' names
};

} // namespace interleave::aio
