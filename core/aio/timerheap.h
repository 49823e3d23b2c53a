// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace interleave::aio {

// One pending timer (a sleep, a timeout). Lives in whoever waits (an awaiter in a coroutine frame), so
// a timer costs no allocation; it knows its place in the heap so that cancelling one is O(log n).
struct TimerNode {
    qint64 deadline = 0; // Clock ns (before it is scheduled: the delay)
    quint32 seq = 0; // ties break in scheduling order, as asyncio's call_at does
    int index = -1; // in the heap; -1 when not scheduled
    void (*fire)(TimerNode* self) = nullptr;
    bool scheduled() const { return index >= 0; }
};

// A binary min-heap of timers by (deadline, seq).
class TimerHeap {
public:
    bool empty() const { return m_nodes.empty(); }
    std::size_t size() const { return m_nodes.size(); }
    TimerNode* top() const { return m_nodes.front(); }
    void push(TimerNode* node);
    void remove(TimerNode* node); // no-op when not scheduled
    TimerNode* pop();
    void clear();

private:
    static bool before(const TimerNode* a, const TimerNode* b)
    {
        return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
    }
    void place(std::size_t i, TimerNode* n)
    {
        m_nodes[i] = n;
        n->index = int(i);
    }
    void siftUp(std::size_t i);
    void siftDown(std::size_t i);

    std::vector<TimerNode*> m_nodes;
};

} // namespace interleave::aio
