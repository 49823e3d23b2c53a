// SPDX-License-Identifier: MIT
#include "scenarios/async/asyncscenario.h"

#include "engine/runcontext.h"

namespace interleave {

void AsyncScenario::mark(const QString& text)
{
    aio::EventLoop* loop = aio::EventLoop::current();
    if (!loop || !loop->recorder())
        return;
    Recorder* rec = loop->recorder();
    rec->instant(loop->currentActor(), InstantKind::Mark, -1, 0, rec->addText(text));
}

qint64 AsyncScenario::nowMs(RunContext& ctx)
{
    return ctx.recorder().now() / 1000000;
}

} // namespace interleave
