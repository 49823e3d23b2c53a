// SPDX-License-Identifier: MIT
#include "process/channel.h"

#include "engine/runcontext.h"
#include "process/side.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <vector>

#include <poll.h>
#include <sys/socket.h>

namespace interleave::channel {

namespace {

constexpr int SliceMs = 20; // how long a parent's wait sleeps between checks for a stop

PyError osError(int err)
{
    return PyError { QStringLiteral("OSError"), QString::fromLocal8Bit(std::strerror(err)) };
}

} // namespace

void makePair(int fds[2])
{
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds) != 0)
        throw osError(errno);
}

Wait waitFor(Side& side, int fd, bool forWrite, double timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const bool infinite = timeoutMs < 0;
    const auto deadline = Clock::now() + std::chrono::microseconds(qint64(std::max(0.0, timeoutMs) * 1000));
    for (;;) {
        side.throwIfInterrupted();
        int slice = side.isChild() ? -1 : SliceMs;
        if (!infinite) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0 && Clock::now() >= deadline) {
                pollfd p { fd, short(forWrite ? POLLOUT : POLLIN), 0 };
                return ::poll(&p, 1, 0) > 0 ? Wait::Ready : Wait::TimedOut;
            }
            slice = slice < 0 ? int(left + 1) : std::min<int>(slice, int(left + 1));
        }
        pollfd p { fd, short(forWrite ? POLLOUT : POLLIN), 0 };
        const int n = ::poll(&p, 1, slice);
        if (n > 0)
            return Wait::Ready; // readable, or hung up / error: the next call says which
        if (n < 0 && errno != EINTR)
            throw osError(errno);
    }
}

std::optional<QByteArray> tryReceive(int fd, bool* eof)
{
    thread_local std::vector<char> buf(MaxMessage + 1);
    *eof = false;
    for (;;) {
        const ssize_t n = ::recv(fd, buf.data(), buf.size(), MSG_DONTWAIT);
        if (n > 0)
            return QByteArray(buf.data(), qsizetype(n));
        if (n == 0) {
            *eof = true;
            return std::nullopt;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return std::nullopt;
        if (errno == ECONNRESET || errno == EPIPE) {
            *eof = true;
            return std::nullopt;
        }
        throw osError(errno);
    }
}

std::optional<QByteArray> receive(Side& side, int fd, double timeoutMs, bool* timedOut)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    if (timedOut)
        *timedOut = false;
    for (;;) {
        bool eof = false;
        // Several readers may share the socket: a message seen by poll() may be gone when we read.
        if (auto m = tryReceive(fd, &eof))
            return m;
        if (eof)
            return std::nullopt;
        double left = -1;
        if (timeoutMs >= 0) {
            left = timeoutMs - std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            if (left <= 0) {
                if (timedOut)
                    *timedOut = true;
                return std::nullopt;
            }
        }
        if (waitFor(side, fd, false, left) == Wait::TimedOut) {
            if (auto m = tryReceive(fd, &eof))
                return m;
            if (eof)
                return std::nullopt;
            if (timedOut)
                *timedOut = true;
            return std::nullopt;
        }
    }
}

bool send(Side& side, int fd, const QByteArray& message)
{
    if (message.size() > MaxMessage)
        throw PyError { QStringLiteral("ValueError"),
            QCoreApplication::translate("Process", "message too large: %1 bytes (at most %2)")
                .arg(message.size())
                .arg(MaxMessage) };
    for (;;) {
        const ssize_t n = ::send(fd, message.constData(), std::size_t(message.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n >= 0)
            return true;
        if (errno == EINTR)
            continue;
        if (errno == EPIPE || errno == ECONNRESET || errno == ECONNREFUSED || errno == ENOTCONN)
            return false;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            throw osError(errno);
        waitFor(side, fd, true, -1);
    }
}

} // namespace interleave::channel
