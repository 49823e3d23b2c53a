// SPDX-License-Identifier: MIT
#include "aio/gather.h"

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

void GatherCore::init(bool settle)
{
    loop = EventLoop::current();
    returnExceptions = settle;
    children.resize(cores.size());
    for (std::size_t i = 0; i < cores.size(); ++i) {
        children[i].owner = this;
        children[i].node.fn
            = [](DoneCallback* self, TaskCore* done) { reinterpret_cast<Child*>(self)->owner->childDone(done); };
    }
}

bool GatherCore::suspend(std::coroutine_handle<> h)
{
    waiter = loop->currentTask();
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (cores[i]->done())
            childDone(cores[i]);
        else
            appendCallback(cores[i], &children[i].node);
        if (complete)
            break;
    }
    if (complete) {
        detach();
        return false;
    }
    suspended = true;
    resource = loop->addResource(QStringLiteral("gather"), ResourceKind::Future);
    loop->setHolderQuery(resource, [this] {
        std::vector<int> out;
        for (const TaskCore* c : cores) {
            if (!c->done())
                out.push_back(c->actor);
        }
        return out;
    });
    loop->suspend(h, resource, this, [](void* self, TaskCore*) {
        // The outer future's cancel(): cancels every child still running.
        auto* g = static_cast<GatherCore*>(self);
        bool any = false;
        for (TaskCore* c : g->cores) {
            if (!c->done() && g->loop->cancel(c))
                any = true;
        }
        if (any)
            g->cancelRequested = true;
        return any;
    });
    return true;
}

void GatherCore::childDone(TaskCore* child)
{
    if (complete)
        return;
    if (!returnExceptions) {
        if (child->status == TaskCore::Status::Cancelled) {
            error = std::make_exception_ptr(CancelledError {});
            finish(child);
            return;
        }
        if (child->status == TaskCore::Status::Failed) {
            error = child->exception;
            finish(child);
            return;
        }
    }
    if (++finished == children.size()) {
        if (cancelRequested)
            error = std::make_exception_ptr(CancelledError {});
        finish(child);
    }
}

void GatherCore::finish(TaskCore* by)
{
    complete = true;
    if (suspended)
        loop->wake(waiter, loop->flowFrom(by->actor, FlowKind::Wake, resource));
}

void GatherCore::detach()
{
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (!cores[i]->done())
            unlinkCallback(cores[i], &children[i].node);
    }
}

void GatherCore::resume()
{
    if (suspended) {
        detach();
        loop->clearHolderQuery(resource);
    }
    loop->throwIfCancelPending();
    if (error)
        std::rethrow_exception(error);
}

} // namespace interleave::aio::detail
