// SPDX-License-Identifier: MIT
#include "timeline/lodindex.h"

#include "timeline/tracecache.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace interleave {

namespace {

// stateSeverity is a ranking of the states; this turns a severity back into its state.
const std::array<State, StateCount>& stateBySeverity()
{
    static const std::array<State, StateCount> table = [] {
        std::array<State, StateCount> t {};
        for (int i = 0; i < StateCount; ++i) {
            const int sev = std::clamp(stateSeverity(State(i)), 0, StateCount - 1);
            t[std::size_t(sev)] = State(i);
        }
        return t;
    }();
    return table;
}

quint8 severityOf(State s)
{
    return quint8(std::clamp(stateSeverity(s), 0, StateCount - 1));
}

bool isLock(ResourceKind k)
{
    return k == ResourceKind::Mutex || k == ResourceKind::RMutex;
}

std::vector<std::vector<quint32>> arrangeSlots(const std::vector<HoldInterval>& holds, bool lock)
{
    std::vector<std::vector<quint32>> slotList;
    std::vector<qint64> slotEnd;
    std::vector<qint32> slotHolder;
    for (std::size_t i = 0; i < holds.size(); ++i) {
        const HoldInterval& h = holds[i];
        if (lock) {
            // A re-entrant acquire inside the holder's own hold adds nothing to the picture.
            bool nested = false;
            for (std::size_t s = 0; s < slotList.size(); ++s) {
                if (slotHolder[s] == h.actor && h.start < slotEnd[s] && h.end <= slotEnd[s])
                    nested = true;
            }
            if (nested)
                continue;
        }
        std::size_t s = 0;
        while (s < slotList.size() && slotEnd[s] > h.start)
            ++s;
        if (s == slotList.size()) {
            slotList.emplace_back();
            slotEnd.push_back(0);
            slotHolder.push_back(-1);
        }
        slotList[s].push_back(quint32(i));
        slotEnd[s] = h.end;
        slotHolder[s] = h.actor;
    }
    return slotList;
}

TraceCache<LodIndex>& cache()
{
    static TraceCache<LodIndex> c(2); // the window's trace and one being exported or replaced
    return c;
}

} // namespace

LodIndex::LodIndex(const Trace& trace)
    : m_trace(trace)
{
    m_actors.resize(trace.actors().size());
    for (std::size_t a = 0; a < m_actors.size(); ++a) {
        const auto& lane = trace.states(int(a));
        m_actors[a].severity.build(lane.size(), [&lane](std::size_t i) { return severityOf(lane[i].state); });
    }

    m_resources.resize(trace.resources().size());
    for (std::size_t r = 0; r < m_resources.size(); ++r) {
        ResourceLod& lod = m_resources[r];
        const auto& series = trace.counter(int(r));
        const auto value = [&series](std::size_t i) { return Span { series[i].value, series[i].value }; };
        lod.span.build(series.size(), value);
        if (!series.empty()) {
            const Span all = lod.span.query(0, series.size(), value);
            lod.range = { all.lo, all.hi };
        }
        if (trace.resources()[r].kind == ResourceKind::SharedValue && series.size() > 1) {
            lod.drop.assign(series.size(), 0);
            for (std::size_t i = 1; i < series.size(); ++i) {
                lod.drop[i] = series[i].value <= series[i - 1].value ? 1 : 0;
                lod.dropTotal += lod.drop[i];
            }
            lod.drops.build(lod.drop.size(), [&lod](std::size_t i) { return lod.drop[i]; });
        }
        lod.slotList = arrangeSlots(trace.holds(int(r)), isLock(trace.resources()[r].kind));
        m_hasHolds = m_hasHolds || !lod.slotList.empty();
    }

    // Flows by length class: a class holds flows shorter than 2^k ns, so the ones that can reach
    // into a window start less than 2^k before it.
    const auto& flows = trace.flows();
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const qint64 length = std::abs(flows[i].toTime - flows[i].fromTime);
        const auto k = std::size_t(std::bit_width(quint64(length)));
        if (m_flowClasses.size() <= k)
            m_flowClasses.resize(k + 1);
        m_flowClasses[k].flows.push_back(quint32(i));
        m_flowKinds |= 1u << quint32(flows[i].kind);
    }
    for (std::size_t k = 0; k < m_flowClasses.size(); ++k)
        m_flowClasses[k].maxLength = std::ldexp(1.0, int(k));

    m_instantsByActor.resize(trace.actors().size() + 1);
    const auto& instants = trace.instants();
    for (std::size_t i = 0; i < instants.size(); ++i) {
        const Instant& in = instants[i];
        const std::size_t slot
            = in.actor >= 0 && std::size_t(in.actor) < trace.actors().size() ? std::size_t(in.actor) + 1 : 0;
        m_instantsByActor[slot].push_back(quint32(i));
        m_instantKinds |= 1u << quint32(in.kind);
        if (in.kind == InstantKind::Deadlock || in.kind == InstantKind::Exception)
            m_notable.push_back(quint32(i));
    }
}

