// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <sys/types.h>

#include <vector>

namespace interleave {

// Where the worker executable is: $INTERLEAVE_WORKER if set, else `interleave-worker` next to the running
// executable, else the one this build made (tests of other areas run from their own directories).
QString workerPath();

// Starts the worker with posix_spawn (never fork(): the engine has threads). The worker gets `control`
// as fd 3, `events` as fd 4 and `passed` as fds 5, 6, ...; every other descriptor is closed in it.
// Returns the pid, or -1 with *error naming the path and the reason.
pid_t spawnWorker(const QString& path, int control, int events, const std::vector<int>& passed, QString* error);

} // namespace interleave
