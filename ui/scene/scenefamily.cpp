// SPDX-License-Identifier: MIT
#include "scene/scenefamily.h"

namespace interleave {

SceneFamily sceneFamilyOf(const Trace& trace)
{
    bool socket = false, loop = false, pool = false, process = false;
    for (const ResourceInfo& r : trace.resources()) {
        socket = socket || r.kind == ResourceKind::Socket;
        loop = loop || r.kind == ResourceKind::Loop;
        pool = pool || r.kind == ResourceKind::Pool;
    }
    for (const ActorInfo& a : trace.actors()) {
        loop = loop || a.kind == ActorKind::Task;
        process = process || a.kind == ActorKind::Process;
    }
    // Most specific first: an async echo server has tasks and sockets, and its lesson is the
    // conversation; a process pool has processes, and its lesson is the pool.
    if (socket)
        return SceneFamily::Sequence;
    if (loop)
        return SceneFamily::Loop;
    if (pool)
        return SceneFamily::Pool;
    if (process)
        return SceneFamily::Process;
    return SceneFamily::Threads;
}

} // namespace interleave
