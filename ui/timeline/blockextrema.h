// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace interleave {

// The best element (max with std::greater, min with std::less) of any index range in O(log n):
// block summaries of 16 at several levels, built once. Level 0 is read through an accessor so that
// the caller's data is not copied.
template <typename T, typename Better>
class BlockExtrema {
public:
    static constexpr std::size_t Fan = 16;

    template <typename Get>
    void build(std::size_t n, Get get)
    {
        m_levels.clear();
        std::size_t size = n;
        while (size >= 2 * Fan) {
            const std::size_t up = (size + Fan - 1) / Fan;
            std::vector<T> level(up);
            for (std::size_t i = 0; i < up; ++i) {
                const std::size_t first = i * Fan, last = std::min(size, first + Fan);
                T best = at(get, m_levels.size(), first);
                for (std::size_t j = first + 1; j < last; ++j) {
                    const T v = at(get, m_levels.size(), j);
                    if (Better()(v, best))
                        best = v;
                }
                level[i] = best;
            }
            m_levels.push_back(std::move(level));
            size = up;
        }
    }

    // [first, last) must not be empty.
    template <typename Get>
    T query(std::size_t first, std::size_t last, Get get) const
    {
        T best = get(first);
        std::size_t a = first + 1, b = last;
        std::size_t level = 0;
        const auto take = [&](T v) {
            if (Better()(v, best))
                best = v;
        };
        while (a < b) {
            if (level == m_levels.size() || b - a < 2 * Fan) {
                for (std::size_t i = a; i < b; ++i)
                    take(at(get, level, i));
                break;
            }
            while (a % Fan)
                take(at(get, level, a++));
            while (b % Fan)
                take(at(get, level, --b));
            a /= Fan;
            b /= Fan;
            ++level;
        }
        return best;
    }

    std::size_t bytes() const
    {
        std::size_t n = 0;
        for (const auto& l : m_levels)
            n += l.size() * sizeof(T);
        return n;
    }

private:
    template <typename Get>
    T at(Get& get, std::size_t level, std::size_t i) const
    {
        return level == 0 ? T(get(i)) : m_levels[level - 1][i];
    }

    std::vector<std::vector<T>> m_levels; // m_levels[0] summarises level 0 (the data) by 16
};

} // namespace interleave
