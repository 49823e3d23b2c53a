// SPDX-License-Identifier: MIT
#include "trace/tracejsonreader.h"

#include "trace/tracemetareader.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace interleave {

namespace {

using rapidjson::SizeType;

constexpr double kMaxMicros = 9.0e12; // about 104 days: every time stays a qint64 of nanoseconds

enum class Kind : quint8 { Null, Bool, Number, String };
enum class Frame : quint8 { Root, Events, Event, Args, Skip, Variant };
enum class Field : quint8 { None, TraceEvents, OtherData, Ph, Name, Ts, Dur, Pid, Tid, Id, Scope, Res, Actor, On, Value, Text, Hold, Args };

using RawEvent = RawTraceEvent;

QString sv(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

bool parseInt(std::string_view s, qint64& out)
{
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

enum class TimeError { None, Negative, Range };

// Microseconds to nanoseconds. The usual "digits[.digits]" is converted exactly; anything else
// (a sign, an exponent) goes through a double.
TimeError parseMicros(std::string_view s, qint64& ns)
{
    std::size_t i = 0;
    qint64 whole = 0;
    int digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 13) {
        whole = whole * 10 + (s[i++] - '0');
        ++digits;
    }
    bool simple = digits > 0;
    qint64 frac = 0;
    int kept = 0;
    bool roundUp = false;
    if (simple && i < s.size() && s[i] == '.') {
        const std::size_t start = ++i;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
            if (kept < 3) {
                frac = frac * 10 + (s[i] - '0');
                ++kept;
            } else if (i - start == 3) {
                roundUp = s[i] >= '5';
            }
        }
        simple = i > start;
    }
    if (simple && i == s.size()) {
        for (; kept < 3; ++kept)
            frac *= 10;
        ns = whole * 1000 + frac + (roundUp ? 1 : 0);
        return TimeError::None;
    }
    double d = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), d);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(d))
        return TimeError::Range;
    if (d < 0)
        return TimeError::Negative;
    if (d > kMaxMicros)
        return TimeError::Range;
    ns = std::llround(d * 1000.0);
    return TimeError::None;
}

template <std::size_t N>
int codeOf(const std::array<QByteArray, N>& names, std::string_view name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == std::string_view(names[i].constData(), std::size_t(names[i].size())))
            return int(i);
    }
    return -1;
}

template <std::size_t N, typename E>
std::array<QByteArray, N> namesOf(QString (*nameOf)(E))
{
    std::array<QByteArray, N> out;
    for (std::size_t i = 0; i < N; ++i)
        out[i] = nameOf(E(i)).toUtf8();
    return out;
}

// The SAX handler: keeps the traceEvents elements as RawEvents and otherData as a QVariant.
class Handler {
public:
    Handler()
        : m_states(namesOf<StateCount>(&stateName))
        , m_flows(namesOf<FlowKindCount>(&flowKindName))
        , m_instants(namesOf<InstantKindCount>(&instantKindName))
    {
    }

    QString error;
    bool tooDeep = false;
    bool sawEvents = false;
    QVariant otherData;
    std::vector<RawEvent> events;

    bool Null() { return scalar(Kind::Null, {}); }
    bool Bool(bool b) { return scalar(Kind::Bool, b ? "true" : "false"); }
    // With kParseNumbersAsStringsFlag every number arrives as RawNumber.
    bool Int(int) { return false; }
    bool Uint(unsigned) { return false; }
    bool Int64(int64_t) { return false; }
    bool Uint64(uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char* s, SizeType n, bool) { return scalar(Kind::Number, { s, n }); }
    bool String(const char* s, SizeType n, bool) { return scalar(Kind::String, { s, n }); }

    bool Key(const char* s, SizeType n, bool)
    {
        const std::string_view k(s, n);
        switch (m_frames.back()) {
        case Frame::Root:
            m_field = k == "traceEvents" ? Field::TraceEvents : k == "otherData" ? Field::OtherData : Field::None;
            break;
        case Frame::Event:
        case Frame::Args: m_field = fieldOf(k, m_frames.back() == Frame::Args); break;
        case Frame::Variant: m_variants.back().key = sv(k); break;
        default: break;
        }
        return true;
    }

    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(SizeType) { return end(); }
    bool EndArray(SizeType) { return end(); }

private:
    struct VariantNode {
        bool isMap = false;
        QVariantMap map;
        QVariantList list;
        QString key;
    };

