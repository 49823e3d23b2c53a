// SPDX-License-Identifier: MIT
#pragma once

#include "scene/sceneindex.h"

#include <optional>
#include <vector>

namespace interleave {

// Who woke an actor a moment ago: a flow that arrived at it.
struct Wake {
    int from = -1; // actor
    FlowKind kind = FlowKind::Release;
    int resource = -1;
    qint64 sent = 0; // when the waker woke it
    qint64 time = 0; // arrival: when the woken actor ran (later than `sent` while it is only runnable)
};

struct ActorSnapshot {
    int actor = -1;
    bool started = false;
    bool alive = false; // started and not ended
    State state = State::Running; // meaningful once started
    int waitsOn = -1; // the resource it is queued on (blocked, waiting, ...), or -1
    qint64 since = 0; // when the current state began
    std::optional<Wake> wake; // who woke it a moment ago (SceneIndex::lastWake)
    std::vector<int> holding; // resources it holds, in the order it took them
};

// A message on its way at the snapshot's time: put on a queue and not yet got, sent down a pipe or a
// socket and not yet received, a work item submitted and not yet started.
struct MessageSnapshot {
    int resource = -1;
    FlowKind kind = FlowKind::Put;
    int from = -1; // the sender
    int to = -1; // who receives it (later); -1 when nobody does in this trace
    qint64 sent = 0;
    qint64 arrives = -1; // -1: never, in this trace
    qint64 value = 0; // bytes, when the sender said
};

// How a future ended (or a process: its join handle): a value, an exception or a cancellation.
struct EndSnapshot {
    InstantKind kind = InstantKind::Result; // Result, Exception or Cancel
    qint64 value = 0; // the result
    QString text; // the exception, or the result when it is not a number
    qint64 time = 0;
    int actor = -1; // who finished it
};

struct HolderSnapshot {
    int actor = -1;
    qint64 since = 0;
    int slot = 0; // stable while held: a semaphore's permit slot
};

struct ResourceSnapshot {
    int resource = -1;
    ResourceKind kind = ResourceKind::Mutex;
    std::vector<HolderSnapshot> holders; // by slot; for a join handle, the thread while it lives
    std::vector<int> waiters; // queue order: the one waiting longest first
    std::optional<qint64> level; // the resource's counter: permits free, value, length, RLock depth
    std::optional<qint64> initial; // the counter's first value
    qint64 updates = 0; // counter changes after the first value, up to now (writes to a shared value)
    qint64 capacity = 0;
    int depth = 0; // recursion depth of an RLock (1 for a plain held lock, 0 when free)
    bool isSet = false; // an event's flag
    std::optional<EndSnapshot> end; // a future's or a process's end, once it has come
    int inFlight = 0; // messages on their way through it (see SceneSnapshot::messages)
    bool submitted = false; // a future: its work item was submitted at or before now
    bool viaSubmit = false; // a future made by submit() (an executor's), not by the event loop
};

// The state of everything at one moment of a run: what the scene and the inspector show.
struct SceneSnapshot {
    qint64 time = 0;
    std::vector<ActorSnapshot> actors; // indexed by actor
    std::vector<ResourceSnapshot> resources; // indexed by resource
    std::optional<DeadlockInfo> deadlock; // reported by the engine at or before `time`
    std::vector<MessageSnapshot> messages; // on their way at `time`, oldest first

    // Binary searches only; cheap enough for every frame. The first form keeps the index of the
    // last trace it saw on this thread, so repeated calls on one trace stay cheap too.
    static SceneSnapshot at(const Trace& trace, qint64 t);
    static SceneSnapshot at(const SceneIndex& index, qint64 t);

    const ActorSnapshot* actor(int a) const;
    const ResourceSnapshot* resource(int r) const;
    // The actor's position in the queue of the resource it waits on, or -1.
    int queuePosition(int actor) const;
    std::vector<const MessageSnapshot*> messagesOn(int resource) const; // oldest first
    // Same places, same states, same holders and queues: nothing to animate between the two.
    bool samePicture(const SceneSnapshot& other) const;
};

} // namespace interleave
