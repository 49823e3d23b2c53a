// SPDX-License-Identifier: MIT
#include "pool/futurewaiter.h"

#include "sync/waitnode.h"

namespace interleave {

Future* takeFinished(RunContext& ctx, FutureWaiter& w, int resource, double timeoutMs)
{
    Recorder& rec = ctx.recorder();
    const int me = w.actor;
    ctx.throwIfInterrupted(me);
    std::unique_lock lock(w.m);
    auto take = [&w] {
        Future* f = w.finished.front();
        w.finished.pop_front();
        return f;
    };
    if (!w.finished.empty())
        return take();
    const Deadline deadline(timeoutMs);
    w.parked = true;
    w.woken = false;
    rec.state(me, State::Waiting, resource);
    ctx.beginWait(me, resource, State::Waiting, !deadline.infinite);
    for (;;) {
        if (!w.finished.empty()) {
            if (w.woken)
                rec.flowEnd(me, w.flow, w.flowResource);
            rec.state(me, State::Running);
            w.parked = false;
            w.woken = false;
            ctx.endWait(me);
            return take();
        }
        if (ctx.interrupted(me)) {
            w.parked = false;
            lock.unlock();
            ctx.endWait(me);
            throw Interrupted {};
        }
        if (deadline.infinite) {
            w.cv.wait(lock);
        } else if (w.cv.wait_until(lock, deadline.at) == std::cv_status::timeout && w.finished.empty()) {
            w.parked = false;
            lock.unlock();
            recordTimedOut(ctx, me, resource);
            return nullptr;
        }
    }
}

} // namespace interleave
