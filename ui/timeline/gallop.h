// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <iterator>

namespace interleave {

// std::partition_point for a walk from left to right: the answer is usually a few elements away,
// so probe 1, 2, 4, ... ahead first and search only the last stretch. O(log distance).
template <typename It, typename Pred>
It gallop(It first, It last, Pred pred)
{
    auto step = typename std::iterator_traits<It>::difference_type(1);
    It lo = first;
    while (true) {
        const auto left = std::distance(lo, last);
        if (left <= step)
            return std::partition_point(lo, last, pred);
        It probe = std::next(lo, step);
        if (!pred(*probe))
            return std::partition_point(lo, std::next(probe), pred);
        lo = std::next(probe);
        step *= 2;
    }
}

} // namespace interleave
