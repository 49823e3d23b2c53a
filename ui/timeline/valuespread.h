// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>

#include <optional>

namespace interleave {

// An integer of any width (an outcome's count, or an index into the trace's actors).
bool isWholeNumber(const QVariant& v);

// A long list of numbers read as a distribution (a duration per client of 200), for the outcome
// panel and the timeline's header alike: how many, the smallest, the largest, the middle one.
struct ValueSpread {
    // Longer lists than this are summed up (numbers) or cut short (anything else).
    static constexpr int ListedItems = 8;

    qsizetype count = 0;
    double min = 0;
    double max = 0;
    double median = 0;
    int decimals = 0; // as many as the values show, so 26.0 – 26.7 lines up

    // Nothing when the list is short or not all numbers.
    static std::optional<ValueSpread> of(const QVariant& list);
    // `x` with the list's decimals (a median between two whole numbers keeps its half); in the
    // locale's digits when `localized`.
    QString text(double x, bool localized) const;
};

} // namespace interleave
