// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <variant>
#include <vector>

namespace interleave {

// What the timeline computes once per trace (and per key: a group, a range): the last few values,
// newest first, shared by every painter and thread that asks. An entry keeps its trace alive, so a
// trace's address cannot be reused while its entry is here.
template <typename T, typename Key = std::monostate> class TraceCache {
public:
    explicit TraceCache(std::size_t size)
        : m_size(size)
    {
    }

    // The value for (trace, key), made by `make()` (a std::shared_ptr<const T>) when it is not here.
    template <typename Make> std::shared_ptr<const T> get(const Trace& trace, const Key& key, Make&& make)
    {
        const auto same = [&](const Entry& e) {
            return &e.trace.events() == &trace.events() && &e.trace.actors() == &trace.actors() && e.key == key;
        };
        {
            std::lock_guard lock(m_mutex);
            auto it = std::find_if(m_entries.begin(), m_entries.end(), same);
            if (it != m_entries.end()) {
                std::rotate(m_entries.begin(), it, it + 1);
                return m_entries.front().value;
            }
        }
        std::shared_ptr<const T> value = make(); // outside the lock: it may take a while
        std::lock_guard lock(m_mutex);
        m_entries.insert(m_entries.begin(), Entry { trace, key, value });
        if (m_entries.size() > m_size)
            m_entries.pop_back();
        return value;
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_entries.clear();
    }

private:
    struct Entry {
        Trace trace;
        Key key;
        std::shared_ptr<const T> value;
    };
    const std::size_t m_size;
    std::mutex m_mutex;
    std::vector<Entry> m_entries;
};

} // namespace interleave
