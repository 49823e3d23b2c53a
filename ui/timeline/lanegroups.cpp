// SPDX-License-Identifier: MIT
#include "timeline/lanegroups.h"

#include "timeline/tracecache.h"

#include "timeline/lodindex.h"
#include "timeline/textutil.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace interleave {

namespace {

struct Split {
    QString stem;
    qint64 number = -1; // -1: the name does not end with a number
};

// "client-17" -> {"client-", 17}; "ThreadPoolExecutor-0_3" -> {"ThreadPoolExecutor-0_", 3}.
Split split(const QString& name)
{
    qsizetype i = name.size();
    while (i > 0 && name[i - 1].isDigit())
        --i;
    // A name of digits only, or a number too long to be a counter, is not a family.
    if (i == 0 || i == name.size() || name.size() - i > 12)
        return {};
    return { name.left(i), name.mid(i).toLongLong() };
}

// Its strings' translation context, "TimelineLanes", for lupdate and for the lookup alike.
struct TimelineLanesText {
    Q_DECLARE_TR_FUNCTIONS(TimelineLanes)
};

TraceCache<LaneGroups>& cache()
{
    static TraceCache<LaneGroups> c(2); // as the LodIndex's
    return c;
}

} // namespace

LaneGroups::LaneGroups(const Trace& trace)
{
    const auto& actors = trace.actors();
    m_groupOf.assign(actors.size(), -1);
    QHash<QString, int> byKey;
    std::vector<Group> candidates;
    for (std::size_t a = 0; a < actors.size(); ++a) {
        const ActorInfo& info = actors[a];
        if (info.kind == ActorKind::Main)
            continue;
        const Split s = split(info.name);
        if (s.number < 0)
            continue;
        const QString key = QStringLiteral("%1/%2/%3").arg(info.pid).arg(int(info.kind)).arg(s.stem);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, int(candidates.size()));
            Group g;
            g.key = key;
            g.stem = s.stem;
            g.kind = info.kind;
            g.pid = info.pid;
            g.lowest = g.highest = s.number;
            g.lowestName = g.highestName = info.name;
            candidates.push_back(std::move(g));
        }
        Group& g = candidates[std::size_t(*it)];
        g.members.push_back(int(a));
        if (s.number < g.lowest) {
            g.lowest = s.number;
            g.lowestName = info.name;
        }
        if (s.number > g.highest) {
            g.highest = s.number;
            g.highestName = info.name;
        }
    }
    // Groups in the order of their first member, as the lanes were.
    std::sort(candidates.begin(), candidates.end(),
        [](const Group& a, const Group& b) { return a.members.front() < b.members.front(); });
    const auto lod = LodIndex::of(trace);
    const auto& instants = trace.instants();
    for (Group& g : candidates) {
        if (int(g.members.size()) < MinMembers)
            continue;
        for (int m : g.members) {
            m_groupOf[std::size_t(m)] = int(m_groups.size());
            const auto& mine = lod->instantsOf(m);
            g.instants.insert(g.instants.end(), mine.begin(), mine.end());
        }
        std::sort(g.instants.begin(), g.instants.end(), [&instants](quint32 a, quint32 b) {
            return instants[a].time < instants[b].time || (instants[a].time == instants[b].time && a < b);
        });
        m_groups.push_back(std::move(g));
    }
}

std::shared_ptr<const LaneGroups> LaneGroups::of(const Trace& trace)
{
    return cache().get(trace, {}, [&trace] { return std::make_shared<const LaneGroups>(trace); });
}

int LaneGroups::groupOf(int actor) const
{
    return actor >= 0 && std::size_t(actor) < m_groupOf.size() ? m_groupOf[std::size_t(actor)] : -1;
}

int LaneGroups::find(const QString& key) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].key == key)
            return int(g);
    }
    return -1;
}

QString LaneGroups::countText(const Group& g)
{
    // A group has at least MinMembers: always the plural.
    const QString n = TextUtil::number(qint64(g.members.size()));
    switch (g.kind) {
    case ActorKind::Task:
        return TimelineLanesText::tr("%1 tasks").arg(n);
    case ActorKind::Process:
        return TimelineLanesText::tr("%1 processes").arg(n);
    default:
        return TimelineLanesText::tr("%1 threads").arg(n);
    }
}

QString LaneGroups::range(const Group& g, const QFont* font, qreal width)
{
    const QString full = TimelineLanesText::tr("%1 \u2026 %2").arg(g.lowestName, g.highestName);
    if (!font || TextUtil::width(*font, full) <= width)
        return full;
    const QString compact = TimelineLanesText::tr("%1%2\u2026%3").arg(g.stem).arg(g.lowest).arg(g.highest);
    if (TextUtil::width(*font, compact) <= width)
        return compact;
    return TextUtil::elided(*font, compact, width);
}

QString LaneGroups::label(const Group& g, const QFont* font, qreal width)
{
    const QString count = countText(g);
    // "client-1 … client-200 · 200 tasks", else "client-1…200 · 200 tasks", else elided.
    const QString full = TimelineLanesText::tr("%1 \u00b7 %2").arg(range(g), count);
    if (!font || TextUtil::width(*font, full) <= width)
        return full;
    const QString compact
        = TimelineLanesText::tr("%1%2\u2026%3 \u00b7 %4").arg(g.stem).arg(g.lowest).arg(g.highest).arg(count);
    if (TextUtil::width(*font, compact) <= width)
        return compact;
    return TextUtil::elided(*font, compact, width);
}

std::array<int, StateCount> LaneGroups::statesAt(const Trace& trace, int group, qint64 t) const
{
    std::array<int, StateCount> counts {};
    if (group < 0 || std::size_t(group) >= m_groups.size())
        return counts;
    for (int m : m_groups[std::size_t(group)].members) {
        const auto& lane = trace.states(m);
        if (lane.empty() || lane.front().start > t)
            continue;
        if (isTerminal(lane.back().state) && lane.back().start <= t) {
            ++counts[std::size_t(lane.back().state)];
            continue;
        }
        if (const StateInterval* s = trace.stateAt(m, t))
            ++counts[std::size_t(s->state)];
    }
    return counts;
}

} // namespace interleave
