// SPDX-License-Identifier: MIT
#pragma once

#include "aio/async.h"
#include "aio/eventloop.h"
#include "aio/waitqueue.h"

#include <deque>
#include <utility>

namespace interleave::aio {

// The untyped part of Queue<T>: its waiters and what it records. A Queue resource (capacity =
// maxsize, 0: unbounded) whose Counter is qsize(); every item carries a Put flow from its putter to
// its getter; a getter or putter that has to wait is Suspended on the queue; a putter woken by a get
// gets a Wake flow from the getter; join() waiters get a Wake flow from the last task_done().
class QueueBase {
    Q_DECLARE_TR_FUNCTIONS(Queue)
public:
    QueueBase(EventLoop& loop, int maxsize, const QString& name);
    ~QueueBase();
    QueueBase(const QueueBase&) = delete;
    QueueBase& operator=(const QueueBase&) = delete;

    int maxsize() const { return m_maxsize; }
    int resource() const { return m_resource; }
    int unfinished() const { return m_unfinished; }
    void taskDone(); // ValueError when called more times than items were put

    // Suspends the current task in one of the queue's waiting lines.
    struct Park {
        QueueBase* queue;
        WaitQueue* line;
        WaitQueueNode node;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h);
        void await_resume();
    };
    struct Join {
        QueueBase* queue;
        Park park;
        bool await_ready() const noexcept { return queue->m_unfinished == 0; }
        void await_suspend(std::coroutine_handle<> h) { park.await_suspend(h); }
        void await_resume() { park.await_resume(); }
    };
    Join join() { return Join { this, { this, &m_joiners, {} } }; } // `co_await queue.join()`

protected:
    quint32 recordPut(qsizetype size); // returns the item's flow
    void recordGet(quint32 flow, qsizetype size);
    void wakeOne(WaitQueue& line, quint32 flow = 0);
    bool hasPutters() const { return !m_putters.empty(); }
    [[noreturn]] void raiseEmpty() const;
    [[noreturn]] void raiseFull() const;

    EventLoop& m_loop;
    int m_maxsize;
    int m_resource;
    int m_unfinished = 0;
    WaitQueue m_getters;
    WaitQueue m_putters;
    WaitQueue m_joiners;
};

// asyncio.Queue(maxsize): put() waits while full, get() while empty; task_done() and join().
template <typename T> class Queue : public QueueBase {
public:
    explicit Queue(EventLoop& loop, int maxsize = 0, const QString& name = QStringLiteral("queue"))
        : QueueBase(loop, maxsize, name)
    {
    }

    qsizetype qsize() const { return qsizetype(m_items.size()); }
    bool empty() const { return m_items.empty(); }
    bool full() const { return m_maxsize > 0 && qsize() >= m_maxsize; }

    void putNowait(T item) // QueueFull when full
    {
        if (full())
            raiseFull();
        const quint32 flow = recordPut(qsize() + 1);
        m_items.emplace_back(std::move(item), flow);
        ++m_unfinished;
        wakeOne(m_getters);
    }
    T getNowait() // QueueEmpty when empty
    {
        if (empty())
            raiseEmpty();
        auto [item, flow] = std::move(m_items.front());
        m_items.pop_front();
        recordGet(flow, qsize());
        if (hasPutters())
            wakeOne(m_putters, m_loop.flowFrom(m_loop.currentActor(), FlowKind::Wake, m_resource));
        return std::move(item);
    }

    Async<void> put(T item)
    {
        while (full()) {
            try {
                co_await Park { this, &m_putters, {} };
            } catch (const CancelledError&) {
                if (!full())
                    wakeOne(m_putters); // the room it was woken for goes to the next putter
                throw;
            }
        }
        putNowait(std::move(item));
    }
    Async<T> get()
    {
        while (empty()) {
            try {
                co_await Park { this, &m_getters, {} };
            } catch (const CancelledError&) {
                if (!empty())
                    wakeOne(m_getters); // the item it was woken for goes to the next getter
                throw;
            }
        }
        co_return getNowait();
    }

private:
    std::deque<std::pair<T, quint32>> m_items;
};

} // namespace interleave::aio