    static Field fieldOf(std::string_view k, bool inArgs)
    {
        if (inArgs) {
            if (k == "on")
                return Field::On;
            if (k == "res")
                return Field::Res;
            if (k == "value")
                return Field::Value;
            if (k == "text")
                return Field::Text;
            if (k == "hold")
                return Field::Hold;
            if (k == "actor")
                return Field::Actor;
            return Field::None;
        }
        if (k.size() == 2) {
            if (k == "ph")
                return Field::Ph;
            if (k == "ts")
                return Field::Ts;
            if (k == "id")
                return Field::Id;
        }
        if (k == "name")
            return Field::Name;
        if (k == "dur")
            return Field::Dur;
        if (k == "pid")
            return Field::Pid;
        if (k == "tid")
            return Field::Tid;
        if (k == "s")
            return Field::Scope;
        if (k == "res")
            return Field::Res;
        if (k == "actor")
            return Field::Actor;
        if (k == "args")
            return Field::Args;
        return Field::None;
    }

    QString fieldName() const
    {
        static const char* const names[] = { "", "traceEvents", "otherData", "ph", "name", "ts", "dur", "pid", "tid",
            "id", "s", "res", "actor", "on", "value", "text", "hold", "args" };
        const QString n = QLatin1String(names[int(m_field)]);
        return m_frames.back() == Frame::Args ? QLatin1String("args.") + n : n;
    }

    bool fail(const QString& message)
    {
        error = message;
        return false;
    }

    bool typeError(Kind want)
    {
        const QString where = QString::number(m_eventIndex);
        switch (want) {
        case Kind::String:
            return fail(QCoreApplication::translate("TraceIO", "event %1: %2 must be a string").arg(where, fieldName()));
        case Kind::Number:
            return fail(QCoreApplication::translate("TraceIO", "event %1: %2 must be a number").arg(where, fieldName()));
        default:
            return fail(QCoreApplication::translate("TraceIO", "event %1: %2 must be an object").arg(where, fieldName()));
        }
    }

    bool notAnObject() { return fail(QCoreApplication::translate("TraceIO", "the trace is not a JSON object")); }
    bool noEventsArray() { return fail(QCoreApplication::translate("TraceIO", "the trace has no traceEvents array")); }
    bool eventNotObject()
    {
        return fail(QCoreApplication::translate("TraceIO", "event %1 is not a JSON object").arg(m_eventIndex));
    }

    bool push(Frame f)
    {
        if (m_frames.size() >= std::size_t(TraceJsonReader::kMaxDepth)) {
            tooDeep = true;
            return false;
        }
        m_frames.push_back(f);
        m_field = Field::None;
        return true;
    }

    bool startVariant(bool isMap)
    {
        if (!push(Frame::Variant))
            return false;
        m_variants.push_back(VariantNode { isMap, {}, {}, {} });
        return true;
    }

    bool start(bool object)
    {
        if (m_frames.empty())
            return object ? push(Frame::Root) : notAnObject();
        switch (m_frames.back()) {
        case Frame::Root:
            if (m_field == Field::TraceEvents) {
                if (object)
                    return noEventsArray();
                sawEvents = true;
                return push(Frame::Events);
            }
            if (m_field == Field::OtherData)
                return startVariant(object);
            return push(Frame::Skip);
        case Frame::Events:
            if (!object)
                return eventNotObject();
            m_event = RawEvent {};
            m_event.index = m_eventIndex;
            return push(Frame::Event);
        case Frame::Event:
            if (m_field == Field::Args)
                return object ? push(Frame::Args) : typeError(Kind::Null);
            [[fallthrough]];
        case Frame::Args:
            if (m_field != Field::None)
                return eventField(Kind::Null, {}); // a container where a value belongs: a type error
            return push(Frame::Skip);
        case Frame::Skip: return push(Frame::Skip);
        case Frame::Variant: return startVariant(object);
        }
        return false;
    }

    bool end()
    {
        const Frame f = m_frames.back();
        m_frames.pop_back();
        if (f == Frame::Event) {
            ++m_eventIndex;
            return finishEvent();
        }
        if (f == Frame::Variant) {
            VariantNode node = std::move(m_variants.back());
            m_variants.pop_back();
            if (node.isMap)
                return addVariant(QVariant(node.map));
            // Scenarios report names and orders as QStringList: give them back as such.
            const bool strings = !node.list.isEmpty()
                && std::all_of(node.list.cbegin(), node.list.cend(),
                    [](const QVariant& v) { return v.typeId() == QMetaType::QString; });
            return addVariant(strings ? QVariant(QVariant(node.list).toStringList()) : QVariant(node.list));
        }
        return true;
    }

    bool addVariant(const QVariant& v)
    {
        if (m_variants.empty()) {
            otherData = v;
            return true;
        }
        VariantNode& top = m_variants.back();
        if (top.isMap)
            top.map.insert(top.key, v);
        else
            top.list.append(v);
        return true;
    }

