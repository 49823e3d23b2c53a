// SPDX-License-Identifier: MIT
#include "aio/wait.h"

#include "engine/runcontext.h"

namespace interleave::aio::detail {

namespace {

void unlinkCallback(TaskCore* t, DoneCallback* node)
{
    for (DoneCallback** p = &t->callbacks; *p; p = &(*p)->next) {
        if (*p == node) {
            *p = node->next;
            node->next = nullptr;
            return;
        }
    }
}

void appendCallback(TaskCore* t, DoneCallback* node)
{
    node->next = nullptr;
    DoneCallback** p = &t->callbacks;
    while (*p)
        p = &(*p)->next;
    *p = node;
}

} // namespace

bool WaitCore::satisfied() const
{
    std::size_t done = 0;
    for (const Child& c : children) {
        if (!c.core->done())
            continue;
        ++done;
        if (when == ReturnWhen::FirstCompleted)
            return true;
        if (when == ReturnWhen::FirstException && c.core->status == TaskCore::Status::Failed)
            return true;
    }
    return done == children.size();
}

bool WaitCore::suspend(std::coroutine_handle<> h, const std::vector<TaskCore*>& cores)
{
    loop = EventLoop::current();
    if (cores.empty())
        throw PyError { QStringLiteral("ValueError"), QStringLiteral("Set of Tasks/Futures is empty.") };
    waiter = loop->currentTask();
    children.resize(cores.size());
    for (std::size_t i = 0; i < cores.size(); ++i) {
        children[i].owner = this;
        children[i].core = cores[i];
    }
    if (satisfied() || timeoutMs == 0)
        return false;
    for (Child& c : children) {
        c.node.fn = [](DoneCallback* self, TaskCore* done) { reinterpret_cast<Child*>(self)->owner->childDone(done); };
        if (!c.core->done())
            appendCallback(c.core, &c.node);
    }
    if (timeoutMs > 0) {
        timer.fire = [](TimerNode* n) {
            auto* w = reinterpret_cast<WaitCore*>(n);
            w->finish(w->loop->loopActor());
        };
        loop->addTimer(&timer, qint64(timeoutMs * 1e6));
    }
    suspended = true;
    resource = loop->addResource(QStringLiteral("wait"), ResourceKind::Future);
    loop->setHolderQuery(resource, [this] {
        std::vector<int> out;
        for (const Child& c : children) {
            if (!c.core->done())
                out.push_back(c.core->actor);
        }
        return out;
    });
    // Cancelling the waiter leaves the tasks alone: the waiter raises CancelledError.
    loop->suspend(h, resource, this, [](void* self, TaskCore* t) {
        auto* w = static_cast<WaitCore*>(self);
        w->complete = true;
        w->detach();
        t->mustCancel = true;
        w->loop->wake(t);
        return true;
    });
    return true;
}

void WaitCore::childDone(TaskCore* child)
{
    if (!complete && satisfied())
        finish(child->actor);
}

void WaitCore::finish(int causeActor)
{
    if (complete)
        return;
    complete = true;
    detach();
    const bool byTimer = causeActor == loop->loopActor();
    loop->wake(waiter, loop->flowFrom(causeActor, FlowKind::Wake, byTimer ? loop->timerResource() : resource));
}

void WaitCore::detach()
{
    loop->removeTimer(&timer);
    for (Child& c : children) {
        if (!c.core->done())
            unlinkCallback(c.core, &c.node);
    }
}

void WaitCore::resume()
{
    if (suspended) {
        detach();
        loop->clearHolderQuery(resource);
    }
    loop->throwIfCancelPending();
}

bool AwaitOneCore::suspend(std::coroutine_handle<> h)
{
    loop = EventLoop::current();
    waiter = loop->currentTask();
    if (!shield && timeoutMs == 0) {
        // wait_for(..., 0): cancel at once and wait for the task to finish cancelling.
        timedOut = true;
        loop->cancel(inner);
    }
    node.fn = [](DoneCallback* self, TaskCore* done) {
        auto* a = reinterpret_cast<AwaitOneCore*>(reinterpret_cast<char*>(self) - offsetof(AwaitOneCore, node));
        a->ended = true;
        a->loop->removeTimer(&a->timer);
        a->loop->wake(a->waiter, a->loop->flowFrom(done->actor, FlowKind::Wake, done->futureResource));
    };
    appendCallback(inner, &node);
    if (!shield && timeoutMs > 0) {
        timer.fire = [](TimerNode* n) {
            auto* a = reinterpret_cast<AwaitOneCore*>(n);
            a->timedOut = true;
            if (Recorder* rec = a->loop->recorder())
                rec->instant(a->waiter->actor, InstantKind::Timeout, a->loop->timerResource());
            a->loop->cancel(a->inner); // the waiter wakes when the task has finished cancelling
        };
        loop->addTimer(&timer, qint64(timeoutMs * 1e6));
    }
    const int resource = loop->futureResource(inner);
    if (shield) {
        loop->suspend(h, resource, this, [](void* self, TaskCore* t) {
            auto* a = static_cast<AwaitOneCore*>(self);
            a->ended = true;
            unlinkCallback(a->inner, &a->node);
            t->mustCancel = true;
            a->loop->wake(t);
            return true;
        });
    } else {
        loop->suspend(h, resource, this, [](void* self, TaskCore*) {
            auto* a = static_cast<AwaitOneCore*>(self);
            a->loop->removeTimer(&a->timer);
            return a->loop->cancel(a->inner);
        });
    }
    return true;
}

void AwaitOneCore::resume()
{
    if (!loop)
        return; // the task had finished before the await
    loop->removeTimer(&timer);
    if (!ended && inner && !inner->done())
        unlinkCallback(inner, &node);
    loop->throwIfCancelPending();
    if (timedOut && inner && inner->status == TaskCore::Status::Cancelled)
        throw PyError { QStringLiteral("TimeoutError"), {} };
}

} // namespace interleave::aio::detail
