// SPDX-License-Identifier: MIT
#include "trace/tracemetareader.h"

#include <QCoreApplication>

#include <charconv>
#include <climits>
#include <cmath>
#include <limits>

namespace interleave {

namespace {

constexpr double kMaxMicros = 9.0e12; // as for event times

QString sv(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(std::min<std::size_t>(s.size(), 60))); }

bool isInteger(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return true;
    default: return false;
    }
}

bool isNumber(const QVariant& v) { return isInteger(v) || v.typeId() == QMetaType::Double; }

// Field checks for one object of otherData.interleave; `where` names it in messages.
class Fields {
public:
    Fields(const QVariantMap& map, QString where, QString* error)
        : m_map(map)
        , m_where(std::move(where))
        , m_error(error)
    {
    }

    bool string(const char* key, QString& out, bool required)
    {
        const QVariant v = m_map.value(QLatin1String(key));
        if (!v.isValid() && !required)
            return true;
        if (v.typeId() != QMetaType::QString)
            return fail(QCoreApplication::translate("TraceIO", "%1: %2 must be a string"), key);
        out = v.toString();
        return true;
    }

    bool integer(const char* key, qint64& out, bool required)
    {
        const QVariant v = m_map.value(QLatin1String(key));
        if (!v.isValid() && !required)
            return true;
        if (!isInteger(v) || (v.typeId() == QMetaType::ULongLong && v.toULongLong() > quint64(LLONG_MAX)))
            return fail(QCoreApplication::translate("TraceIO", "%1: %2 must be an integer"), key);
        out = v.toLongLong();
        return true;
    }

    bool map(const char* key, QVariantMap& out)
    {
        const QVariant v = m_map.value(QLatin1String(key));
        if (!v.isValid())
            return true;
        if (v.typeId() != QMetaType::QVariantMap)
            return fail(QCoreApplication::translate("TraceIO", "%1: %2 must be an object"), key);
        out = v.toMap();
        return true;
    }

    bool list(const char* key, QVariantList& out)
    {
        const QVariant v = m_map.value(QLatin1String(key));
        if (!v.isValid())
            return true;
        if (v.typeId() != QMetaType::QVariantList && v.typeId() != QMetaType::QStringList)
            return fail(QCoreApplication::translate("TraceIO", "%1: %2 must be an array"), key);
        out = v.toList();
        return true;
    }

    bool fail(const QString& message, const char* key)
    {
        if (m_error)
            *m_error = message.arg(m_where, QLatin1String(key));
        return false;
    }

    bool failWith(const QString& message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    const QVariantMap& map() const { return m_map; }

private:
    const QVariantMap& m_map;
    QString m_where;
    QString* m_error;
};

bool failWith(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString eventNo(const RawTraceEvent& raw) { return QString::number(raw.index); }

} // namespace

bool TraceMetaReader::number(std::string_view s, QVariant& out)
{
    const char* end = s.data() + s.size();
    if (s.find_first_of(".eE") == std::string_view::npos) {
        qint64 i = 0;
        auto r = std::from_chars(s.data(), end, i);
        if (r.ec == std::errc() && r.ptr == end) {
            out = (i >= INT_MIN && i <= INT_MAX) ? QVariant(int(i)) : QVariant(qlonglong(i));
            return true;
        }
        quint64 u = 0;
        r = std::from_chars(s.data(), end, u);
        if (r.ec == std::errc() && r.ptr == end) {
            out = QVariant(qulonglong(u));
            return true;
        }
    }
    double d = 0;
    const auto r = std::from_chars(s.data(), end, d);
    if (r.ec != std::errc() || r.ptr != end || !std::isfinite(d))
        return false;
    out = d;
    return true;
}

bool TraceMetaReader::read(const QVariant& otherData, QString* error)
{
    const QVariant root
        = otherData.typeId() == QMetaType::QVariantMap ? otherData.toMap().value(QStringLiteral("interleave")) : QVariant();
    if (!root.isValid())
        return failWith(error,
            QCoreApplication::translate("TraceIO", "not an Interleave trace: otherData.interleave is missing"));
    if (root.typeId() != QMetaType::QVariantMap)
        return failWith(error,
            QCoreApplication::translate("TraceIO", "not an Interleave trace: otherData.interleave is not an object"));
    const QVariantMap map = root.toMap();
    const QVariant format = map.value(QStringLiteral("format"));
    if (!format.isValid())
        return failWith(error,
            QCoreApplication::translate("TraceIO", "not an Interleave trace: otherData.interleave.format is missing"));
    if (!isInteger(format) || format.toLongLong() != 1)
        return failWith(error,
            QCoreApplication::translate("TraceIO", "unsupported trace format %1 (this version reads format 1)")
                .arg(format.toString().left(40)));

    Fields f(map, QStringLiteral("otherData.interleave"), error);
    qint64 seed = 0;
    QVariantList actors, resources, texts;
    if (!f.string("version", m_meta.version, false) || !f.string("scenario", m_meta.scenario, false)
        || !f.string("title", m_meta.title, false) || !f.map("params", m_meta.params)
        || !f.map("outcome", m_meta.outcome) || !f.list("actors", actors) || !f.list("resources", resources)
        || !f.list("texts", texts))
        return false;
    const QVariant seedValue = map.value(QStringLiteral("seed"));
    if (seedValue.isValid()) {
        if (seedValue.typeId() == QMetaType::ULongLong)
            m_meta.seed = seedValue.toULongLong();
        else if (f.integer("seed", seed, true) && seed >= 0)
            m_meta.seed = quint64(seed);
        else
            return f.fail(QCoreApplication::translate("TraceIO", "%1: %2 must be an integer from 0 to 2^64-1"), "seed");
    }
    const QVariant duration = map.value(QStringLiteral("duration_us"));
    if (duration.isValid()) {
        const double us = duration.toDouble();
        if (!isNumber(duration) || !(us >= 0 && us <= kMaxMicros))
            return f.fail(QCoreApplication::translate("TraceIO", "%1: %2 must be a time in range"), "duration_us");
        m_meta.durationNs = std::llround(us * 1000.0);
    } else {
        m_meta.durationNs = 0;
    }

    if (!readActors(actors, error) || !readResources(resources, error))
        return false;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts[i].typeId() != QMetaType::QString)
            return failWith(error,
                QCoreApplication::translate("TraceIO", "otherData.interleave.texts[%1] must be a string").arg(i));
        m_texts.append(texts[i].toString());
    }
    if (m_texts.isEmpty())
        m_texts.append(QString()); // text id 0 means "no text"
    for (qsizetype i = 0; i < m_texts.size(); ++i)
        m_textIds.emplace(m_texts[i].toStdString(), quint32(i));
    return true;
}

