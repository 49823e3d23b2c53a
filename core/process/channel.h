// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <optional>

namespace interleave {

class Side;

// Message I/O between processes over AF_UNIX SOCK_SEQPACKET sockets: each send is one message and
// each receive takes exactly one whole message, even with several readers or writers on the same
// socket, and a receive returns end-of-file once every copy of the other end is closed. Pipes, queues,
// the pool and the manager are built on it. Waits poll in short slices so that a parent thread's wait
// ends when the engine stops the run (throws Interrupted); a worker's waits just block.
namespace channel {

inline constexpr int MaxMessage = 200 * 1024; // below the sockets' default send buffer

// A connected pair, close-on-exec. Throws PyError{"OSError"} when the system refuses.
void makePair(int fds[2]);

enum class Wait { Ready, TimedOut };
// Waits until `fd` is readable (or writable with `forWrite`), up to timeoutMs (negative: no limit).
Wait waitFor(Side& side, int fd, bool forWrite, double timeoutMs);

// One message; nullopt at end-of-file (every writer closed). *timedOut set when the timeout passed.
std::optional<QByteArray> receive(Side& side, int fd, double timeoutMs = -1, bool* timedOut = nullptr);
// Without waiting: nullopt when no message is there (or end-of-file, then *eof is set).
std::optional<QByteArray> tryReceive(int fd, bool* eof);
// Sends one message, waiting while the socket is full. False when the other end is gone (EPIPE).
// Throws PyError{"ValueError"} for a message over MaxMessage.
bool send(Side& side, int fd, const QByteArray& message);

} // namespace channel

} // namespace interleave