const std::vector<quint32>& LodIndex::instantsOf(int actor) const
{
    static const std::vector<quint32> none;
    const std::size_t slot = std::size_t(actor + 1);
    return actor >= -1 && slot < m_instantsByActor.size() ? m_instantsByActor[slot] : none;
}

std::shared_ptr<const LodIndex> LodIndex::of(const Trace& trace)
{
    return cache().get(trace, {}, [&trace] { return std::make_shared<const LodIndex>(trace); });
}

void LodIndex::clearCache()
{
    cache().clear();
}

State LodIndex::worstState(int actor, std::size_t first, std::size_t last) const
{
    const auto& lane = m_trace.states(actor);
    const quint8 sev = m_actors[std::size_t(actor)].severity.query(
        first, last, [&lane](std::size_t i) { return severityOf(lane[i].state); });
    return stateBySeverity()[sev];
}

std::pair<qint64, qint64> LodIndex::counterRange(int resource, std::size_t first, std::size_t last) const
{
    const auto& series = m_trace.counter(resource);
    const auto value = [&series](std::size_t i) { return Span { series[i].value, series[i].value }; };
    const Span s = m_resources[std::size_t(resource)].span.query(first, last, value);
    return { s.lo, s.hi };
}

std::pair<qint64, qint64> LodIndex::counterRange(int resource) const
{
    if (resource < 0 || std::size_t(resource) >= m_resources.size())
        return { 0, 0 };
    return m_resources[std::size_t(resource)].range;
}

bool LodIndex::hasDrop(int resource, std::size_t first, std::size_t last) const
{
    const ResourceLod& lod = m_resources[std::size_t(resource)];
    if (lod.drop.empty() || first >= last)
        return false;
    return lod.drops.query(first, last, [&lod](std::size_t i) { return lod.drop[i]; }) != 0;
}

std::size_t LodIndex::dropCount(int resource) const
{
    if (resource < 0 || std::size_t(resource) >= m_resources.size())
        return 0;
    return m_resources[std::size_t(resource)].dropTotal;
}

const std::vector<std::vector<quint32>>& LodIndex::holdSlots(int resource) const
{
    static const std::vector<std::vector<quint32>> none;
    if (resource < 0 || std::size_t(resource) >= m_resources.size())
        return none;
    return m_resources[std::size_t(resource)].slotList;
}

template <typename F> void LodIndex::forEachClassRange(qreal from, qreal to, F f) const
{
    const auto& flows = m_trace.flows();
    for (const FlowClass& c : m_flowClasses) {
        if (c.flows.empty())
            continue;
        const qreal lo = from - c.maxLength;
        auto first = std::lower_bound(
            c.flows.begin(), c.flows.end(), lo, [&flows](quint32 i, qreal t) { return qreal(flows[i].fromTime) < t; });
        auto last = std::upper_bound(
            first, c.flows.end(), to, [&flows](qreal t, quint32 i) { return t < qreal(flows[i].fromTime); });
        f(first, last);
    }
}

void LodIndex::forEachFlowNear(qreal from, qreal to, const std::function<void(std::size_t)>& f) const
{
    forEachClassRange(from, to, [&f](auto first, auto last) {
        for (auto it = first; it != last; ++it)
            f(*it);
    });
}

std::size_t LodIndex::flowCountNear(qreal from, qreal to) const
{
    std::size_t n = 0;
    forEachClassRange(from, to, [&n](auto first, auto last) { n += std::size_t(last - first); });
    return n;
}

} // namespace interleave
