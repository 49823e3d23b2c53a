// SPDX-License-Identifier: MIT
#include "scene/scenetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace interleave {

namespace {

QString holderNames(const Trace& trace, const ResourceSnapshot& r)
{
    QStringList names;
    for (const HolderSnapshot& h : r.holders)
        names.append(SceneText::actorName(trace, h.actor));
    return names.join(QStringLiteral(", "));
}

} // namespace

QString SceneText::duration(qint64 ns)
{
    // Three significant digits in the largest unit the value reaches; SI symbols are not translated.
    const double v = double(ns);
    const double a = std::abs(v);
    auto fmt = [](double x, const char* unit) -> QString {
        const int decimals = std::abs(x) >= 100 ? 0 : (std::abs(x) >= 10 ? 1 : 2);
        return QString::number(x, 'f', decimals) + QLatin1Char(' ') + QString::fromUtf8(unit);
    };
    if (a >= 1e9)
        return fmt(v / 1e9, "s");
    if (a >= 1e6)
        return fmt(v / 1e6, "ms");
    if (a >= 1e3)
        return fmt(v / 1e3, "µs");
    return QString::number(ns) + QStringLiteral(" ns");
}

QString SceneText::kindWord(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Mutex:
        return tr("lock");
    case ResourceKind::RMutex:
        return tr("re-entrant lock");
    case ResourceKind::Condition:
        return tr("condition");
    case ResourceKind::Event:
        return tr("event");
    case ResourceKind::Semaphore:
        return tr("semaphore");
    case ResourceKind::Barrier:
        return tr("barrier");
    case ResourceKind::Queue:
        return tr("queue");
    case ResourceKind::Pipe:
        return tr("pipe");
    case ResourceKind::Socket:
        return tr("socket");
    case ResourceKind::SharedValue:
        return tr("shared value");
    case ResourceKind::Pool:
        return tr("pool");
    case ResourceKind::Loop:
        return tr("event loop");
    case ResourceKind::Future:
        return tr("future");
    case ResourceKind::Thread:
        return tr("thread");
    case ResourceKind::Timer:
        return tr("timer");
    }
    return {};
}

QString SceneText::actorName(const Trace& trace, int actor)
{
    if (actor < 0 || std::size_t(actor) >= trace.actors().size())
        return tr("someone");
    return trace.actors()[std::size_t(actor)].name;
}

QString SceneText::resourceName(const Trace& trace, int resource)
{
    if (resource < 0 || std::size_t(resource) >= trace.resources().size())
        return {};
    return trace.resources()[std::size_t(resource)].name;
}

QString SceneText::stateWords(const ActorSnapshot& a)
{
    if (!a.started)
        return tr("not started");
    return stateLabel(a.state);
}

QString SceneText::queueSpot(int position)
{
    if (position <= 0)
        return tr("next in line");
    return tr("number %1 in line").arg(position + 1);
}

QString SceneText::actorDetail(const SceneIndex& index, const SceneSnapshot& s, int actor)
{
    const Trace& trace = index.trace();
    const ActorSnapshot* a = s.actor(actor);
    if (!a || !a->started)
        return tr("not started yet");
    QStringList parts;
    const ActorInfo& info = trace.actors()[std::size_t(actor)];
    if (info.kind == ActorKind::Process && info.pid > 0)
        parts.append(tr("pid %1").arg(info.pid));
    if (a->waitsOn >= 0) {
        const ResourceSnapshot& r = s.resources[std::size_t(a->waitsOn)];
        const QString name = resourceName(trace, a->waitsOn);
        const QString spot = queueSpot(s.queuePosition(actor));
        const QString holders = holderNames(trace, r);
        switch (r.kind) {
        case ResourceKind::Thread:
            parts.append(tr("waits for %1 to finish (join)").arg(holders.isEmpty() ? name : holders));
            break;
        case ResourceKind::Mutex:
        case ResourceKind::RMutex:
            if (a->state == State::Suspended) {
                parts.append(holders.isEmpty() ? tr("awaits lock %1 (%2)").arg(name, spot)
                                               : tr("awaits lock %1, held by %2 (%3)").arg(name, holders, spot));
                break;
            }
            parts.append(holders.isEmpty() ? tr("waits for lock %1 (%2)").arg(name, spot)
                                           : tr("waits for lock %1, held by %2 (%3)").arg(name, holders, spot));
            break;
        case ResourceKind::Semaphore:
            parts.append(holders.isEmpty() ? tr("waits for a permit of %1 (%2)").arg(name, spot)
                                           : tr("waits for a permit of %1, held by %2 (%3)").arg(name, holders, spot));
            break;
        case ResourceKind::Condition:
            parts.append(tr("waits for a notify on %1").arg(name));
            break;
        case ResourceKind::Event:
            parts.append(a->state == State::Suspended ? tr("awaits %1 being set").arg(name)
                                                      : tr("waits for %1 to be set").arg(name));
            break;
        case ResourceKind::Timer:
            parts.append(tr("sleeps: parked on timer %1").arg(name));
            break;
        case ResourceKind::Future:
            parts.append(a->state == State::Suspended
                    ? tr("awaits %1 (%2)").arg(name, futureWords(trace, r))
                    : tr("waits for the result of %1 (%2)").arg(name, futureWords(trace, r)));
            break;
        default:
            parts.append(a->state == State::Suspended ? tr("awaits %1 %2").arg(kindWord(r.kind), name)
                                                      : tr("waits for %1 %2").arg(kindWord(r.kind), name));
            break;
        }
    } else if (!a->alive) {
        parts.append(a->state == State::Done ? tr("finished") : stateLabel(a->state));
    }
    if (!a->holding.empty()) {
        QStringList held;
        for (int r : a->holding)
            held.append(resourceName(trace, r));
        parts.append(tr("holds %1").arg(held.join(QStringLiteral(", "))));
    }
    if (a->wake && a->wake->from >= 0)
        parts.append(tr("woken by %1").arg(actorName(trace, a->wake->from)));
    return parts.join(QStringLiteral("; "));
}

