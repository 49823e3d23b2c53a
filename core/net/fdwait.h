// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace interleave {

class Network;

enum class FdWait { Ready, TimedOut, Woken };

// Blocks the calling actor until `fd` is ready for `events` (POLLIN / POLLOUT), in the io state on
// `resource` and known to the deadlock detector as a wait. Ends early with Woken when `wakeFd` (>= 0)
// becomes readable (a listener's shutdown), with TimedOut after `timeoutMs` (< 0: never). Throws
// Interrupted when the engine stops the run or cuts the actor off: the run's stop eventfd is polled
// beside the socket, so that takes no time.
FdWait waitFd(Network& net, int fd, short events, int resource, double timeoutMs = -1, int wakeFd = -1);

// Python's OSError subclass for an errno (ConnectionResetError, BrokenPipeError, ...), thrown as PyError.
[[noreturn]] void throwOsError(int error, const QString& what);

// Makes a socket non-blocking and close-on-exec.
void makeNonBlocking(int fd);

} // namespace interleave
