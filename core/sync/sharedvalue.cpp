// SPDX-License-Identifier: MIT
#include "sync/sharedvalue.h"

#include "engine/runcontext.h"

namespace interleave {

SharedValue::SharedValue(RunContext& ctx, const QString& name, qint64 initial)
    : Waitable(ctx, ResourceInfo { name, ResourceKind::SharedValue, 0, -1 })
    , m_value(initial)
{
    ctx.recorder().counter(RunContext::currentActor(), resource(), initial);
}

qint64 SharedValue::read() const { return m_value.load(std::memory_order_relaxed); }

void SharedValue::write(qint64 value)
{
    RunContext& ctx = context();
    const int me = RunContext::currentActor();
    // A loop of reads and writes never waits: this is where a stopped or cut-off thread ends.
    ctx.throwIfInterrupted(me);
    m_value.store(value, std::memory_order_relaxed);
    ctx.recorder().counter(me, resource(), value);
}

} // namespace interleave
