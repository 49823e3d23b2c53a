// SPDX-License-Identifier: MIT
#include "panels/outcomeformatter.h"

#include "timeline/valuespread.h"

#include <QLocale>

#include <algorithm>
#include <optional>
#include <vector>

namespace interleave {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

constexpr int kListedItems = ValueSpread::ListedItems;

// An outcome may name an actor or a resource, or give its index in the trace.
QString nameOf(const QVariant& v, bool actor, const Trace& trace)
{
    if (isWholeNumber(v)) {
        const qint64 i = v.toLongLong();
        if (actor && i >= 0 && i < qint64(trace.actors().size()))
            return trace.actors()[std::size_t(i)].name;
        if (!actor && i >= 0 && i < qint64(trace.resources().size()))
            return trace.resources()[std::size_t(i)].name;
    }
    return v.toString();
}

int actorIndex(const QString& name, const Trace& trace)
{
    for (std::size_t i = 0; i < trace.actors().size(); ++i)
        if (trace.actors()[i].name == name)
            return int(i);
    return -1;
}

// What the actor was last waiting for, from the trace (used when the outcome does not say).
QString lastWaitOf(const QString& actorName, const Trace& trace)
{
    const int actor = actorIndex(actorName, trace);
    if (actor < 0)
        return {};
    const auto& states = trace.states(actor);
    for (auto it = states.rbegin(); it != states.rend(); ++it) {
        if (it->resource >= 0 && it->resource < int(trace.resources().size()))
            return trace.resources()[std::size_t(it->resource)].name;
    }
    return {};
}

QStringList namesOf(const QVariant& list, bool actor, const Trace& trace)
{
    QStringList names;
    const QVariantList items = list.toList();
    for (const QVariant& v : items)
        names << nameOf(v, actor, trace);
    // A cycle may be reported closed (A, B, A): the repeat adds nothing to the sentence.
    if (names.size() > 2 && names.first() == names.last())
        names.removeLast();
    return names;
}

} // namespace

QString OutcomeFormatter::valueText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return tr("none"); // Python's None: a task with no result (it raised, or was cancelled)
    if (isWholeNumber(value))
        return number(value.toLongLong());
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 6);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    if (const std::optional<ValueSpread> s = ValueSpread::of(value)) {
        return tr("%n values, %1 – %2, median %3", nullptr, int(s->count))
            .arg(s->text(s->min, true), s->text(s->max, true), s->text(s->median, true));
    }
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QStringList parts;
        const QVariantList items = value.toList();
        for (const QVariant& v : items)
            parts << valueText(v);
        return parts.isEmpty() ? tr("none") : parts.join(QLatin1String(", "));
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts << it.key() + QLatin1String(": ") + valueText(it.value());
        return parts.join(QLatin1String(", "));
    }
    return value.toString();
}

QString OutcomeFormatter::orderText(const QVariant& value)
{
    const QVariantList items = value.toList();
    if (items.size() <= kListedItems)
        return valueText(value);
    // The order is the point, so no summary: the first few, and how many follow.
    QStringList parts;
    for (int i = 0; i < kListedItems; ++i)
        parts << valueText(items.at(i));
    return tr("%1 … and %n more", nullptr, int(items.size() - kListedItems)).arg(parts.join(QLatin1String(", ")));
}

QStringList OutcomeFormatter::sentences(const Trace& trace)
{
    return sentences(trace.meta().scenario, trace.meta().outcome, trace);
}

