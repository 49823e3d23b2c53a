// SPDX-License-Identifier: MIT
#include "pool/executor.h"

#include "engine/runcontext.h"
#include "pool/future.h"
#include "sync/waitnode.h"

#include <chrono>

namespace interleave {

Executor::Executor(RunContext& ctx, int maxWorkers, int number)
    : m_ctx(ctx)
    , m_maxWorkers(maxWorkers)
    , m_number(number)
{
    if (maxWorkers < 1)
        throw pyError("ValueError", QT_TRANSLATE_NOOP("PyError", "max_workers must be greater than 0"));
    m_poolResource = ctx.recorder().addResource(
        ResourceInfo { QStringLiteral("ThreadPoolExecutor"), ResourceKind::Pool, maxWorkers, -1 });
    m_queue = std::make_unique<WorkQueue>(ctx, QStringLiteral("work queue"));
}

Executor::~Executor() = default;

Future& Executor::submit(std::function<QVariant()> fn)
{
    Recorder& rec = m_ctx.recorder();
    const int me = RunContext::currentActor();
    std::lock_guard lock(m_m);
    if (m_shutdown)
        throw pyError("RuntimeError", QT_TRANSLATE_NOOP("PyError", "cannot schedule new futures after shutdown"));
    const int index = m_submitted++;
    Future& future = m_ctx.make<Future>(m_ctx, QStringLiteral("future-%1").arg(index), index);
    future.setSubmitFlow(rec.flowBegin(me, FlowKind::Submit, future.resource()));
    // The first callback: the log is written before any callback the caller adds.
    future.addDoneCallback([this](Future& f) {
        if (f.cancelled())
            return;
        std::lock_guard log(m_logMutex);
        m_completed << f.index();
    });
    m_futures.push_back(&future);
    m_queue->put(std::make_shared<WorkItem>(WorkItem { &future, std::move(fn) }));
    adjustThreadCount();
    return future;
}

void Executor::adjustThreadCount()
{
    // As Python: an idle worker will take the item, so no new thread.
    if (m_idle > 0) {
        --m_idle;
        return;
    }
    if (int(m_threads.size()) >= m_maxWorkers)
        return;
    const QString name = QStringLiteral("ThreadPoolExecutor-%1_%2").arg(m_number).arg(m_threads.size());
    Thread t(m_ctx, name, [this] { work(); });
    t.start();
    m_threads.push_back(t);
}

void Executor::work()
{
    for (;;) {
        WorkQueue::Item item = m_queue->get();
        if (item) {
            runItem(*item);
            item.reset();
            std::lock_guard lock(m_m);
            ++m_idle;
            continue;
        }
        // The shutdown sentinel: pass it on so that the next idle worker ends too.
        {
            std::lock_guard lock(m_m);
            m_shutdown = true;
        }
        m_queue->put(nullptr);
        return;
    }
}

void Executor::setBusy(int delta)
{
    const int busy = m_busy.fetch_add(delta, std::memory_order_relaxed) + delta;
    m_ctx.recorder().counter(RunContext::currentActor(), m_poolResource, busy);
}

void Executor::runItem(WorkItem& item)
{
    Future& future = *item.future;
    if (!future.setRunningOrNotifyCancel())
        return;
    setBusy(+1);
    try {
        QVariant value = item.fn();
        setBusy(-1);
        future.setResult(value);
    } catch (const PyError& e) {
        setBusy(-1);
        future.setException(e);
    } catch (const Interrupted&) {
        setBusy(-1);
        future.abandon();
        throw;
    } catch (const std::exception& e) {
        setBusy(-1);
        future.setException(PyError { QStringLiteral("Exception"), QString::fromLocal8Bit(e.what()) });
    }
}

QVariantList Executor::map(
    const std::function<QVariant(const QVariant&)>& fn, const QVariantList& items, double timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    std::vector<Future*> futures;
    futures.reserve(std::size_t(items.size()));
    for (const QVariant& item : items)
        futures.push_back(&submit([fn, item] { return fn(item); }));
    QVariantList results;
    try {
        for (Future* f : futures) {
            double left = -1;
            if (timeoutMs >= 0) {
                const double spent = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                left = std::max(0.0, timeoutMs - spent);
            }
            results << f->result(left);
        }
    } catch (const PyError&) {
        // As Python's map generator when it is left early: what has not started never will.
        for (Future* f : futures)
            f->cancel();
        throw;
    }
    return results;
}

void Executor::shutdown(bool wait, bool cancelFutures)
{
    Recorder& rec = m_ctx.recorder();
    const int me = RunContext::currentActor();
    std::vector<WorkQueue::Item> cancelled;
    std::vector<Thread> threads;
    {
        std::lock_guard lock(m_m);
        m_shutdown = true;
        const QString text = QStringLiteral("shutdown(wait=%1, cancel_futures=%2)")
                                 .arg(wait ? QStringLiteral("True") : QStringLiteral("False"),
                                     cancelFutures ? QStringLiteral("True") : QStringLiteral("False"));
        rec.instant(me, InstantKind::Mark, m_poolResource, 0, rec.addText(text));
        if (cancelFutures)
            cancelled = m_queue->drain();
        m_queue->put(nullptr);
        threads = m_threads;
    }
    // Drained items can no longer reach a worker; their callbacks run here, outside the lock.
    for (const WorkQueue::Item& item : cancelled)
        item->future->cancel();
    if (wait) {
        for (Thread& t : threads)
            t.join();
    }
}

void Executor::shutdownAtExit() noexcept
{
    try {
        {
            std::lock_guard lock(m_m);
            m_shutdown = true;
        }
        m_queue->put(nullptr);
    } catch (...) {
    }
}

int Executor::threadCount() const
{
    std::lock_guard lock(m_m);
    return int(m_threads.size());
}

std::vector<Future*> Executor::futures() const
{
    std::lock_guard lock(m_m);
    return m_futures;
}

QList<int> Executor::completionOrder() const
{
    std::lock_guard lock(m_logMutex);
    return m_completed;
}

std::vector<Thread> Executor::threads() const
{
    std::lock_guard lock(m_m);
    return m_threads;
}

} // namespace interleave
