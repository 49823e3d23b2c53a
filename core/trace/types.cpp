// SPDX-License-Identifier: MIT
#include "trace/types.h"

#include <QCoreApplication>

#include <array>

namespace interleave {

namespace {

constexpr std::array<const char*, StateCount> kStateNames = {
    "running", "runnable", "blocked", "waiting", "sleeping", "io", "suspended", "done", "cancelled", "failed",
};
constexpr std::array<const char*, FlowKindCount> kFlowNames = {
    "release", "notify", "set", "put", "send", "submit", "spawn", "cancel", "join", "wake",
};
constexpr std::array<const char*, InstantKindCount> kInstantNames = {
    "notify", "set", "timeout", "cancel", "exception", "deadlock", "result", "mark",
};
constexpr std::array<const char*, 4> kActorKindNames = { "main", "thread", "process", "task" };
constexpr std::array<const char*, 15> kResourceKindNames = {
    "mutex", "rmutex", "condition", "event", "semaphore", "barrier", "queue",
    "pipe", "socket", "value", "pool", "loop", "future", "thread", "timer",
};

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<const char*, N>& names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <std::size_t N>
QString nameOf(const std::array<const char*, N>& names, std::size_t i)
{
    return i < N ? QLatin1String(names[i]) : QStringLiteral("unknown");
}

} // namespace

int stateSeverity(State s)
{
    // Higher wins when several states share one pixel: a short block must stay visible.
    switch (s) {
    case State::Failed: return 9;
    case State::Cancelled: return 8;
    case State::Blocked: return 7;
    case State::Waiting: return 6;
    case State::Io: return 5;
    case State::Runnable: return 4;
    case State::Running: return 3;
    case State::Suspended: return 2;
    case State::Sleeping: return 1;
    case State::Done: return 0;
    }
    return 0;
}

QString stateName(State s) { return nameOf(kStateNames, std::size_t(s)); }
QString flowKindName(FlowKind k) { return nameOf(kFlowNames, std::size_t(k)); }
QString instantKindName(InstantKind k) { return nameOf(kInstantNames, std::size_t(k)); }
QString actorKindName(ActorKind k) { return nameOf(kActorKindNames, std::size_t(k)); }
QString resourceKindName(ResourceKind k) { return nameOf(kResourceKindNames, std::size_t(k)); }

std::optional<State> stateFromName(QStringView n) { return fromName<State>(kStateNames, n); }
std::optional<FlowKind> flowKindFromName(QStringView n) { return fromName<FlowKind>(kFlowNames, n); }
std::optional<InstantKind> instantKindFromName(QStringView n) { return fromName<InstantKind>(kInstantNames, n); }
std::optional<ActorKind> actorKindFromName(QStringView n) { return fromName<ActorKind>(kActorKindNames, n); }
std::optional<ResourceKind> resourceKindFromName(QStringView n)
{
    return fromName<ResourceKind>(kResourceKindNames, n);
}

QString stateLabel(State s)
{
    switch (s) {
    case State::Running: return QCoreApplication::translate("State", "running");
    case State::Runnable: return QCoreApplication::translate("State", "runnable");
    case State::Blocked: return QCoreApplication::translate("State", "blocked");
    case State::Waiting: return QCoreApplication::translate("State", "waiting");
    case State::Sleeping: return QCoreApplication::translate("State", "sleeping");
    case State::Io: return QCoreApplication::translate("State", "I/O");
    case State::Suspended: return QCoreApplication::translate("State", "suspended");
    case State::Done: return QCoreApplication::translate("State", "done");
    case State::Cancelled: return QCoreApplication::translate("State", "cancelled");
    case State::Failed: return QCoreApplication::translate("State", "failed");
    }
    return {};
}

} // namespace interleave
