// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"

namespace interleave::aio {

// What `co_await sleep(ms)` waits on: the loop's timer. The task is suspended on the "timer"
// resource; when the timer fires the loop (its thread's actor) wakes it with a wake flow.
struct SleepAwaiter {
    TimerNode node; // first: the timer callback finds the awaiter from it
    qint64 ns = 0;
    EventLoop* loop = nullptr;
    TaskCore* task = nullptr;

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h)
    {
        loop = EventLoop::current();
        if (ns <= 0) {
            loop->yieldCurrent(h); // sleep(0): let every other ready task run first
            return;
        }
        task = loop->currentTask();
        node.fire = [](TimerNode* n) {
            auto* self = reinterpret_cast<SleepAwaiter*>(n);
            EventLoop* l = self->loop;
            l->wake(self->task, l->flowFrom(l->loopActor(), FlowKind::Wake, l->timerResource()));
        };
        loop->addTimer(&node, ns);
        loop->suspend(h, loop->timerResource(), this, [](void* self, TaskCore* t) {
            auto* s = static_cast<SleepAwaiter*>(self);
            s->loop->removeTimer(&s->node);
            t->mustCancel = true;
            s->loop->wake(t);
            return true;
        });
    }
    void await_resume() const { loop->throwIfCancelPending(); }
};

// asyncio.sleep(ms / 1000). sleep(0) yields to the other ready tasks.
inline SleepAwaiter sleep(double ms)
{
    SleepAwaiter a;
    a.ns = qint64(ms * 1e6);
    return a;
}

} // namespace interleave::aio
