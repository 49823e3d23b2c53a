// SPDX-License-Identifier: MIT
#include "sync/waitable.h"

#include "engine/runcontext.h"

namespace interleave {

Waitable::Waitable(RunContext& ctx, const ResourceInfo& info)
    : m_ctx(ctx)
    , m_resource(ctx.recorder().addResource(info))
{
    m_ctx.attach(this);
}

Waitable::~Waitable() { m_ctx.detach(this); }

} // namespace interleave
