// SPDX-License-Identifier: MIT
#include "trace/tracejsonwriter.h"

#include <rapidjson/writer.h>

#include <array>
#include <charconv>
#include <cmath>
#include <set>

namespace interleave {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Tids at or above this are made up for actors whose own (pid, tid) is missing or taken; they stay
// below 2^32 because Perfetto reads tids as 32-bit numbers.
constexpr qint64 kSyntheticTidBase = 1'000'000'000;

template <std::size_t N>
void key(JsonWriter& w, const char (&s)[N])
{
    w.Key(s, N - 1);
}

template <std::size_t N>
void str(JsonWriter& w, const char (&s)[N])
{
    w.String(s, N - 1);
}

void str(JsonWriter& w, const QByteArray& s) { w.String(s.constData(), rapidjson::SizeType(s.size())); }
void str(JsonWriter& w, const QString& s) { str(w, s.toUtf8()); }

// Microseconds with the nanoseconds as an exact decimal fraction (1234500 ns -> 1234.5). Formatting
// the integers ourselves is exact by construction and much cheaper than printing a double.
void micros(JsonWriter& w, qint64 ns)
{
    ns = std::max<qint64>(ns, 0); // the reader rejects negative times; a run never records one
    char buf[32];
    auto r = std::to_chars(buf, buf + 24, ns / 1000);
    char* p = r.ptr;
    const int frac = int(ns % 1000);
    if (frac != 0) {
        const int d0 = frac / 100, d1 = frac / 10 % 10, d2 = frac % 10;
        *p++ = '.';
        *p++ = char('0' + d0);
        if (d1 != 0 || d2 != 0)
            *p++ = char('0' + d1);
        if (d2 != 0)
            *p++ = char('0' + d2);
    }
    w.RawValue(buf, std::size_t(p - buf), rapidjson::kNumberType);
}

void variant(JsonWriter& w, const QVariant& v);

void variantMap(JsonWriter& w, const QVariantMap& map)
{
    w.StartObject();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QByteArray k = it.key().toUtf8();
        w.Key(k.constData(), rapidjson::SizeType(k.size()));
        variant(w, it.value());
    }
    w.EndObject();
}

// Params and outcomes hold bool, integers, doubles, strings and lists or maps of those.
void variant(JsonWriter& w, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: w.Bool(v.toBool()); return;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Char:
    case QMetaType::SChar: w.Int64(v.toLongLong()); return;
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UChar: w.Uint64(v.toULongLong()); return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (std::isfinite(d))
            w.Double(d);
        else
            w.Null(); // JSON has no NaN or infinity
        return;
    }
    case QMetaType::QVariantMap: variantMap(w, v.toMap()); return;
    case QMetaType::QVariantHash: {
        QVariantMap m;
        const QVariantHash h = v.toHash();
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            m.insert(it.key(), it.value());
        variantMap(w, m);
        return;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        w.StartArray();
        const QVariantList list = v.toList();
        for (const QVariant& item : list)
            variant(w, item);
        w.EndArray();
        return;
    }
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: w.Null(); return;
    default:
        if (v.canConvert<QString>())
            str(w, v.toString());
        else
            w.Null();
        return;
    }
}

struct Track {
    qint64 pid = 0;
    qint64 tid = 0;
};

class Writer {
public:
    Writer(const Trace& trace, rapidjson::StringBuffer& out)
        : m_trace(trace)
        , m_w(out)
    {
        for (const ResourceInfo& r : trace.resources())
            m_resourceNames.push_back(r.name.toUtf8());
        for (int i = 0; i < StateCount; ++i)
            m_stateNames[std::size_t(i)] = stateName(State(i)).toUtf8();
        assignTracks();
    }

    void write()
    {
        m_w.StartObject();
        key(m_w, "traceEvents");
        m_w.StartArray();
        writeNames();
        writeStates();
        writeHolds();
        writeCounters();
        writeFlows();
        writeInstants();
        m_w.EndArray();
        key(m_w, "displayTimeUnit");
        str(m_w, "ns");
        key(m_w, "otherData");
        m_w.StartObject();
        key(m_w, "interleave");
        writeMeta();
        m_w.EndObject();
        m_w.EndObject();
    }

private:
    // Each actor needs a (pid, tid) of its own: that is how Perfetto, and our reader, tell lanes apart.
    void assignTracks()
    {
        const auto& actors = m_trace.actors();
        std::set<std::pair<qint64, qint64>> used;
        m_tracks.resize(actors.size());
        std::vector<std::size_t> pending;
        for (std::size_t i = 0; i < actors.size(); ++i) {
            m_tracks[i] = Track { actors[i].pid, actors[i].tid };
            if (actors[i].tid == 0 || !used.insert({ actors[i].pid, actors[i].tid }).second)
                pending.push_back(i);
        }
        qint64 next = kSyntheticTidBase;
        for (std::size_t i : pending) {
            while (used.count({ actors[i].pid, next }))
                ++next;
            m_tracks[i].tid = next;
            used.insert({ actors[i].pid, next });
        }
    }

