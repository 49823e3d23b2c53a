// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"

namespace interleave::aio {

// What `co_await sleep(ms)` waits on: the loop's timer. The task is suspended on the "timer"
// resource; when the timer fires the loop (its thread's actor) wakes it with a wake flow.
struct SleepAwaiter {
    TimerNode node; // first: the timer callback finds the awaiter from it; deadline holds the delay
    TaskCore* task = nullptr; // kept small: 100,000 sleeping tasks hold one each

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h)
    {
        EventLoop* loop = EventLoop::current();
        if (node.deadline <= 0) {
            loop->yieldCurrent(h); // sleep(0): let every other ready task run first
            return;
        }
        task = loop->currentTask();
        node.fire = [](TimerNode* n) {
            auto* self = reinterpret_cast<SleepAwaiter*>(n);
            EventLoop* l = EventLoop::current();
            l->wake(self->task, l->flowFrom(l->loopActor(), FlowKind::Wake, l->timerResource()));
        };
        loop->addTimer(&node, node.deadline);
        loop->suspend(h, loop->timerResource(), this, [](void* self, TaskCore* t) {
            auto* s = static_cast<SleepAwaiter*>(self);
            EventLoop* l = EventLoop::current();
            l->removeTimer(&s->node);
            t->mustCancel = true;
            l->wake(t);
            return true;
        });
    }
    void await_resume() const { EventLoop::current()->throwIfCancelPending(); }
};

// asyncio.sleep(ms / 1000). sleep(0) yields to the other ready tasks.
inline SleepAwaiter sleep(double ms)
{
    SleepAwaiter a;
    a.node.deadline = qint64(ms * 1e6);
    return a;
}

} // namespace interleave::aio