QStringList OutcomeFormatter::sentences(const QString& scenario, const QVariantMap& outcome, const Trace& trace)
{
    Q_UNUSED(scenario) // the keys carry the meaning; the id is kept for wording that may need it
    QStringList out;
    QVariantMap rest = outcome;

    if (rest.contains(QStringLiteral("deadlock"))) {
        const bool deadlock = rest.take(QStringLiteral("deadlock")).toBool();
        const QStringList cycle = namesOf(rest.take(QStringLiteral("cycle")), true, trace);
        QStringList held = namesOf(rest.take(QStringLiteral("cycle_resources")), false, trace);
        const QString reason = rest.take(QStringLiteral("reason")).toString();
        if (!deadlock) {
            out << tr("no deadlock");
        } else if (cycle.size() >= 2) {
            if (held.size() < cycle.size()) {
                held.clear();
                for (const QString& actor : cycle)
                    held << lastWaitOf(actor, trace);
            }
            // Each actor waits for a resource held by the next one; the last waits for the first's.
            QString text;
            for (int i = 0; i < cycle.size(); ++i) {
                const QString what = held.at(i).isEmpty() ? tr("a resource") : held.at(i);
                text += i == 0 ? tr("deadlock: %1 waits for %2").arg(cycle.at(i), what)
                               : tr(", held by %1, who waits for %2").arg(cycle.at(i), what);
            }
            out << text;
        } else if (!reason.isEmpty()) {
            out << tr("deadlock: %1").arg(reason);
        } else {
            out << tr("deadlock: no thread can go on");
        }
    }

    if (rest.contains(QStringLiteral("counter"))) {
        const qint64 counter = rest.take(QStringLiteral("counter")).toLongLong();
        if (rest.contains(QStringLiteral("expected"))) {
            const qint64 expected = rest.take(QStringLiteral("expected")).toLongLong();
            const qint64 lost = rest.contains(QStringLiteral("lost")) ? rest.take(QStringLiteral("lost")).toLongLong()
                                                                      : expected - counter;
            if (lost == 0)
                out << tr("counter %1 of %2: no update lost").arg(number(counter), number(expected));
            else if (lost == 1)
                out << tr("counter %1 of %2: 1 update lost").arg(number(counter), number(expected));
            else
                out << tr("counter %1 of %2: %3 updates lost").arg(number(counter), number(expected), number(lost));
        } else {
            out << tr("counter %1").arg(number(counter));
        }
    }

    if (rest.contains(QStringLiteral("max_concurrent"))) {
        const qint64 n = rest.take(QStringLiteral("max_concurrent")).toLongLong();
        out << tr("at most %1 at once (max_concurrent %2)").arg(number(n), QString::number(n));
    }

    if (rest.contains(QStringLiteral("results")))
        out << tr("results: %1").arg(orderText(rest.take(QStringLiteral("results"))));
    if (rest.contains(QStringLiteral("completion_order")))
        out << tr("completion order: %1").arg(orderText(rest.take(QStringLiteral("completion_order"))));
    if (rest.contains(QStringLiteral("acquisition_order")))
        out << tr("acquisition order: %1").arg(orderText(rest.take(QStringLiteral("acquisition_order"))));
    if (rest.contains(QStringLiteral("wake_order")))
        out << tr("wake-up order: %1").arg(orderText(rest.take(QStringLiteral("wake_order"))));

    if (rest.contains(QStringLiteral("cancelled"))) {
        const QVariant v = rest.take(QStringLiteral("cancelled"));
        if (v.typeId() == QMetaType::QVariantList) {
            // One flag per task, in submission order.
            QStringList which;
            const QVariantList flags = v.toList();
            for (int i = 0; i < flags.size(); ++i)
                if (flags.at(i).toBool())
                    which << number(i);
            out << (which.isEmpty() ? tr("no task cancelled")
                                    : tr("cancelled: task %1").arg(which.join(QLatin1String(", "))));
        } else if (v.typeId() == QMetaType::Bool) {
            out << (v.toBool() ? tr("cancelled") : tr("not cancelled"));
        } else {
            out << tr("%1 cancelled").arg(valueText(v));
        }
    }

    if (rest.contains(QStringLiteral("exceptions"))) {
        const QVariant v = rest.take(QStringLiteral("exceptions"));
        if (isWholeNumber(v)) {
            out << tr("exceptions: %1").arg(valueText(v));
        } else if (v.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = v.toMap();
            QStringList which;
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                which << tr("task %1 raised %2").arg(it.key(), it.value().toString());
            out << (which.isEmpty() ? tr("no exception") : which.join(QLatin1String("; ")));
        } else {
            // One entry per task, in submission order: empty (or none) where the task raised nothing.
            QStringList which;
            const QVariantList list = v.toList();
            for (int i = 0; i < list.size(); ++i) {
                const QString text = list.at(i).isNull() ? QString() : list.at(i).toString();
                if (!text.isEmpty())
                    which << tr("task %1 raised %2").arg(number(i), text);
            }
            out << (which.isEmpty() ? tr("no exception") : which.join(QLatin1String("; ")));
        }
    }

    if (rest.contains(QStringLiteral("shutdown_ms")))
        out << tr("shutdown() returned after %1 ms").arg(valueText(rest.take(QStringLiteral("shutdown_ms"))));
    if (rest.contains(QStringLiteral("durations_ms"))) {
        const QVariant v = rest.take(QStringLiteral("durations_ms"));
        QStringList parts;
        const QVariantList list = v.toList();
        for (const QVariant& d : list)
            parts << tr("%1 ms").arg(valueText(d));
        if (const std::optional<ValueSpread> s = ValueSpread::of(v)) {
            out << tr("durations: %n values, %1 – %2 ms, median %3 ms", nullptr, int(s->count))
                       .arg(s->text(s->min, true), s->text(s->max, true), s->text(s->median, true));
        } else {
            out << (list.isEmpty() ? tr("took %1 ms").arg(valueText(v))
                                   : tr("durations: %1").arg(parts.join(QLatin1String(", "))));
        }
    }

    if (rest.contains(QStringLiteral("timed_out")))
        out << (rest.take(QStringLiteral("timed_out")).toBool() ? tr("timed out") : tr("finished before the timeout"));

    if (rest.contains(QStringLiteral("echoed")) || rest.contains(QStringLiteral("retries"))) {
        QStringList parts;
        if (rest.contains(QStringLiteral("echoed")))
            parts << tr("%1 echoed").arg(valueText(rest.take(QStringLiteral("echoed"))));
        if (rest.contains(QStringLiteral("lost")))
            parts << tr("%1 lost").arg(valueText(rest.take(QStringLiteral("lost"))));
        if (rest.contains(QStringLiteral("retries")))
            parts << tr("%1 retries").arg(valueText(rest.take(QStringLiteral("retries"))));
        out << parts.join(QLatin1String(", "));
    }

    // Anything else is still a fact the user should see.
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        out << tr("%1: %2").arg(it.key(), valueText(it.value()));
    return out;
}

} // namespace interleave
