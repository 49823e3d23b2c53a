// SPDX-License-Identifier: MIT
#pragma once

// Field-by-field comparison of traces for the trace tests, with readable failure messages.

#include "trace/trace.h"

#include <QTest>

namespace interleave {

inline bool operator==(const StateInterval& a, const StateInterval& b)
{
    return a.start == b.start && a.end == b.end && a.state == b.state && a.resource == b.resource;
}
inline bool operator==(const HoldInterval& a, const HoldInterval& b)
{
    return a.start == b.start && a.end == b.end && a.actor == b.actor && a.id == b.id;
}
inline bool operator==(const CounterPoint& a, const CounterPoint& b) { return a.time == b.time && a.value == b.value; }
inline bool operator==(const Flow& a, const Flow& b)
{
    return a.kind == b.kind && a.id == b.id && a.fromActor == b.fromActor && a.toActor == b.toActor
        && a.fromTime == b.fromTime && a.toTime == b.toTime && a.resource == b.resource;
}
inline bool operator==(const Instant& a, const Instant& b)
{
    return a.time == b.time && a.actor == b.actor && a.resource == b.resource && a.kind == b.kind
        && a.value == b.value && a.text == b.text;
}

inline char* toString(const StateInterval& s)
{
    return QTest::toString(QStringLiteral("%1 [%2, %3] on %4").arg(stateName(s.state)).arg(s.start).arg(s.end).arg(s.resource));
}
inline char* toString(const HoldInterval& h)
{
    return QTest::toString(QStringLiteral("hold %1 by %2 [%3, %4]").arg(h.id).arg(h.actor).arg(h.start).arg(h.end));
}
inline char* toString(const CounterPoint& p)
{
    return QTest::toString(QStringLiteral("%1 at %2").arg(p.value).arg(p.time));
}
inline char* toString(const Flow& f)
{
    return QTest::toString(QStringLiteral("%1 #%2: %3@%4 -> %5@%6 on %7")
                               .arg(flowKindName(f.kind))
                               .arg(f.id)
                               .arg(f.fromActor)
                               .arg(f.fromTime)
                               .arg(f.toActor)
                               .arg(f.toTime)
                               .arg(f.resource));
}
inline char* toString(const Instant& i)
{
    return QTest::toString(QStringLiteral("%1 by %2 at %3 on %4 value %5 '%6'")
                               .arg(instantKindName(i.kind))
                               .arg(i.actor)
                               .arg(i.time)
                               .arg(i.resource)
                               .arg(i.value)
                               .arg(i.text));
}

namespace testing {

// JSON has one kind of array: a QStringList and a QVariantList of strings are the same value there.
inline QVariant normalized(const QVariant& v)
{
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList) {
        QVariantList out;
        const QVariantList items = v.toList();
        for (const QVariant& item : items)
            out.append(normalized(item));
        return out;
    }
    if (v.typeId() == QMetaType::QVariantMap) {
        QVariantMap out;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            out.insert(it.key(), normalized(it.value()));
        return out;
    }
    return v;
}

template <typename T>
void compareLists(const std::vector<T>& actual, const std::vector<T>& expected, const char* what)
{
    for (std::size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (!(actual[i] == expected[i])) {
            QFAIL(qPrintable(QStringLiteral("%1, item %2: %3 instead of %4")
                                 .arg(QLatin1String(what))
                                 .arg(i)
                                 .arg(QString::fromLatin1(QScopedArrayPointer<char>(toString(actual[i])).data()))
                                 .arg(QString::fromLatin1(QScopedArrayPointer<char>(toString(expected[i])).data()))));
        }
    }
    if (actual.size() != expected.size())
        QFAIL(qPrintable(QStringLiteral("%1: %2 items instead of %3").arg(QLatin1String(what)).arg(actual.size()).arg(expected.size())));
}

// Every derived view, actor, resource, text and the meta.
inline void compareTraces(const Trace& actual, const Trace& expected)
{
    QCOMPARE(actual.duration(), expected.duration());
    QCOMPARE(actual.meta().scenario, expected.meta().scenario);
    QCOMPARE(actual.meta().title, expected.meta().title);
    QCOMPARE(normalized(actual.meta().params), normalized(expected.meta().params));
    QCOMPARE(actual.meta().seed, expected.meta().seed);
    QCOMPARE(actual.meta().durationNs, expected.meta().durationNs);
    QCOMPARE(normalized(actual.meta().outcome), normalized(expected.meta().outcome));
    QCOMPARE(actual.meta().version, expected.meta().version);
    QCOMPARE(actual.texts(), expected.texts());

    QCOMPARE(actual.actors().size(), expected.actors().size());
    for (std::size_t i = 0; i < actual.actors().size(); ++i) {
        const ActorInfo& a = actual.actors()[i];
        const ActorInfo& e = expected.actors()[i];
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.parent, e.parent);
        QCOMPARE(a.pid, e.pid);
        QCOMPARE(a.tid, e.tid);
    }
    QCOMPARE(actual.resources().size(), expected.resources().size());
    for (std::size_t i = 0; i < actual.resources().size(); ++i) {
        const ResourceInfo& a = actual.resources()[i];
        const ResourceInfo& e = expected.resources()[i];
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.capacity, e.capacity);
        QCOMPARE(a.owner, e.owner);
    }
    for (int a = 0; a < int(expected.actors().size()); ++a) {
        compareLists(actual.states(a), expected.states(a), "states");
        if (QTest::currentTestFailed())
            return;
    }
    for (int r = 0; r < int(expected.resources().size()); ++r) {
        compareLists(actual.holds(r), expected.holds(r), "holds");
        if (QTest::currentTestFailed())
            return;
        compareLists(actual.counter(r), expected.counter(r), "counter");
        if (QTest::currentTestFailed())
            return;
    }
    compareLists(actual.flows(), expected.flows(), "flows");
    if (QTest::currentTestFailed())
        return;
    compareLists(actual.instants(), expected.instants(), "instants");
}

} // namespace testing
} // namespace interleave