QString SceneText::resourceStatus(const SceneIndex& index, const SceneSnapshot& s, int resource)
{
    const Trace& trace = index.trace();
    const ResourceSnapshot* r = s.resource(resource);
    if (!r)
        return {};
    QString status;
    switch (r->kind) {
    case ResourceKind::Mutex:
        status = r->holders.empty() ? tr("free") : tr("held by %1").arg(holderNames(trace, *r));
        break;
    case ResourceKind::RMutex:
        if (r->holders.empty())
            status = tr("free");
        else if (r->depth > 1)
            status = tr("held by %1, taken %2 times").arg(holderNames(trace, *r)).arg(r->depth);
        else
            status = tr("held by %1").arg(holderNames(trace, *r));
        break;
    case ResourceKind::Semaphore: {
        const qint64 total = std::max<qint64>(index.slotCount(resource), r->capacity);
        const qint64 free = r->level.value_or(total - qint64(r->holders.size()));
        status = tr("%1 of %2 permits free").arg(free).arg(total);
        break;
    }
    case ResourceKind::Event:
        status = r->isSet ? tr("set") : tr("not set");
        break;
    case ResourceKind::Condition:
        status = tr("%n waiting for a notify", nullptr, int(r->waiters.size()));
        break;
    case ResourceKind::SharedValue: {
        status = r->level ? tr("value %1").arg(*r->level) : tr("no value yet");
        if (const auto expected = index.expectedValue())
            status += QLatin1Char(' ') + tr("(expected %1 at the end)").arg(*expected);
        break;
    }
    case ResourceKind::Barrier:
        status = tr("%1 of %2 have arrived").arg(r->level.value_or(qint64(r->waiters.size()))).arg(r->capacity);
        break;
    case ResourceKind::Queue:
        status = tr("%n item(s)", nullptr, int(r->level.value_or(r->inFlight)));
        break;
    case ResourceKind::Pipe:
    case ResourceKind::Socket:
        status = tr("%n message(s) in flight", nullptr, r->inFlight);
        break;
    case ResourceKind::Future:
        status = futureWords(trace, *r);
        break;
    case ResourceKind::Loop:
        status = tr("%n task(s) ready to run", nullptr, int(r->level.value_or(0)));
        break;
    case ResourceKind::Timer:
        status = tr("%n task(s) parked", nullptr, int(r->waiters.size()));
        break;
    case ResourceKind::Pool:
        status = tr("%1 of %2 workers busy").arg(r->holders.size()).arg(r->capacity);
        break;
    default:
        if (r->level)
            status = tr("level %1").arg(*r->level);
        else if (!r->holders.empty())
            status = tr("held by %1").arg(holderNames(trace, *r));
        break;
    }
    return status;
}

QString SceneText::endWords(const EndSnapshot& end)
{
    switch (end.kind) {
    case InstantKind::Result:
        return tr("= %1").arg(end.text.isEmpty() ? QString::number(end.value) : end.text);
    case InstantKind::Exception:
        return end.text.isEmpty() ? tr("raised an exception") : end.text;
    case InstantKind::Cancel:
        return tr("cancelled");
    default:
        return {};
    }
}

QString SceneText::futureWords(const Trace& trace, const ResourceSnapshot& r)
{
    if (r.end)
        return endWords(*r.end);
    if (!r.holders.empty())
        return tr("running on %1").arg(holderNames(trace, r));
    if (r.inFlight > 0)
        return tr("queued");
    if (r.submitted || !r.viaSubmit)
        return tr("pending");
    return tr("not submitted yet");
}

QString SceneText::waiterList(const Trace& trace, const ResourceSnapshot& r)
{
    QStringList names;
    for (int a : r.waiters)
        names.append(actorName(trace, a));
    return names.join(QStringLiteral(", "));
}

QString SceneText::deadlockLine(const Trace& trace, const DeadlockInfo& d)
{
    if (d.actors.empty())
        return d.text.isEmpty() ? tr("Stuck: nobody can ever go on.") : tr("Stuck: %1").arg(d.text);
    if (d.actors.size() == 1) {
        return tr("Deadlock: %1 waits for %2, which it holds itself.")
            .arg(actorName(trace, d.actors.front()), resourceName(trace, d.resources.front()));
    }
    if (d.actors.size() == 2) {
        QStringList steps;
        for (std::size_t i = 0; i < 2; ++i) {
            steps.append(tr("%1 waits for %2, held by %3")
                             .arg(actorName(trace, d.actors[i]), resourceName(trace, d.resources[i]),
                                 actorName(trace, d.actors[1 - i])));
        }
        return tr("Deadlock: %1.").arg(steps.join(QStringLiteral("; ")));
    }
    // A longer cycle reads better as a chain: who -> what it waits for -> who holds that -> ...
    QStringList chain;
    for (std::size_t i = 0; i < d.actors.size(); ++i) {
        chain.append(actorName(trace, d.actors[i]));
        chain.append(resourceName(trace, d.resources[i]));
    }
    chain.append(actorName(trace, d.actors.front()));
    return tr("Deadlock: each waits for what the next one holds: %1.").arg(chain.join(QStringLiteral(" → ")));
}

} // namespace interleave