    bool validActor(int a) const { return a >= 0 && std::size_t(a) < m_tracks.size(); }
    bool validResource(int r) const { return r >= 0 && std::size_t(r) < m_resourceNames.size(); }

    // Common fields of an event on `actor`'s lane. An event of no known actor goes on the first
    // lane and says so in args.actor.
    void begin(const char* ph, int actor)
    {
        m_w.StartObject();
        key(m_w, "ph");
        m_w.String(ph, 1);
        const Track t = validActor(actor) ? m_tracks[std::size_t(actor)]
                                          : (m_tracks.empty() ? Track {} : m_tracks.front());
        key(m_w, "pid");
        m_w.Int64(t.pid);
        key(m_w, "tid");
        m_w.Int64(t.tid);
    }

    void writeNames()
    {
        const auto& actors = m_trace.actors();
        std::set<qint64> pids;
        for (std::size_t i = 0; i < actors.size(); ++i) {
            const Track& t = m_tracks[i];
            if (pids.insert(t.pid).second) {
                begin("M", int(i));
                key(m_w, "name");
                str(m_w, "process_name");
                key(m_w, "args");
                m_w.StartObject();
                key(m_w, "name");
                str(m_w, processName(t.pid));
                m_w.EndObject();
                m_w.EndObject();
            }
            begin("M", int(i));
            key(m_w, "name");
            str(m_w, "thread_name");
            key(m_w, "args");
            m_w.StartObject();
            key(m_w, "name");
            str(m_w, actors[i].name);
            m_w.EndObject();
            m_w.EndObject();
            // Keeps Perfetto's lanes in the order of the app's.
            begin("M", int(i));
            key(m_w, "name");
            str(m_w, "thread_sort_index");
            key(m_w, "args");
            m_w.StartObject();
            key(m_w, "sort_index");
            m_w.Int64(qint64(i));
            m_w.EndObject();
            m_w.EndObject();
        }
    }

