// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace interleave {

// Summaries of any index range in O(log n): `Combine` folds values (max, min, a min-max span) and
// is kept over blocks of Fan elements at several levels, built once. Level 0 is read through an
// accessor so that the caller's data is not copied.
template <typename T, typename Combine>
class BlockExtrema {
public:
    static constexpr std::size_t Fan = 8;

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
                T acc = at(get, m_levels.size(), first);
                for (std::size_t j = first + 1; j < last; ++j)
                    acc = Combine()(acc, at(get, m_levels.size(), j));
                level[i] = acc;
            }
            m_levels.push_back(std::move(level));
            size = up;
        }
    }

    // [first, last) must not be empty.
    template <typename Get>
    T query(std::size_t first, std::size_t last, Get get) const
    {
        T acc = get(first);
        std::size_t a = first + 1, b = last;
        std::size_t level = 0;
        while (a < b) {
            if (level == m_levels.size() || b - a < 2 * Fan) {
                for (std::size_t i = a; i < b; ++i)
                    acc = Combine()(acc, at(get, level, i));
                break;
            }
            while (a % Fan)
                acc = Combine()(acc, at(get, level, a++));
            while (b % Fan)
                acc = Combine()(acc, at(get, level, --b));
            a /= Fan;
            b /= Fan;
            ++level;
        }
        return acc;
    }

private:
    template <typename Get>
    T at(Get& get, std::size_t level, std::size_t i) const
    {
        return level == 0 ? T(get(i)) : m_levels[level - 1][i];
    }

    std::vector<std::vector<T>> m_levels; // m_levels[0] summarises level 0 (the data) by Fan
};

struct MaxOf {
    template <typename T>
    T operator()(const T& a, const T& b) const { return std::max(a, b); }
};

} // namespace interleave
