// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

namespace interleave {

// Which picture suits a run, read from what its trace contains (never from the scenario's id, so a
// saved trace or a new scenario of the same shape gets the same picture):
//   Sequence - sockets: client and server lanes, messages as arrows in time order
//   Loop     - event-loop tasks: the loop as a wheel with its ready queue, tasks parked at what they await
//   Pool     - an executor: its work queue feeding worker slots, futures as tickets
//   Process  - child processes: a box per process, shared memory and channels between them
//   Threads  - everything else: resources as cards (locks with doors and queues)
enum class SceneFamily : quint8 { Threads, Pool, Process, Loop, Sequence };

SceneFamily sceneFamilyOf(const Trace& trace);

} // namespace interleave
