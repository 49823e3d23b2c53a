// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <optional>

namespace interleave {

// Who runs: the scenario's main thread, a thread, a child process or an event-loop task.
enum class ActorKind : quint8 { Main, Thread, Process, Task };

// What is shared or waited for.
enum class ResourceKind : quint8 {
    Mutex,
    RMutex,
    Condition,
    Event,
    Semaphore,
    Barrier,
    Queue,
    Pipe,
    Socket,
    SharedValue,
    Pool,
    Loop,
    Future,
    Thread, // a thread waited for by join()
    Timer, // an event loop's timer: a task suspended in sleep() or a timeout waits on it
};

// The states an actor can be in; part of the product (colours, patterns, trace names).
enum class State : quint8 {
    Running,
    Runnable,
    Blocked, // on a lock or a semaphore
    Waiting, // on a condition, event, join, future, queue
    Sleeping,
    Io, // socket or pipe I/O
    Suspended, // a task awaiting in the event loop
    Done,
    Cancelled,
    Failed,
};
inline constexpr int StateCount = 10;

constexpr bool isTerminal(State s) { return s == State::Done || s == State::Cancelled || s == State::Failed; }
// Severity used when segments merge at low zoom: the worst state wins.
int stateSeverity(State s);

// Causality arrows.
// Wake: a timer fired or an awaited future finished, and a waiting task or thread becomes ready.
enum class FlowKind : quint8 { Release, Notify, Set, Put, Send, Submit, Spawn, Cancel, Join, Wake };
inline constexpr int FlowKindCount = 10;

// Notable moments.
enum class InstantKind : quint8 { Notify, Set, Timeout, Cancel, Exception, Deadlock, Result, Mark };
inline constexpr int InstantKindCount = 8;

enum class EventType : quint8 {
    State, // actor enters `code` (a State); resource = what it waits for, or -1
    HoldBegin, // actor takes resource (lock, permit); value = hold id
    HoldEnd, // actor gives it back; value = hold id
    Counter, // resource's level becomes value
    FlowBegin, // code = FlowKind; flow = flow id; at the cause
    FlowEnd, // flow = flow id; at the effect
    Instant, // code = InstantKind; value = payload; flow = text id (0: none)
};

// One recorded fact. Kept at 32 bytes: a run may record millions.
struct Event {
    qint64 time = 0; // ns since the run started
    qint64 value = 0;
    quint32 flow = 0;
    qint32 actor = -1;
    qint32 resource = -1;
    EventType type = EventType::State;
    quint8 code = 0;
    quint16 spare = 0;
};
static_assert(sizeof(Event) == 32, "Event must stay compact");

struct ActorInfo {
    QString name;
    ActorKind kind = ActorKind::Thread;
    qint32 parent = -1; // actor that started it
    qint64 pid = 0; // OS process id (the loop's process for tasks)
    qint64 tid = 0; // OS thread id, or a synthetic id for tasks
};

struct ResourceInfo {
    QString name;
    ResourceKind kind = ResourceKind::Mutex;
    qint64 capacity = 0; // permits, queue bound, parties; 0 when not meaningful
    qint32 owner = -1; // actor whose private resource this is (a thread's join handle), or -1
};

// Stable names used in trace files and the command line (never translated).
QString stateName(State s);
QString flowKindName(FlowKind k);
QString instantKindName(InstantKind k);
QString actorKindName(ActorKind k);
QString resourceKindName(ResourceKind k);
std::optional<State> stateFromName(QStringView name);
std::optional<FlowKind> flowKindFromName(QStringView name);
std::optional<InstantKind> instantKindFromName(QStringView name);
std::optional<ActorKind> actorKindFromName(QStringView name);
std::optional<ResourceKind> resourceKindFromName(QStringView name);

// Names for people (translated).
QString stateLabel(State s);

} // namespace interleave
