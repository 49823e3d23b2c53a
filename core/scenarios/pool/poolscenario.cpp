// SPDX-License-Identifier: MIT
#include "scenarios/pool/poolscenario.h"

#include "engine/runcontext.h"
#include "pool/executor.h"
#include "pool/future.h"

namespace interleave {

void PoolScenario::mark(RunContext& ctx, const QString& text, int resource)
{
    Recorder& rec = ctx.recorder();
    rec.instant(RunContext::currentActor(), InstantKind::Mark, resource, 0, rec.addText(text));
}

double PoolScenario::nowMs(RunContext& ctx)
{
    return double(ctx.recorder().now()) / 1e6;
}

void PoolScenario::raiseTo(std::atomic<int>& value, int candidate)
{
    int seen = value.load(std::memory_order_relaxed);
    while (seen < candidate && !value.compare_exchange_weak(seen, candidate, std::memory_order_relaxed)) { }
}

QString PoolScenario::pyList(const QVariantList& values)
{
    QStringList parts;
    for (const QVariant& v : values)
        parts << (v.isNull() ? QStringLiteral("None") : v.toString());
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void PoolScenario::reportFutures(RunContext& ctx, const Executor& ex)
{
    const std::vector<Future*> futures = ex.futures();
    QVariantList results;
    QVariantList cancelled;
    QVariantList exceptions;
    for (const Future* f : futures) {
        results << f->resultNow();
        cancelled << f->cancelled();
        const auto error = f->exceptionNow();
        exceptions << (error ? Future::errorText(*error) : QString());
    }
    ctx.setOutcome(QStringLiteral("results"), results);
    ctx.setOutcome(QStringLiteral("cancelled"), cancelled);
    ctx.setOutcome(QStringLiteral("exceptions"), exceptions);
    QVariantList order;
    for (int i : ex.completionOrder())
        order << i;
    ctx.setOutcome(QStringLiteral("completion_order"), order);
}

} // namespace interleave
