// SPDX-License-Identifier: MIT
#include "net/fdwait.h"

#include "engine/runcontext.h"
#include "net/network.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

#include <fcntl.h>
#include <poll.h>

namespace interleave {

namespace {

// A wait wakes at least this often even if nothing happens, as a safety net behind the stop eventfd.
constexpr int SliceMs = 250;

} // namespace

FdWait waitFd(Network& net, int fd, short events, int resource, double timeoutMs, int wakeFd)
{
    RunContext& ctx = net.context();
    Recorder& rec = ctx.recorder();
    const int me = RunContext::currentActor();
    using Clock = std::chrono::steady_clock;
    const bool timed = timeoutMs >= 0;
    const auto deadline = Clock::now() + std::chrono::microseconds(qint64(std::max(0.0, timeoutMs) * 1000));
    rec.state(me, State::Io, resource);
    ctx.beginWait(me, resource, State::Io, timed);
    // The stop eventfd stays readable once signalled; an actor that is not itself interrupted (another
    // actor was cut off) stops watching it and falls back to time slices.
    bool watchStop = true;
    FdWait result = FdWait::Ready;
    for (;;) {
        if (ctx.interrupted(me)) {
            ctx.endWait(me);
            throw Interrupted {};
        }
        int slice = SliceMs;
        if (timed) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0 && Clock::now() >= deadline) {
                result = FdWait::TimedOut;
                break;
            }
            slice = int(std::clamp<qint64>(left + 1, 0, SliceMs));
        }
        pollfd p[3] = { { fd, events, 0 }, { wakeFd, POLLIN, 0 }, { net.stopFd(), POLLIN, 0 } };
        if (!watchStop)
            p[2].fd = -1; // poll() ignores negative descriptors
        const int r = ::poll(p, 3, slice);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ctx.endWait(me);
            throwOsError(e, QStringLiteral("poll"));
        }
        // A stopped run ends here even when the socket is ready too (say the peer was stopped and closed):
        // the actor ends cancelled, always, rather than run on with what the stop left behind.
        if (ctx.interrupted(me)) {
            ctx.endWait(me);
            throw Interrupted {};
        }
        if (p[0].revents != 0) {
            result = FdWait::Ready;
            break;
        }
        if (wakeFd >= 0 && p[1].revents != 0) {
            result = FdWait::Woken;
            break;
        }
        if (p[2].revents != 0 && !ctx.interrupted(me))
            watchStop = false;
    }
    ctx.endWait(me);
    rec.state(me, State::Running);
    return result;
}

void throwOsError(int error, const QString& what)
{
    const char* type = "OSError";
    switch (error) {
    case ECONNRESET:
        type = "ConnectionResetError";
        break;
    case EPIPE:
        type = "BrokenPipeError";
        break;
    case ECONNREFUSED:
        type = "ConnectionRefusedError";
        break;
    case ECONNABORTED:
        type = "ConnectionAbortedError";
        break;
    case ETIMEDOUT:
        type = "TimeoutError";
        break;
    default:
        break;
    }
    throw PyError { QString::fromLatin1(type),
        QStringLiteral("[Errno %1] %2 (%3)").arg(error).arg(QString::fromLocal8Bit(std::strerror(error)), what) };
}

void makeNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
}

} // namespace interleave