    bool scalar(Kind kind, std::string_view s)
    {
        if (m_frames.empty())
            return notAnObject();
        switch (m_frames.back()) {
        case Frame::Root:
            if (m_field == Field::TraceEvents)
                return noEventsArray();
            if (m_field == Field::OtherData)
                otherData = QVariant();
            return true;
        case Frame::Events: return eventNotObject();
        case Frame::Event:
        case Frame::Args: return eventField(kind, s);
        case Frame::Skip: return true;
        case Frame::Variant: {
            QVariant v;
            if (kind == Kind::Bool)
                v = s == "true";
            else if (kind == Kind::String)
                v = sv(s);
            else if (kind == Kind::Number && !TraceMetaReader::number(s, v))
                return fail(QCoreApplication::translate("TraceIO", "otherData: the number %1 is out of range")
                                .arg(sv(s.substr(0, 40))));
            return addVariant(v);
        }
        }
        return false;
    }

    bool integer(Kind kind, std::string_view s, qint64& out, RawEvent::Has flag)
    {
        if (kind != Kind::Number)
            return typeError(Kind::Number);
        if (!parseInt(s, out))
            return fail(QCoreApplication::translate("TraceIO", "event %1: %2 must be an integer, not %3")
                            .arg(QString::number(m_eventIndex), fieldName(), sv(s.substr(0, 40))));
        m_event.has |= flag;
        return true;
    }

    bool time(Kind kind, std::string_view s, qint64& out)
    {
        if (kind != Kind::Number)
            return typeError(Kind::Number);
        switch (parseMicros(s, out)) {
        case TimeError::None: return true;
        case TimeError::Negative:
            return fail(QCoreApplication::translate("TraceIO", "event %1: %2 is negative")
                            .arg(QString::number(m_eventIndex), fieldName()));
        case TimeError::Range:
            return fail(QCoreApplication::translate("TraceIO", "event %1: %2 is not a finite time in range (%3)")
                            .arg(QString::number(m_eventIndex), fieldName(), sv(s.substr(0, 40))));
        }
        return false;
    }

    bool eventField(Kind kind, std::string_view s)
    {
        RawEvent& e = m_event;
        switch (m_field) {
        case Field::Ph:
            if (kind != Kind::String)
                return typeError(Kind::String);
            if (s.size() != 1 || !std::strchr("XbeCsfiM", s[0]))
                return fail(QCoreApplication::translate("TraceIO", "event %1: unsupported phase \"%2\"")
                                .arg(QString::number(m_eventIndex), sv(s.substr(0, 40))));
            e.ph = s[0];
            return true;
        case Field::Name:
        case Field::On:
        case Field::Text:
        case Field::Scope:
            if (kind != Kind::String)
                return typeError(Kind::String);
            if (m_field == Field::Name)
                e.name = s;
            else if (m_field == Field::On)
                e.on = s;
            else if (m_field == Field::Text)
                e.text = s;
            else
                e.scope = s.empty() ? 0 : s[0];
            return true;
        case Field::Ts:
            e.has |= RawEvent::HasTs;
            return time(kind, s, e.ts);
        case Field::Dur: {
            qint64 dur = 0; // checked, not used: the next state's start ends an interval
            return time(kind, s, dur);
        }
        case Field::Pid: return integer(kind, s, e.pid, RawEvent::HasPid);
        case Field::Tid: return integer(kind, s, e.tid, RawEvent::HasTid);
        case Field::Res: return integer(kind, s, e.res, RawEvent::HasRes);
        case Field::Actor: return integer(kind, s, e.actor, RawEvent::HasActor);
        case Field::Value: return integer(kind, s, e.value, RawEvent::HasValue);
        case Field::Hold: return integer(kind, s, e.hold, RawEvent::HasHold);
        case Field::Id:
            if (kind == Kind::Number)
                return integer(kind, s, e.id, RawEvent::HasId);
            if (kind != Kind::String)
                return typeError(Kind::String);
            e.has |= RawEvent::HasId;
            if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
                quint64 u = 0;
                const auto r = std::from_chars(s.data() + 2, s.data() + s.size(), u, 16);
                if (r.ec == std::errc() && r.ptr == s.data() + s.size()) {
                    e.id = qint64(u);
                    return true;
                }
            }
            if (parseInt(s, e.id))
                return true;
            // Any other string id: number it, so equal strings pair up.
            e.id = m_stringIds.emplace(std::string(s), -qint64(m_stringIds.size()) - 1).first->second;
            return true;
        case Field::Args: return typeError(Kind::Null);
        default: return true; // a field we do not use
        }
    }

    bool missing(const char* field)
    {
        return fail(QCoreApplication::translate("TraceIO", "event %1: %2 is missing")
                        .arg(QString::number(m_event.index), QLatin1String(field)));
    }

    template <std::size_t N>
    bool kindCode(const std::array<QByteArray, N>& names, const char* message)
    {
        const int code = codeOf(names, m_event.name);
        if (code < 0) {
            return fail(QCoreApplication::translate("TraceIO", message)
                            .arg(QString::number(m_event.index), sv(m_event.name.substr(0, 40))));
        }
        m_event.code = quint8(code);
        return true;
    }

    // Checks what can be checked without the actors and resources.
    bool finishEvent()
    {
        RawEvent& e = m_event;
        if (e.ph == 0)
            return missing("ph");
        if (e.ph == 'M')
            return true; // names come from otherData.interleave.actors
        if (!(e.has & RawEvent::HasTs))
            return missing("ts");
        switch (e.ph) {
        case 'X':
            if (e.name.empty())
                return missing("name");
            if (!kindCode(m_states, QT_TRANSLATE_NOOP("TraceIO", "event %1: unknown state \"%2\"")))
                return false;
            break;
        case 's':
        case 'f':
            if (!(e.has & RawEvent::HasId))
                return missing("id");
            if (e.ph == 's' && e.name.empty())
                return missing("name");
            if (!e.name.empty() && !kindCode(m_flows, QT_TRANSLATE_NOOP("TraceIO", "event %1: unknown flow kind \"%2\"")))
                return false;
            break;
        case 'i':
            if (e.name.empty())
                return missing("name");
            if (!kindCode(m_instants, QT_TRANSLATE_NOOP("TraceIO", "event %1: unknown instant kind \"%2\"")))
                return false;
            break;
        case 'b':
        case 'e':
            if (!(e.has & (RawEvent::HasId | RawEvent::HasHold)))
                return missing("id");
            [[fallthrough]];
        case 'C':
            if (e.name.empty() && !(e.has & RawEvent::HasRes))
                return missing("name");
            if (e.ph == 'C' && !(e.has & RawEvent::HasValue))
                return missing("args.value");
            break;
        }
        events.push_back(e);
        return true;
    }

    std::vector<Frame> m_frames;
    std::vector<VariantNode> m_variants;
    Field m_field = Field::None;
    RawEvent m_event;
    quint32 m_eventIndex = 0;
    std::unordered_map<std::string, qint64> m_stringIds;
    const std::array<QByteArray, StateCount> m_states;
    const std::array<QByteArray, FlowKindCount> m_flows;
    const std::array<QByteArray, InstantKindCount> m_instants;
};

} // namespace

