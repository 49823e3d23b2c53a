// SPDX-License-Identifier: MIT
#pragma once

#include "trace/types.h"

#include <vector>

namespace interleave {

class RunContext;

// Base of every instrumented primitive: a named resource in the trace whose waits the engine can
// interrupt and whose holders the deadlock detector can ask for.
//
// The constructor registers the resource and attaches to the run; the engine calls into a primitive
// only while an actor has a wait registered on it (RunContext::beginWait). A derived destructor
// should call context().detach(this) first, so that the engine never reaches a half-destroyed object.
// A wait registers with beginWait(actor, resource(), ...) before it blocks, and checks
// RunContext::interrupted() under the primitive's own lock before each block.
class Waitable {
public:
    Waitable(RunContext& ctx, const ResourceInfo& info);
    virtual ~Waitable();
    Waitable(const Waitable&) = delete;
    Waitable& operator=(const Waitable&) = delete;

    RunContext& context() const { return m_ctx; }
    int resource() const { return m_resource; }

    // Wakes every waiter so that each re-checks RunContext::interrupted(). Takes the primitive's lock.
    virtual void interruptWaiters() = 0;
    // Actors that hold this resource now; empty when nobody does (or nobody can be blamed).
    virtual std::vector<int> holders() const = 0;
    // Actors waiting on it, in queue order.
    virtual std::vector<int> waiters() const = 0;

private:
    RunContext& m_ctx;
    int m_resource;
};

} // namespace interleave
