// SPDX-License-Identifier: MIT
#include "aio/timerheap.h"

namespace interleave::aio {

void TimerHeap::push(TimerNode* node)
{
    m_nodes.push_back(node);
    node->index = int(m_nodes.size() - 1);
    siftUp(m_nodes.size() - 1);
}

void TimerHeap::remove(TimerNode* node)
{
    if (node->index < 0)
        return;
    const std::size_t i = std::size_t(node->index);
    node->index = -1;
    TimerNode* last = m_nodes.back();
    m_nodes.pop_back();
    if (i == m_nodes.size())
        return;
    place(i, last);
    siftUp(i);
    siftDown(std::size_t(last->index));
}

TimerNode* TimerHeap::pop()
{
    TimerNode* first = m_nodes.front();
    remove(first);
    return first;
}

void TimerHeap::clear()
{
    for (TimerNode* n : m_nodes)
        n->index = -1;
    m_nodes.clear();
}

void TimerHeap::siftUp(std::size_t i)
{
    TimerNode* n = m_nodes[i];
    while (i > 0) {
        const std::size_t parent = (i - 1) / 2;
        if (!before(n, m_nodes[parent]))
            break;
        place(i, m_nodes[parent]);
        i = parent;
    }
    place(i, n);
}

void TimerHeap::siftDown(std::size_t i)
{
    TimerNode* n = m_nodes[i];
    const std::size_t size = m_nodes.size();
    for (;;) {
        std::size_t child = 2 * i + 1;
        if (child >= size)
            break;
        if (child + 1 < size && before(m_nodes[child + 1], m_nodes[child]))
            ++child;
        if (!before(m_nodes[child], n))
            break;
        place(i, m_nodes[child]);
        i = child;
    }
    place(i, n);
}

} // namespace interleave::aio