    QString processName(qint64 pid) const
    {
        const auto& actors = m_trace.actors();
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (m_tracks[i].pid == pid && actors[i].kind == ActorKind::Process)
                return actors[i].name;
        }
        return m_trace.meta().scenario.isEmpty() ? QStringLiteral("interleave") : m_trace.meta().scenario;
    }

    void writeStates()
    {
        for (std::size_t a = 0; a < m_tracks.size(); ++a) {
            for (const StateInterval& s : m_trace.states(int(a))) {
                begin("X", int(a));
                key(m_w, "cat");
                str(m_w, "state");
                key(m_w, "name");
                str(m_w, m_stateNames[std::size_t(s.state) % m_stateNames.size()]);
                key(m_w, "ts");
                micros(m_w, s.start);
                key(m_w, "dur");
                micros(m_w, s.end - s.start);
                if (validResource(s.resource)) {
                    key(m_w, "args");
                    m_w.StartObject();
                    key(m_w, "on");
                    str(m_w, m_resourceNames[std::size_t(s.resource)]);
                    key(m_w, "res");
                    m_w.Int(s.resource);
                    m_w.EndObject();
                }
                m_w.EndObject();
            }
        }
    }

    void holdEvent(const char* ph, int resource, const HoldInterval& h, qint64 time, quint64 jsonId)
    {
        begin(ph, h.actor);
        key(m_w, "cat");
        str(m_w, "hold");
        key(m_w, "name");
        str(m_w, m_resourceNames[std::size_t(resource)]);
        key(m_w, "id");
        m_w.Uint64(jsonId);
        key(m_w, "ts");
        micros(m_w, time);
        key(m_w, "args");
        m_w.StartObject();
        key(m_w, "res");
        m_w.Int(resource);
        key(m_w, "hold"); // the recorder's id; "id" above is unique per hold, as Perfetto wants
        m_w.Int64(h.id);
        if (!validActor(h.actor)) {
            key(m_w, "actor");
            m_w.Int(-1);
        }
        m_w.EndObject();
        m_w.EndObject();
    }

    void writeHolds()
    {
        quint64 jsonId = 0;
        for (std::size_t r = 0; r < m_resourceNames.size(); ++r) {
            for (const HoldInterval& h : m_trace.holds(int(r))) {
                ++jsonId;
                holdEvent("b", int(r), h, h.start, jsonId);
                holdEvent("e", int(r), h, h.end, jsonId);
            }
        }
    }

    // From the events rather than the counter view, to keep who set each level. The args of a
    // "C" event are plotted as series, so the resource and actor go beside them.
    void writeCounters()
    {
        const Track t = m_tracks.empty() ? Track {} : m_tracks.front();
        for (const Event& e : m_trace.events()) {
            if (e.type != EventType::Counter || !validResource(e.resource))
                continue;
            m_w.StartObject();
            key(m_w, "ph");
            str(m_w, "C");
            key(m_w, "name");
            str(m_w, m_resourceNames[std::size_t(e.resource)]);
            key(m_w, "pid");
            m_w.Int64(t.pid);
            key(m_w, "ts");
            micros(m_w, e.time);
            key(m_w, "res");
            m_w.Int(e.resource);
            key(m_w, "actor");
            m_w.Int(validActor(e.actor) ? e.actor : -1);
            key(m_w, "args");
            m_w.StartObject();
            key(m_w, "value");
            m_w.Int64(e.value);
            m_w.EndObject();
            m_w.EndObject();
        }
    }

    void flowEvent(const char* ph, const Flow& f, int actor, qint64 time, int resource)
    {
        begin(ph, actor);
        key(m_w, "cat");
        str(m_w, "flow");
        key(m_w, "name");
        str(m_w, flowKindName(f.kind));
        key(m_w, "id");
        m_w.Uint(f.id);
        key(m_w, "ts");
        micros(m_w, time);
        if (ph[0] == 'f') {
            key(m_w, "bp");
            str(m_w, "e");
        }
        if (validResource(resource) || !validActor(actor)) {
            key(m_w, "args");
            m_w.StartObject();
            if (validResource(resource)) {
                key(m_w, "res");
                m_w.Int(resource);
            }
            if (!validActor(actor)) {
                key(m_w, "actor");
                m_w.Int(-1);
            }
            m_w.EndObject();
        }
        m_w.EndObject();
    }

    void writeFlows()
    {
        for (const Flow& f : m_trace.flows()) {
            flowEvent("s", f, f.fromActor, f.fromTime, f.resource);
            flowEvent("f", f, f.toActor, f.toTime, -1);
        }
    }

    void writeInstants()
    {
        for (const Instant& i : m_trace.instants()) {
            begin("i", i.actor);
            key(m_w, "name");
            str(m_w, instantKindName(i.kind));
            key(m_w, "s");
            if (validActor(i.actor))
                str(m_w, "t");
            else
                str(m_w, "g");
            key(m_w, "ts");
            micros(m_w, i.time);
            key(m_w, "args");
            m_w.StartObject();
            if (!i.text.isEmpty()) {
                key(m_w, "text");
                str(m_w, i.text);
            }
            key(m_w, "value");
            m_w.Int64(i.value);
            if (validResource(i.resource)) {
                key(m_w, "res");
                m_w.Int(i.resource);
            }
            if (!validActor(i.actor)) {
                key(m_w, "actor");
                m_w.Int(-1);
            }
            m_w.EndObject();
            m_w.EndObject();
        }
    }

    void writeMeta()
    {
        const TraceMeta& meta = m_trace.meta();
        m_w.StartObject();
        key(m_w, "format");
        m_w.Int(1);
        key(m_w, "version");
        str(m_w, meta.version);
        key(m_w, "scenario");
        str(m_w, meta.scenario);
        key(m_w, "title");
        str(m_w, meta.title);
        key(m_w, "params");
        variantMap(m_w, meta.params);
        key(m_w, "seed");
        m_w.Uint64(meta.seed);
        key(m_w, "duration_us");
        micros(m_w, m_trace.duration());
        key(m_w, "outcome");
        variantMap(m_w, meta.outcome);

        key(m_w, "actors");
        m_w.StartArray();
        const auto& actors = m_trace.actors();
        for (std::size_t i = 0; i < actors.size(); ++i) {
            const ActorInfo& a = actors[i];
            m_w.StartObject();
            key(m_w, "pid");
            m_w.Int64(m_tracks[i].pid);
            key(m_w, "tid");
            m_w.Int64(m_tracks[i].tid);
            if (m_tracks[i].tid != a.tid) { // a made-up lane id; keep the real one
                key(m_w, "os_tid");
                m_w.Int64(a.tid);
            }
            key(m_w, "name");
            str(m_w, a.name);
            key(m_w, "kind");
            str(m_w, actorKindName(a.kind));
            key(m_w, "parent");
            m_w.Int(validActor(a.parent) ? a.parent : -1);
            m_w.EndObject();
        }
        m_w.EndArray();

        key(m_w, "resources");
        m_w.StartArray();
        for (const ResourceInfo& r : m_trace.resources()) {
            m_w.StartObject();
            key(m_w, "name");
            str(m_w, r.name);
            key(m_w, "kind");
            str(m_w, resourceKindName(r.kind));
            key(m_w, "capacity");
            m_w.Int64(r.capacity);
            key(m_w, "owner");
            m_w.Int(validActor(r.owner) ? r.owner : -1);
            m_w.EndObject();
        }
        m_w.EndArray();

        key(m_w, "texts");
        m_w.StartArray();
        for (const QString& t : m_trace.texts())
            str(m_w, t);
        m_w.EndArray();
        m_w.EndObject();
    }

    const Trace& m_trace;
    JsonWriter m_w;
    std::vector<Track> m_tracks;
    std::vector<QByteArray> m_resourceNames;
    std::array<QByteArray, StateCount> m_stateNames;
};

} // namespace

void TraceJsonWriter::write(const Trace& trace, rapidjson::StringBuffer& out)
{
    // About 100 bytes per event: reserving up front spares the buffer its doublings.
    out.Reserve(4096 + trace.events().size() * 110);
    Writer(trace, out).write();
}


} // namespace interleave
