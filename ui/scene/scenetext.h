// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenesnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace interleave {

// The words the scene and the inspector use for what a snapshot shows, so both say the same thing.
class SceneText {
    Q_DECLARE_TR_FUNCTIONS(SceneText)
public:
    static QString duration(qint64 ns); // "2.35 s", "120 ms", "15.0 µs", "800 ns"
    static QString kindWord(ResourceKind kind); // "lock", "semaphore", ... (Python's own words where it has them)
    static QString actorName(const Trace& trace, int actor);
    static QString resourceName(const Trace& trace, int resource);
    static QString stateWords(const ActorSnapshot& a); // "blocked", "not started", ...
    static QString queueSpot(int position); // "next in line", "number 3 in line"

    // What an actor is doing: "waits for lock fork-1, held by philosopher-1 (next in line); holds fork-0".
    static QString actorDetail(const SceneIndex& index, const SceneSnapshot& s, int actor);
    // How a resource stands: "held by Thread-2", "0 of 2 permits free", "set", "value 3 (expected 4)".
    static QString resourceStatus(const SceneIndex& index, const SceneSnapshot& s, int resource);
    // Who waits, in order: "Thread-3, Thread-4"; empty when nobody does.
    static QString waiterList(const Trace& trace, const ResourceSnapshot& r);
    // How a future ended: "= 42", "ValueError: boom", "cancelled".
    static QString endWords(const EndSnapshot& end);
    // Where a future stands: "not submitted yet", "queued", "running on worker-1", "= 42", ...
    static QString futureWords(const Trace& trace, const ResourceSnapshot& r);
    // One line about the deadlock: "Deadlock: philosopher-0 waits for fork-1 held by philosopher-1, ..."
    static QString deadlockLine(const Trace& trace, const DeadlockInfo& d);
};

} // namespace interleave
