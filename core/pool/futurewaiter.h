// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

#include <QtGlobal>

namespace interleave {

class Future;
class RunContext;

// A thread parked on one or more futures (result(), as_completed()). Lives on the waiting thread's
// stack while installed in the futures it waits for. A finishing future takes its own lock, then this
// one: the waiter never holds this lock while it takes a future's.
struct FutureWaiter {
    explicit FutureWaiter(int a)
        : actor(a)
    {
    }
    const int actor;
    std::mutex m; // guards what follows
    std::condition_variable cv;
    std::deque<Future*> finished; // done futures not yet taken, in the order they became done
    bool parked = false; // recorded as waiting: the first future to finish wakes it (a wake flow)
    bool woken = false;
    quint32 flow = 0; // the waker's flow, ended by the waiter when it runs
    int flowResource = -1;
};

// Takes the next done future, waiting for one if none is: recorded as waiting on `resource` (the
// future the caller names as the one it waits for). Returns nullptr when the timeout (ms, negative:
// none) passes first; throws Interrupted when the run stops.
Future* takeFinished(RunContext& ctx, FutureWaiter& w, int resource, double timeoutMs);

} // namespace interleave
