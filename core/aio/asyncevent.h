// SPDX-License-Identifier: MIT
#pragma once

#include "aio/eventloop.h"
#include "aio/waitqueue.h"

namespace interleave::aio {

// asyncio.Event: set() wakes every waiter (an Instant(Set) on the setter and a Set flow to each);
// wait() returns at once while it is set. Waiters are Suspended on an Event resource.
class Event {
public:
    explicit Event(EventLoop& loop, const QString& name = QStringLiteral("event"));
    ~Event();
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;

    struct Wait {
        Event* event;
        WaitQueueNode node;
        bool await_ready() const { return event->m_set; }
        void await_suspend(std::coroutine_handle<> h);
        void await_resume();
    };
    Wait wait() { return Wait { this, {} }; }
    void set();
    void clear() { m_set = false; }
    bool isSet() const { return m_set; }
    int resource() const { return m_resource; }

private:
    EventLoop& m_loop;
    int m_resource;
    bool m_set = false;
    WaitQueue m_waiters;
};

} // namespace interleave::aio
