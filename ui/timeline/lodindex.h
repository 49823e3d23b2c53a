// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/blockextrema.h"
#include "trace/trace.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace interleave {

// Summaries of a trace that let a frame cost O(pixels) rather than O(events): the worst state over
// any run of intervals, the range of a counter over any run of points, lock and permit holds sorted
// into non-overlapping slotList, and flows grouped by length so that the visible ones are found by
// binary search. Built once per trace and cached.
class LodIndex {
public:
    explicit LodIndex(const Trace& trace);

    // The index of `trace`, built on first use. Keeps the last few traces' indexes (and so those
    // traces) alive; thread-safe.
    static std::shared_ptr<const LodIndex> of(const Trace& trace);
    static void clearCache();

    // Worst state (by stateSeverity) of states(actor)[first, last); the range must not be empty.
    State worstState(int actor, std::size_t first, std::size_t last) const;
    // Lowest and highest value of counter(resource)[first, last); the range must not be empty.
    std::pair<qint64, qint64> counterRange(int resource, std::size_t first, std::size_t last) const;
    // Over the whole series; {0, 0} without one.
    std::pair<qint64, qint64> counterRange(int resource) const;
    // Whether a write in counter(resource)[first, last) did not raise the value: on a shared
    // counter that is an update lost to a race.
    bool hasDrop(int resource, std::size_t first, std::size_t last) const;
    std::size_t dropCount(int resource) const;

    // Holds of `resource` arranged in slotList (permits of a semaphore; one slot for a lock); inside
    // a slot they are sorted and never overlap. Indexes into trace.holds(resource).
    const std::vector<std::vector<quint32>>& holdSlots(int resource) const;

    // Flows that may touch [from, to] (a superset, within the length class of each); `f(index)`.
    void forEachFlowNear(qreal from, qreal to, const std::function<void(std::size_t)>& f) const;
    std::size_t flowCountNear(qreal from, qreal to) const;

    // Instants of one actor (-1: of no actor), sorted by time; indexes into trace.instants().
    const std::vector<quint32>& instantsOf(int actor) const;
    // Which kinds occur, for the legend: bit k set when FlowKind(k) / InstantKind(k) occurs.
    quint32 flowKinds() const { return m_flowKinds; }
    quint32 instantKinds() const { return m_instantKinds; }
    bool hasHolds() const { return m_hasHolds; }
    // Deadlocks and exceptions: few, always drawn with their text.
    const std::vector<quint32>& notableInstants() const { return m_notable; }

private:
    struct ActorLod {
        BlockExtrema<quint8, MaxOf> severity;
    };
    // Lowest and highest value of a run of counter points, summarised together: one walk answers both.
    struct Span {
        qint64 lo = 0;
        qint64 hi = 0;
    };
    struct Widen {
        Span operator()(const Span& a, const Span& b) const { return { std::min(a.lo, b.lo), std::max(a.hi, b.hi) }; }
    };
    struct ResourceLod {
        BlockExtrema<Span, Widen> span;
        BlockExtrema<quint8, MaxOf> drops;
        std::vector<quint8> drop; // per point: 1 when the value did not rise
        std::size_t dropTotal = 0;
        std::pair<qint64, qint64> range { 0, 0 };
        std::vector<std::vector<quint32>> slotList;
    };
    struct FlowClass {
        qreal maxLength = 0; // every flow here is shorter
        std::vector<quint32> flows; // sorted by fromTime
    };
    template <typename F>
    void forEachClassRange(qreal from, qreal to, F f) const;

    Trace m_trace; // keeps the data the summaries point into
    std::vector<ActorLod> m_actors;
    std::vector<ResourceLod> m_resources;
    std::vector<FlowClass> m_flowClasses;
    std::vector<std::vector<quint32>> m_instantsByActor; // [0]: no actor, [a + 1]: actor a
    std::vector<quint32> m_notable;
    quint32 m_flowKinds = 0;
    quint32 m_instantKinds = 0;
    bool m_hasHolds = false;
};

} // namespace interleave