bool TraceMetaReader::readActors(const QVariantList& list, QString* error)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QCoreApplication::translate("TraceIO", "actor %1").arg(i);
        if (list[i].typeId() != QMetaType::QVariantMap)
            return failWith(error, QCoreApplication::translate("TraceIO", "%1 must be an object").arg(where));
        const QVariantMap map = list[i].toMap();
        Fields f(map, where, error);
        ActorInfo a;
        QString kind;
        qint64 parent = -1, tid = 0;
        if (!f.integer("pid", a.pid, true) || !f.integer("tid", tid, true) || !f.string("name", a.name, true)
            || !f.string("kind", kind, true) || !f.integer("parent", parent, false))
            return false;
        a.tid = tid;
        if (!f.integer("os_tid", a.tid, false))
            return false;
        const auto k = actorKindFromName(kind);
        if (!k)
            return f.failWith(
                QCoreApplication::translate("TraceIO", "%1: unknown kind \"%2\"").arg(where, kind.left(40)));
        a.kind = *k;
        if (parent < -1 || parent >= list.size())
            return f.failWith(QCoreApplication::translate("TraceIO", "%1: parent %2 out of range").arg(where).arg(parent));
        a.parent = qint32(parent);
        const auto [it, fresh] = m_tracks.emplace(std::pair { a.pid, tid }, int(i));
        if (!fresh)
            return f.failWith(
                QCoreApplication::translate("TraceIO", "actors %1 and %2 have the same pid and tid").arg(it->second).arg(i));
        m_actors.push_back(a);
    }
    return true;
}

bool TraceMetaReader::readResources(const QVariantList& list, QString* error)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QCoreApplication::translate("TraceIO", "resource %1").arg(i);
        if (list[i].typeId() != QMetaType::QVariantMap)
            return failWith(error, QCoreApplication::translate("TraceIO", "%1 must be an object").arg(where));
        const QVariantMap map = list[i].toMap();
        Fields f(map, where, error);
        ResourceInfo r;
        QString kind;
        qint64 owner = -1;
        if (!f.string("name", r.name, true) || !f.string("kind", kind, true)
            || !f.integer("capacity", r.capacity, false) || !f.integer("owner", owner, false))
            return false;
        const auto k = resourceKindFromName(kind);
        if (!k)
            return f.failWith(
                QCoreApplication::translate("TraceIO", "%1: unknown kind \"%2\"").arg(where, kind.left(40)));
        r.kind = *k;
        if (owner < -1 || owner >= qint64(m_actors.size()))
            return f.failWith(QCoreApplication::translate("TraceIO", "%1: owner %2 out of range").arg(where).arg(owner));
        r.owner = qint32(owner);
        m_resourceByName.emplace(r.name.toStdString(), int(i));
        m_resources.push_back(r);
    }
    return true;
}

