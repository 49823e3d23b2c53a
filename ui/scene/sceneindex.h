// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenefamily.h"
#include "trace/trace.h"

#include <memory>
#include <optional>
#include <vector>

namespace interleave {

// A wait-for cycle (or a stall with no cycle, such as a lost wake-up) found when the engine reported
// a deadlock. actors[i] waits for resources[i], which actors[i + 1] (cyclically) holds.
struct DeadlockInfo {
    qint64 time = 0; // of the engine's deadlock instant
    qint64 formed = 0; // when the last of its actors began the wait that closed it (<= time)
    QString text; // the engine's own words, when it gave some
    std::vector<int> actors; // the cycle, in order; empty when there is none
    std::vector<int> resources; // same size as actors
    std::vector<int> stuck; // every live actor that waited for ever at that moment
};

// What the scene needs from a trace beyond the trace's own views, derived once per trace so that a
// snapshot at any time costs binary searches only. Build one per trace, or ask shared() for it.
class SceneIndex {
public:
    struct ActiveHold {
        int hold = -1; // index into Trace::holds(resource)
        int slot = 0; // a stable position for the holder: a permit keeps its slot while held
    };

    // A message a resource carries: a put on a queue, a send on a pipe or socket, a submitted work item.
    struct Message {
        FlowKind kind = FlowKind::Put;
        int resource = -1;
        int from = -1; // the sender
        int to = -1; // the receiver; -1 while it has not arrived
        qint64 sent = 0;
        qint64 arrived = -1; // -1: never arrived in this trace (still in flight at its end)
        qint64 value = 0; // bytes, when the sender said
    };

    SceneIndex() = default;
    explicit SceneIndex(const Trace& trace);
    // The index of `trace`, built once however many views ask on this thread: the scene and the
    // inspector share it (a live run hands them a new trace every few frames).
    static std::shared_ptr<const SceneIndex> shared(const Trace& trace);

    const Trace& trace() const { return m_trace; }
    // True when `other` shares this index's trace data (a cheap identity test: the index keeps its
    // trace alive, so the address cannot have been reused by another trace).
    bool isOf(const Trace& other) const;

    // Resources the scene draws, in creation order: everything ever held, waited for, counted, set or
    // notified, except the handles join() waits on (drawn as links between actors instead).
    const std::vector<int>& shownResources() const { return m_shown; }
    bool isShown(int resource) const;
    int maxWaiters(int resource) const; // the longest queue the resource ever had
    int slotCount(int resource) const; // permits for a semaphore, 1 for a lock, most holders otherwise

    // Holds in progress at t, ordered by slot.
    std::vector<ActiveHold> holdsAt(int resource, qint64 t) const;
    bool wasSet(int resource, qint64 t) const; // a Set instant on it at or before t
    // The last flow sent to `actor` at or before t that is still news: not yet arrived (the waiter is
    // woken but has not run yet), or arrived less than wakeWindow() ago.
    const Flow* lastWake(int actor, qint64 t) const;
    // The last print()-like mark of an actor, and the last instant on a resource, in (from, to].
    const Instant* lastMark(int actor, qint64 from, qint64 to) const;
    const Instant* lastInstantOn(int resource, qint64 from, qint64 to) const;
    // The deadlock the engine reported, from the moment it formed (the detector notices it a little
    // later, after the run has been quiet for a while).
    const DeadlockInfo* deadlockAt(qint64 t) const;
    qint64 firstStart(int actor) const; // when the actor's first state began; -1 if it never did
    bool everIn(State s) const; // some actor was in state s at some time
    const std::vector<int>& actorsEverIn(State s) const; // in actor order
    bool everJoins() const { return !m_joiners.empty(); } // some actor waited in join()
    const std::vector<int>& joiners() const { return m_joiners; }
    // Actors that waited on nothing the scene draws (a wait without a resource).
    const std::vector<int>& waitersElsewhere() const { return m_elsewhere; }
    qint64 wakeWindow() const { return m_wakeWindow; }
    SceneFamily family() const { return m_family; }
    // Messages on their way at t (sent at or before t, not yet arrived), oldest first.
    std::vector<const Message*> inFlight(int resource, qint64 t) const;
    const std::vector<int>& messagesOn(int resource) const; // indices into messages(), by sending time
    const std::vector<Message>& messages() const { return m_messages; }
    // How a future (or a process's join handle) ended, at or before t: its last Result, Exception or
    // Cancel instant; null while it has not.
    const Instant* outcomeOf(int resource, qint64 t) const; // how long "who woke whom" stays shown
    std::optional<qint64> expectedValue() const; // the outcome's "expected", for a shared counter

private:
    struct HoldTimeline {
        std::vector<qint64> times; // change points
        std::vector<quint32> offsets; // into active; size times.size() + 1
        std::vector<ActiveHold> active;
    };
    void indexHolds(int resource);
    void indexWaits();
    void indexMessages();
    void indexDeadlocks();
    DeadlockInfo findCycle(qint64 t) const;

    Trace m_trace;
    std::vector<int> m_shown;
    std::vector<char> m_isShown;
    std::vector<int> m_maxWaiters;
    std::vector<int> m_slots;
    std::vector<HoldTimeline> m_holds;
    std::vector<std::vector<qint64>> m_setTimes;
    std::vector<std::vector<int>> m_marks; // per actor: indices into instants()
    std::vector<std::vector<int>> m_instantsOn; // per resource: indices into instants()
    std::vector<std::vector<int>> m_arrivals; // per actor: indices into flows(), by sending time
    std::vector<DeadlockInfo> m_deadlocks;
    std::vector<qint64> m_firstStart;
    std::vector<std::vector<int>> m_everIn = std::vector<std::vector<int>>(StateCount);
    std::vector<int> m_joiners;
    std::vector<int> m_elsewhere;
    qint64 m_wakeWindow = 1;
    SceneFamily m_family = SceneFamily::Threads;
    std::vector<Message> m_messages;
    std::vector<std::vector<int>> m_messagesOn; // per resource
};

// A state that carries the resource waited for puts the actor in that resource's queue.
// (Runnable is not: a woken waiter has left the queue and only waits for the OS to run it.)
constexpr bool waitsInQueue(State s)
{
    return s != State::Running && s != State::Runnable && s != State::Sleeping && !isTerminal(s);
}

} // namespace interleave
