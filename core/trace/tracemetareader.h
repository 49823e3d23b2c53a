// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QVariant>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace interleave {

// One element of traceEvents as parsed, before the actors and resources it refers to are known
// (otherData may come after traceEvents). Strings point into the parsed buffer.
struct RawTraceEvent {
    enum Has : quint16 {
        HasTs = 1 << 0,
        HasPid = 1 << 1,
        HasTid = 1 << 2,
        HasId = 1 << 3,
        HasRes = 1 << 4,
        HasActor = 1 << 5,
        HasValue = 1 << 6,
        HasHold = 1 << 7,
    };
    qint64 ts = 0; // ns
    qint64 pid = 0;
    qint64 tid = 0;
    qint64 id = 0;
    qint64 res = 0;
    qint64 actor = 0;
    qint64 value = 0;
    qint64 hold = 0;
    std::string_view name;
    std::string_view on;
    std::string_view text;
    quint32 index = 0; // in traceEvents, for messages
    quint16 has = 0;
    char ph = 0;
    char scope = 0;
    quint8 code = 0; // State, FlowKind or InstantKind, from the name
};

// The second half of reading (private to core/trace): validates otherData.interleave, then turns
// each RawTraceEvent into an Event against its actors, resources and texts.
class TraceMetaReader {
public:
    // JSON number text -> int, qlonglong, qulonglong or double (integers stay integers).
    static bool number(std::string_view text, QVariant& out);

    bool read(const QVariant& otherData, QString* error);
    bool resolve(const RawTraceEvent& raw, Event& out, QString* error);
    Trace build(std::vector<Event> events);

private:
    bool readActors(const QVariantList& list, QString* error);
    bool readResources(const QVariantList& list, QString* error);
    bool actorOf(const RawTraceEvent& raw, bool required, qint32& out, QString* error) const;
    bool resourceOf(const RawTraceEvent& raw, std::string_view name, bool required, qint32& out, QString* error) const;

    struct TrackHash {
        std::size_t operator()(const std::pair<qint64, qint64>& k) const noexcept
        {
            // Unsigned arithmetic: the multiply wraps by design (a signed one would overflow).
            return std::hash<quint64>()(quint64(k.first) * 0x9E3779B97F4A7C15ull ^ quint64(k.second));
        }
    };

    TraceMeta m_meta;
    std::vector<ActorInfo> m_actors;
    std::vector<ResourceInfo> m_resources;
    QStringList m_texts;
    std::unordered_map<std::pair<qint64, qint64>, int, TrackHash> m_tracks;
    std::unordered_map<std::string, int> m_resourceByName;
    std::unordered_map<std::string, quint32> m_textIds;
};

} // namespace interleave