bool TraceMetaReader::actorOf(const RawTraceEvent& raw, bool required, qint32& out, QString* error) const
{
    if (raw.has & RawTraceEvent::HasActor) {
        if (raw.actor < -1 || raw.actor >= qint64(m_actors.size()))
            return failWith(error,
                QCoreApplication::translate("TraceIO", "event %1: actor %2 out of range").arg(eventNo(raw)).arg(raw.actor));
        out = qint32(raw.actor);
        return true;
    }
    const bool hasTrack = (raw.has & RawTraceEvent::HasPid) && (raw.has & RawTraceEvent::HasTid);
    if (!hasTrack) {
        if (!required) {
            out = -1;
            return true;
        }
        return failWith(error,
            QCoreApplication::translate("TraceIO", "event %1: %2 is missing")
                .arg(eventNo(raw), (raw.has & RawTraceEvent::HasPid) ? QStringLiteral("tid") : QStringLiteral("pid")));
    }
    const auto it = m_tracks.find({ raw.pid, raw.tid });
    if (it == m_tracks.end())
        return failWith(error,
            QCoreApplication::translate("TraceIO", "event %1: no actor has pid %2 and tid %3")
                .arg(eventNo(raw))
                .arg(raw.pid)
                .arg(raw.tid));
    out = qint32(it->second);
    return true;
}

bool TraceMetaReader::resourceOf(
    const RawTraceEvent& raw, std::string_view name, bool required, qint32& out, QString* error) const
{
    if (raw.has & RawTraceEvent::HasRes) {
        if (raw.res < (required ? 0 : -1) || raw.res >= qint64(m_resources.size()))
            return failWith(error,
                QCoreApplication::translate("TraceIO", "event %1: resource %2 out of range")
                    .arg(eventNo(raw))
                    .arg(raw.res));
        out = qint32(raw.res);
        return true;
    }
    if (!name.empty()) {
        const auto it = m_resourceByName.find(std::string(name));
        if (it == m_resourceByName.end())
            return failWith(error,
                QCoreApplication::translate("TraceIO", "event %1: no resource is named \"%2\"").arg(eventNo(raw), sv(name)));
        out = qint32(it->second);
        return true;
    }
    if (required)
        return failWith(error, QCoreApplication::translate("TraceIO", "event %1: %2 is missing").arg(eventNo(raw), QStringLiteral("res")));
    out = -1;
    return true;
}

bool TraceMetaReader::resolve(const RawTraceEvent& raw, Event& e, QString* error)
{
    e = Event {};
    e.time = raw.ts;
    e.code = raw.code;
    auto flowId = [&]() {
        if (raw.id < 0 || raw.id > qint64(std::numeric_limits<quint32>::max()))
            return failWith(error,
                QCoreApplication::translate("TraceIO", "event %1: flow id %2 out of range").arg(eventNo(raw)).arg(raw.id));
        e.flow = quint32(raw.id);
        return true;
    };
    switch (raw.ph) {
    case 'X':
        e.type = EventType::State;
        return actorOf(raw, true, e.actor, error) && resourceOf(raw, raw.on, false, e.resource, error);
    case 'b':
    case 'e':
        e.type = raw.ph == 'b' ? EventType::HoldBegin : EventType::HoldEnd;
        e.value = (raw.has & RawTraceEvent::HasHold) ? raw.hold : raw.id;
        return actorOf(raw, true, e.actor, error) && resourceOf(raw, raw.name, true, e.resource, error);
    case 'C': {
        e.type = EventType::Counter;
        e.value = raw.value;
        // A counter belongs to its process, not a thread: only an explicit actor counts.
        RawTraceEvent noTrack = raw;
        noTrack.has &= quint16(~(RawTraceEvent::HasPid | RawTraceEvent::HasTid));
        return actorOf(noTrack, false, e.actor, error) && resourceOf(raw, raw.name, true, e.resource, error);
    }
    case 's':
    case 'f':
        e.type = raw.ph == 's' ? EventType::FlowBegin : EventType::FlowEnd;
        return flowId() && actorOf(raw, true, e.actor, error) && resourceOf(raw, {}, false, e.resource, error);
    case 'i': {
        e.type = EventType::Instant;
        e.value = raw.value;
        RawTraceEvent scoped = raw; // a global instant belongs to no actor unless it names one
        if (raw.scope == 'g')
            scoped.has &= quint16(~(RawTraceEvent::HasPid | RawTraceEvent::HasTid));
        if (!actorOf(scoped, raw.scope != 'g', e.actor, error) || !resourceOf(raw, {}, false, e.resource, error))
            return false;
        if (!raw.text.empty()) {
            const auto [it, fresh] = m_textIds.emplace(std::string(raw.text), quint32(m_texts.size()));
            if (fresh)
                m_texts.append(QString::fromUtf8(raw.text.data(), qsizetype(raw.text.size())));
            e.flow = it->second;
        }
        return true;
    }
    }
    return failWith(error, QCoreApplication::translate("TraceIO", "event %1: unsupported phase").arg(eventNo(raw)));
}

Trace TraceMetaReader::build(std::vector<Event> events)
{
    return Trace::build(std::move(m_meta), std::move(m_actors), std::move(m_resources), std::move(m_texts),
        std::move(events));
}

} // namespace interleave
