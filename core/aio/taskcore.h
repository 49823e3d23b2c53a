// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <coroutine>
#include <exception>

namespace interleave::aio {

class EventLoop;
struct TaskCore;

// asyncio.CancelledError: thrown at the await where a cancelled task is suspended. A task may catch
// it, clean up, and should re-raise it (`throw;`); a task that lets it escape ends cancelled.
struct CancelledError { };

// Called when a task finishes. Nodes live inside whoever waits (an awaiter in a coroutine frame, a
// gather), so registering costs no allocation.
struct DoneCallback {
    DoneCallback* next = nullptr;
    void (*fn)(DoneCallback* self, TaskCore* done) = nullptr;
};

// The part of every coroutine frame the loop works with. Every coroutine carries one (inside its
// promise) so that any coroutine can become a task without a second frame; only tasks use it.
struct TaskCore {
    enum class Status : quint8 { Pending, Done, Cancelled, Failed };

    EventLoop* loop = nullptr; // null for a coroutine awaited inline (not a task)
    std::coroutine_handle<> self; // the task's own frame
    std::coroutine_handle<> resumePoint; // the innermost coroutine to resume next
    std::exception_ptr exception;
    DoneCallback* callbacks = nullptr;
    TaskCore* prev = nullptr; // the loop's list of tasks whose frame exists
    TaskCore* next = nullptr;
    // What a cancel() does while the task is suspended: the awaited thing's own cancel. Returns true
    // when the task will see a CancelledError (or the cancel went to what it awaits).
    void* hookObject = nullptr;
    bool (*hookFn)(void* object, TaskCore* task) = nullptr;
    int actor = -1; // trace actor, -1 when the loop does not record
    int waitResource = -1; // what it is suspended on (trace resource), for the deadlock diagnosis
    int futureResource = -1; // this task seen as a future, made when somebody first awaits it
    quint32 wakeFlow = 0; // flow to end when it next runs
    quint32 refs = 0; // Task handles + the loop while pending
    Status status = Status::Pending;
    bool mustCancel = false; // raise CancelledError at the next resume
    bool started = false;

    bool done() const { return status != Status::Pending; }
};

} // namespace interleave::aio
