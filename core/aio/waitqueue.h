// SPDX-License-Identifier: MIT
#pragma once

#include "aio/taskcore.h"

#include <vector>

namespace interleave::aio {

// A task queued on an asyncio primitive (lives in its awaiter, in the task's frame).
struct WaitQueueNode {
    WaitQueueNode* prev = nullptr;
    WaitQueueNode* next = nullptr;
    TaskCore* task = nullptr;
    bool queued = false;
    bool granted = false; // a lock or permit handed over by release()
};

// FIFO of suspended tasks, intrusive: queueing costs no allocation and leaving it is O(1).
class WaitQueue {
public:
    bool empty() const { return !m_head; }
    void push(WaitQueueNode* n)
    {
        n->prev = m_tail;
        n->next = nullptr;
        (m_tail ? m_tail->next : m_head) = n;
        m_tail = n;
        n->queued = true;
    }
    void remove(WaitQueueNode* n)
    {
        if (!n->queued)
            return;
        (n->prev ? n->prev->next : m_head) = n->next;
        (n->next ? n->next->prev : m_tail) = n->prev;
        n->prev = n->next = nullptr;
        n->queued = false;
    }
    WaitQueueNode* pop()
    {
        WaitQueueNode* n = m_head;
        if (n)
            remove(n);
        return n;
    }
    std::vector<int> actors() const
    {
        std::vector<int> out;
        for (WaitQueueNode* n = m_head; n; n = n->next)
            out.push_back(n->task->actor);
        return out;
    }

private:
    WaitQueueNode* m_head = nullptr;
    WaitQueueNode* m_tail = nullptr;
};

} // namespace interleave::aio
