// SPDX-License-Identifier: MIT
#pragma once

// Internal to the primitives: the node a blocked thread parks on, and the wait loop they share.

#include "engine/runcontext.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace interleave {

// Lives on the waiting thread's stack while it is queued. Each has its own condition variable so
// that a release wakes exactly the thread it hands over to, never a herd.
struct WaitNode {
    explicit WaitNode(int a)
        : actor(a)
    {
    }
    const int actor;
    std::condition_variable cv;
    bool woken = false; // granted, notified, set, released: decided by the waker, under the lock
    quint32 flow = 0; // the waker's flow, ended by the waiter when it runs
    qint64 holdId = 0; // a lock or permit handed over
    int depth = 1; // recursion depth an RLock is handed over with
};

enum class WaitResult { Woken, TimedOut, Interrupted };

// A wait's end, from a timeout in milliseconds (negative: none).
struct Deadline {
    explicit Deadline(double timeoutMs)
        : infinite(timeoutMs < 0)
        , at(std::chrono::steady_clock::now()
              + std::chrono::nanoseconds(qint64(std::min(std::max(timeoutMs, 0.0), 1e12) * 1e6)))
    {
    }
    bool infinite;
    std::chrono::steady_clock::time_point at;
};

template <typename Node>
void removeNode(std::deque<Node*>& queue, WaitNode* node)
{
    auto it = std::find(queue.begin(), queue.end(), static_cast<Node*>(node));
    if (it != queue.end())
        queue.erase(it);
}

// Blocks until the node is woken, the deadline passes or the actor is interrupted. `lock` is held on
// entry and on return. On a timeout or an interruption the node has left the queue.
template <typename Node>
WaitResult parkNode(RunContext& ctx, std::unique_lock<std::mutex>& lock, Node& node, std::deque<Node*>& queue,
    const Deadline& deadline)
{
    for (;;) {
        if (node.woken)
            return WaitResult::Woken;
        if (ctx.interrupted(node.actor)) {
            removeNode(queue, &node);
            return WaitResult::Interrupted;
        }
        if (deadline.infinite) {
            node.cv.wait(lock);
        } else if (node.cv.wait_until(lock, deadline.at) == std::cv_status::timeout) {
            if (node.woken)
                return WaitResult::Woken;
            removeNode(queue, &node);
            return WaitResult::TimedOut;
        }
    }
}

// Wakes `node` on behalf of `fromActor`: a flow from the waker, the waiter marked runnable (it owns
// what it waited for, but the OS has not run it yet) and no longer counted as waiting.
inline void wakeNode(RunContext& ctx, int fromActor, WaitNode& node, FlowKind kind, int resource)
{
    Recorder& rec = ctx.recorder();
    node.flow = rec.flowBegin(fromActor, kind, resource);
    rec.state(node.actor, State::Runnable, resource);
    ctx.endWait(node.actor);
    node.woken = true;
    node.cv.notify_one();
}

// Takes the first waiter that can still be handed something. Interrupted ones are dropped from the
// queue and nudged: they leave by themselves, so that a stopping run never hands a lock to a thread
// that is on its way out (which would then run on as if nothing had happened).
template <typename Node>
Node* popLiveWaiter(RunContext& ctx, std::deque<Node*>& queue)
{
    while (!queue.empty()) {
        Node* node = queue.front();
        queue.pop_front();
        if (!ctx.interrupted(node->actor))
            return node;
        node->cv.notify_one();
    }
    return nullptr;
}

// Waitable::interruptWaiters() of a primitive: every queued thread looks at its interruption.
template <typename Node>
void nudgeAll(const std::deque<Node*>& queue)
{
    for (Node* node : queue)
        node->cv.notify_one();
}

// Waitable::waiters() of a primitive: the queued threads' actors, first first.
template <typename Node>
std::vector<int> actorsOf(const std::deque<Node*>& queue)
{
    std::vector<int> out;
    out.reserve(queue.size());
    for (const Node* node : queue)
        out.push_back(node->actor);
    return out;
}

// What the waiter records when it runs again after wakeNode().
inline void recordWoken(RunContext& ctx, const WaitNode& node, int resource)
{
    Recorder& rec = ctx.recorder();
    rec.flowEnd(node.actor, node.flow, resource);
    rec.state(node.actor, State::Running);
    ctx.endWait(node.actor);
}

inline void recordTimedOut(RunContext& ctx, int actor, int resource)
{
    Recorder& rec = ctx.recorder();
    rec.instant(actor, InstantKind::Timeout, resource);
    rec.state(actor, State::Running);
    ctx.endWait(actor);
}

inline PyError pyError(const char* type, const char* message)
{
    return PyError { QString::fromLatin1(type), QCoreApplication::translate("PyError", message) };
}

// Python's argument checks of Lock.acquire(blocking, timeout).
inline void checkAcquireArgs(bool blocking, double timeoutMs)
{
    if (!blocking && timeoutMs >= 0)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "can't specify a timeout for a non-blocking call"));
    if (timeoutMs < 0 && timeoutMs != -1)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "timeout value must be a non-negative number"));
}

} // namespace interleave
