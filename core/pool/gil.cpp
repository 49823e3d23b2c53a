// SPDX-License-Identifier: MIT
#include "pool/gil.h"

#include "engine/runcontext.h"
#include "sync/mutex.h"

namespace interleave {

namespace {

std::chrono::steady_clock::rep nowTicks()
{
    return std::chrono::steady_clock::now().time_since_epoch().count();
}

} // namespace

Gil::Gil(RunContext& ctx, double switchMs)
    : m_ctx(ctx)
    , m_mutex(ctx.make<Mutex>(ctx, QStringLiteral("GIL")))
    , m_interval(qint64(switchMs * 1e6))
    , m_switchText(ctx.recorder().addText(QStringLiteral("switch interval")))
{
}

int Gil::resource() const
{
    return m_mutex.resource();
}

void Gil::acquire()
{
    m_mutex.acquire();
    m_heldSince.store(nowTicks(), std::memory_order_relaxed);
}

void Gil::release()
{
    m_mutex.release();
}

bool Gil::wouldSwitch() const
{
    const auto held = std::chrono::steady_clock::duration(nowTicks() - m_heldSince.load(std::memory_order_relaxed));
    // CPython drops the GIL only on request: nobody waiting, the holder keeps it.
    return held >= m_interval && !m_mutex.waiters().empty();
}

bool Gil::checkInterval()
{
    if (!wouldSwitch())
        return false;
    m_ctx.recorder().instant(RunContext::currentActor(), InstantKind::Mark, resource(), 0, m_switchText);
    m_switches.fetch_add(1, std::memory_order_relaxed);
    // The FIFO lock hands it to the first waiter; this thread queues behind the others.
    release();
    acquire();
    return true;
}

void Gil::blockingCall(const std::function<void()>& fn)
{
    release();
    try {
        fn();
    } catch (const Interrupted&) {
        throw; // the run is stopping: leave without the GIL
    } catch (...) {
        acquire();
        throw;
    }
    acquire();
}

} // namespace interleave
