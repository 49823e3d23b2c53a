// SPDX-License-Identifier: MIT
#include "pool/workqueue.h"

#include "sync/waitnode.h"

namespace interleave {

struct WorkQueue::Getter : WaitNode {
    using WaitNode::WaitNode;
    Item item;
};

WorkQueue::WorkQueue(RunContext& ctx, const QString& name)
    : Waitable(ctx, ResourceInfo { name, ResourceKind::Queue, 0, -1 })
{
}

// Detached first, so that the engine never calls into a half-destroyed primitive.
WorkQueue::~WorkQueue()
{
    context().detach(this);
}

void WorkQueue::recordLevel(int actor)
{
    context().recorder().counter(actor, resource(), m_workItems);
}

void WorkQueue::put(Item item)
{
    RunContext& ctx = context();
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (Getter* g = popLiveWaiter(ctx, m_getters)) {
        // Straight to the longest idle worker; the submit flow is the arrow, so no flow of its own.
        g->item = std::move(item);
        ctx.recorder().state(g->actor, State::Runnable, resource());
        ctx.endWait(g->actor);
        g->woken = true;
        g->cv.notify_one();
        return;
    }
    const bool counted = bool(item);
    m_items.push_back(std::move(item));
    if (counted) {
        ++m_workItems;
        recordLevel(me);
    }
}

WorkQueue::Item WorkQueue::get()
{
    RunContext& ctx = context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    ctx.throwIfInterrupted(me);
    std::unique_lock lock(m_m);
    if (!m_items.empty()) {
        Item item = std::move(m_items.front());
        m_items.pop_front();
        if (item) {
            --m_workItems;
            recordLevel(me);
        }
        return item;
    }
    Getter node(me);
    m_getters.push_back(&node);
    rec.state(me, State::Waiting, resource());
    ctx.beginWait(me, resource(), State::Waiting, false);
    if (parkNode(ctx, lock, node, m_getters, Deadline(-1)) == WaitResult::Woken) {
        rec.state(me, State::Running);
        ctx.endWait(me);
        return std::move(node.item);
    }
    lock.unlock();
    ctx.endWait(me);
    throw Interrupted {};
}

std::optional<WorkQueue::Item> WorkQueue::tryGet()
{
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (m_items.empty())
        return std::nullopt;
    Item item = std::move(m_items.front());
    m_items.pop_front();
    if (item) {
        --m_workItems;
        recordLevel(me);
    }
    return item;
}

std::vector<WorkQueue::Item> WorkQueue::drain()
{
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    std::vector<Item> out;
    for (Item& item : m_items) {
        if (item)
            out.push_back(std::move(item));
    }
    m_items.clear();
    if (m_workItems != 0) {
        m_workItems = 0;
        recordLevel(me);
    }
    return out;
}

int WorkQueue::size() const
{
    std::lock_guard lock(m_m);
    return m_workItems;
}

void WorkQueue::interruptWaiters()
{
    std::lock_guard lock(m_m);
    for (Getter* g : m_getters)
        g->cv.notify_one();
}

std::vector<int> WorkQueue::holders() const
{
    return {};
}

std::vector<int> WorkQueue::waiters() const
{
    std::lock_guard lock(m_m);
    std::vector<int> out;
    for (const Getter* g : m_getters)
        out.push_back(g->actor);
    return out;
}

} // namespace interleave
