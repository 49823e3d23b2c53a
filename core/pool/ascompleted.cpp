// SPDX-License-Identifier: MIT
#include "pool/ascompleted.h"

#include "engine/runcontext.h"
#include "pool/future.h"

#include <QCoreApplication>

#include <algorithm>

namespace interleave {

AsCompleted::AsCompleted(RunContext& ctx, std::vector<Future*> futures, double timeoutMs)
    : m_ctx(ctx)
    , m_futures(std::move(futures))
    , m_yielded(m_futures.size(), false)
    , m_left(int(m_futures.size()))
    , m_timeoutMs(timeoutMs)
    , m_start(std::chrono::steady_clock::now())
    , m_waiter(RunContext::currentActor())
{
    for (Future* f : m_futures)
        f->addWaiter(&m_waiter);
}

AsCompleted::~AsCompleted()
{
    for (Future* f : m_futures)
        f->removeWaiter(&m_waiter);
}

Future* AsCompleted::next()
{
    while (m_left > 0) {
        // What the picture shows it waiting for: the earliest-submitted future still to come.
        int resource = -1;
        for (std::size_t i = 0; i < m_futures.size(); ++i) {
            if (!m_yielded[i]) {
                resource = m_futures[i]->resource();
                break;
            }
        }
        double left = -1;
        if (m_timeoutMs >= 0) {
            const double spent
                = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
            left = std::max(0.0, m_timeoutMs - spent);
        }
        Future* f = takeFinished(m_ctx, m_waiter, resource, left);
        if (!f) {
            throw PyError { QStringLiteral("TimeoutError"),
                QCoreApplication::translate("PyError", "%1 (of %2) futures unfinished")
                    .arg(m_left)
                    .arg(m_futures.size()) };
        }
        const auto it = std::find(m_futures.begin(), m_futures.end(), f);
        const std::size_t i = std::size_t(it - m_futures.begin());
        if (it == m_futures.end() || m_yielded[i])
            continue; // a future passed twice is yielded once, as with Python's set
        m_yielded[i] = true;
        --m_left;
        return f;
    }
    return nullptr;
}

} // namespace interleave