std::optional<Trace> TraceJsonReader::parse(QByteArray json, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.size() > kMaxBytes)
        return fail(QCoreApplication::translate("TraceIO", "the trace is too large (%1 bytes)").arg(json.size()));
    // The in-place parser stops at a NUL byte; a valid file never has one.
    if (const void* nul = std::memchr(json.constData(), 0, std::size_t(json.size())))
        return fail(QCoreApplication::translate("TraceIO", "not JSON: a NUL byte at byte %1")
                        .arg(static_cast<const char*>(nul) - json.constData()));

    // Editors on some systems start UTF-8 files with a byte order mark; as JSON whitespace it keeps
    // every offset in messages the file's own.
    if (json.startsWith("\xEF\xBB\xBF"))
        std::memset(json.data(), ' ', 3);

    Handler handler;
    handler.events.reserve(std::size_t(json.size() / 100));
    rapidjson::Reader reader;
    rapidjson::InsituStringStream stream(json.data());
    constexpr unsigned flags
        = rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult ok = reader.Parse<flags>(stream, handler);
    if (!ok) {
        if (handler.tooDeep)
            return fail(QCoreApplication::translate("TraceIO", "the JSON is nested more than %1 levels deep (at byte %2)")
                            .arg(kMaxDepth)
                            .arg(ok.Offset()));
        if (!handler.error.isEmpty())
            return fail(handler.error);
        return fail(QCoreApplication::translate("TraceIO", "not JSON: %1 (at byte %2)")
                        .arg(QString::fromUtf8(rapidjson::GetParseError_En(ok.Code())))
                        .arg(ok.Offset()));
    }
    if (!handler.sawEvents)
        return fail(QCoreApplication::translate("TraceIO", "the trace has no traceEvents array"));

    TraceMetaReader meta;
    if (!meta.read(handler.otherData, error))
        return std::nullopt;
    std::vector<Event> events;
    events.reserve(handler.events.size());
    for (const RawEvent& r : handler.events) {
        Event e;
        if (!meta.resolve(r, e, error))
            return std::nullopt;
        events.push_back(e);
    }
    handler.events = {};
    return meta.build(std::move(events));
}

} // namespace interleave
