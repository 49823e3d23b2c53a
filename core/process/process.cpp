// SPDX-License-Identifier: MIT
#include "process/process.h"

#include "engine/runcontext.h"
#include "process/processstate.h"
#include "process/spawn.h"
#include "process/wire.h"
#include "sync/waitnode.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace interleave {

namespace {

// Flow and hold ids a child may hand out itself; far more than any scenario's child needs.
constexpr quint64 IdsPerChild = 1u << 18;

QString signalText(int sig)
{
    const char* abbrev = ::sigabbrev_np(sig);
    return abbrev ? QStringLiteral("SIG") + QString::fromLatin1(abbrev) : QStringLiteral("signal %1").arg(sig);
}

int joinHandleOf(RunContext& ctx, int actor)
{
    const std::vector<ResourceInfo> resources = ctx.recorder().resources();
    for (std::size_t i = resources.size(); i-- > 0;) {
        if (resources[i].kind == ResourceKind::Thread && resources[i].owner == actor)
            return int(i);
    }
    return -1;
}

std::mutex g_namesMutex; // a name is counted and its actor registered in one step

} // namespace

ProcessState::ProcessState(RunContext& c, const QString& e, QJsonArray a, std::vector<int> f)
    : ctx(c)
    , entry(e)
    , args(std::move(a))
    , fds(std::move(f))
{
}

ProcessState::~ProcessState()
{
    for (int fd : passed)
        ::close(fd);
}

void ProcessState::signal(int sig, bool byTerminate)
{
    const int handle = joinHandleOf(ctx, monitorThread.actor());
    std::lock_guard lock(m);
    if (reaped)
        return;
    if (byTerminate && !terminated) {
        terminated = true;
        Recorder& rec = ctx.recorder();
        cancelFlow = quint32(rec.nextId());
        rec.record(Event { rec.now(), 0, cancelFlow, RunContext::currentActor(), handle, EventType::FlowBegin,
            quint8(FlowKind::Cancel), 0 });
    }
    // The child is reaped under this lock only, so `pid` cannot name a recycled process here.
    if (pid > 0)
        ::kill(pid, sig);
    else
        pendingSignal = sig;
}

void ProcessState::monitor()
{
    Recorder& rec = ctx.recorder();
    const int me = monitorThread.actor();
    const int handle = joinHandleOf(ctx, me);
    rec.state(me, State::Runnable); // until the worker's first event: exec and loading take a while

    int control[2];
    int events[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, control) != 0)
        throw PyError { QStringLiteral("OSError: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), {} };
    if (::pipe2(events, O_CLOEXEC) != 0) {
        const int err = errno;
        ::close(control[0]);
        ::close(control[1]);
        throw PyError { QStringLiteral("OSError: %1").arg(QString::fromLocal8Bit(std::strerror(err))), {} };
    }
    const quint64 firstId = rec.reserveIds(IdsPerChild);
    QString spawnError;
    std::vector<int> toPass;
    {
        std::lock_guard lock(m);
        toPass.swap(passed);
    }
    const pid_t child = spawnWorker(workerPath(), control[1], events[1], toPass, &spawnError);
    ::close(control[1]);
    ::close(events[1]);
    for (int fd : toPass)
        ::close(fd);
    if (child < 0) {
        ::close(control[0]);
        ::close(events[0]);
        {
            std::lock_guard lock(m);
            error = QStringLiteral("OSError: ") + spawnError;
            exitcode = 1;
            reaped = true;
        }
        throw PyError { QStringLiteral("OSError: ") + spawnError, {} };
    }
    {
        std::lock_guard lock(m);
        pid = child;
        if (pendingSignal)
            ::kill(child, pendingSignal);
    }
    ActorInfo info = rec.actors()[std::size_t(me)];
    info.kind = ActorKind::Process;
    info.pid = child;
    info.tid = child;
    rec.setActor(me, info);

    const QJsonObject start { { QStringLiteral("entry"), entry }, { QStringLiteral("args"), args },
        { QStringLiteral("actor"), me }, { QStringLiteral("firstId"), qint64(firstId) },
        { QStringLiteral("idCount"), qint64(IdsPerChild) }, { QStringLiteral("name"), monitorThread.name() } };
    const QByteArray message = QJsonDocument(start).toJson(QJsonDocument::Compact);
    const auto size = quint32(message.size());
    QByteArray frame(reinterpret_cast<const char*>(&size), sizeof size);
    frame.append(message);
    // send(), not write(): a worker that died already must not raise SIGPIPE in the app.
    for (qsizetype done = 0; done < frame.size();) {
        const ssize_t n = ::send(control[0], frame.constData() + done, std::size_t(frame.size() - done), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }

    bool killedByEngine = false;
    qint64 resultTime = -1; // when the entry returned, on the run's clock
    {
        wire::RecordReader reader;
        std::vector<char> buf(1 << 16);
        for (;;) {
            pollfd p { events[0], POLLIN, 0 };
            const int ready = ::poll(&p, 1, 20);
            if (ready > 0) {
                const ssize_t n = ::read(events[0], buf.data(), buf.size());
                if (n == 0)
                    break;
                if (n < 0 && errno != EINTR && errno != EAGAIN)
                    break;
                if (n > 0) {
                    reader.append(buf.data(), std::size_t(n));
                    wire::Record r;
                    QByteArray payload;
                    while (reader.next(&r, &payload)) {
                        switch (r.kind) {
                        case wire::Kind::Event: {
                            Event e { wire::monotonicToRun(r.time, rec.origin()), r.value, r.flow, me, r.resource,
                                EventType(r.type), r.code, 0 };
                            if (e.type == EventType::Instant)
                                e.flow = rec.addText(QString::fromUtf8(payload));
                            rec.record(e);
                            break;
                        }
                        case wire::Kind::BeginWait:
                            ctx.beginWait(me, r.resource, State(r.code), r.timed != 0);
                            break;
                        case wire::Kind::EndWait:
                            ctx.endWait(me);
                            break;
                        case wire::Kind::Result: {
                            const QJsonArray a = QJsonDocument::fromJson(payload).array();
                            resultTime = wire::monotonicToRun(r.time, rec.origin());
                            std::lock_guard lock(m);
                            result = a.isEmpty() ? QJsonValue() : a.first();
                            break;
                        }
                        case wire::Kind::Error: {
                            std::lock_guard lock(m);
                            error = QString::fromUtf8(payload);
                            break;
                        }
                        }
                    }
                }
            }
            if (!killedByEngine && ctx.interrupted(me)) {
                ::kill(child, SIGKILL);
                killedByEngine = true;
            }
        }
    }
    // Wait for the exit without reaping, then reap under the lock: signal() never reaches a
    // recycled pid.
    siginfo_t si {};
    while (::waitid(P_PID, id_t(child), &si, WEXITED | WNOWAIT) != 0 && errno == EINTR) { }
    int status = 0;
    bool byTerminate = false;
    quint32 flow = 0;
    QString errorText;
    QJsonValue value;
    {
        std::lock_guard lock(m);
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }
        reaped = true;
        exitcode = WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status);
        byTerminate = terminated;
        flow = cancelFlow;
        value = result;
        if (WIFSIGNALED(status) && !killedByEngine && !byTerminate)
            error = QCoreApplication::translate("Process", "killed by %1").arg(signalText(WTERMSIG(status)));
        else if (WIFEXITED(status) && WEXITSTATUS(status) != 0 && error.isEmpty())
            error = QCoreApplication::translate("Process", "exit code %1").arg(WEXITSTATUS(status));
        errorText = error;
    }
    ::close(control[0]);
    ::close(events[0]);
    ctx.endWait(me);

    rec.flowEnd(me, flow, handle);
    if (!value.isNull() && !value.isUndefined()) {
        const QString text = value.isDouble() && value.toDouble() == double(value.toInteger())
            ? QString()
            : QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        rec.record(Event { resultTime >= 0 ? resultTime : rec.now(), value.toInteger(), rec.addText(text), me, handle,
            EventType::Instant, quint8(InstantKind::Result), 0 });
    }
    if (killedByEngine)
        throw Interrupted {};
    if (byTerminate && WIFSIGNALED(status)) {
        rec.instant(me, InstantKind::Cancel, handle, 0,
            rec.addText(QCoreApplication::translate("Process", "terminated by %1").arg(signalText(WTERMSIG(status)))));
        throw Interrupted {};
    }
    if (!errorText.isEmpty())
        throw PyError { errorText, {} };
}

Process::Process(RunContext& ctx, const QString& entry, const ProcessArgs& args, const QString& name, bool daemon)
{
    std::lock_guard lock(g_namesMutex);
    const QString actual = name.isEmpty() ? nextName(ctx, QStringLiteral("Process")) : name;
    m_state = std::make_shared<ProcessState>(ctx, entry, args.values(), args.fds().parentFds());
    // A weak reference: the run keeps the state alive from start() on (a handle may go first).
    std::weak_ptr<ProcessState> weak = m_state;
    m_state->monitorThread = Thread(
        ctx, actual,
        [weak] {
            if (auto s = weak.lock())
                s->monitor();
        },
        daemon);
    Recorder& rec = ctx.recorder();
    const int actor = m_state->monitorThread.actor();
    ActorInfo info = rec.actors()[std::size_t(actor)];
    info.kind = ActorKind::Process;
    info.pid = 0;
    info.tid = 0;
    rec.setActor(actor, info);
}

QString Process::nextName(RunContext& ctx, const QString& prefix)
{
    const QString stem = prefix + QLatin1Char('-');
    int n = 0;
    for (const ActorInfo& a : ctx.recorder().actors()) {
        if (a.name.startsWith(stem))
            ++n;
    }
    return stem + QString::number(n + 1);
}

void Process::start()
{
    if (!m_state)
        throw pyError("AssertionError", QT_TRANSLATE_NOOP("PyError", "Process.__init__() not called"));
    {
        std::lock_guard lock(m_state->m);
        if (m_state->started)
            throw pyError("AssertionError", QT_TRANSLATE_NOOP("PyError", "cannot start a process twice"));
        m_state->started = true;
    }
    const QString path = workerPath();
    if (::access(path.toLocal8Bit().constData(), X_OK) != 0) {
        throw PyError { QStringLiteral("FileNotFoundError"),
            QCoreApplication::translate("Process",
                "the worker executable %1 is missing or not executable; it is built next to the interleave "
                "program, or set INTERLEAVE_WORKER to its path")
                .arg(path) };
    }
    {
        std::lock_guard lock(m_state->m);
        for (int fd : m_state->fds) {
            const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
            if (copy < 0) {
                const int err = errno;
                for (int c : m_state->passed)
                    ::close(c);
                m_state->passed.clear();
                throw PyError { QStringLiteral("OSError"), QString::fromLocal8Bit(std::strerror(err)) };
            }
            m_state->passed.push_back(copy);
        }
    }
    m_state->ctx.make<std::shared_ptr<ProcessState>>(m_state);
    m_state->monitorThread.start();
}

bool Process::join(double timeoutMs)
{
    if (!m_state)
        throw pyError("AssertionError", QT_TRANSLATE_NOOP("PyError", "Process.__init__() not called"));
    return m_state->monitorThread.join(timeoutMs);
}

bool Process::isAlive() const
{
    return m_state && m_state->monitorThread.isAlive();
}

std::optional<int> Process::exitcode() const
{
    if (!m_state)
        return std::nullopt;
    std::lock_guard lock(m_state->m);
    return m_state->reaped ? m_state->exitcode : std::nullopt;
}

void Process::terminate()
{
    if (m_state)
        m_state->signal(SIGTERM, true);
}

void Process::kill()
{
    if (m_state)
        m_state->signal(SIGKILL, true);
}

qint64 Process::pid() const
{
    if (!m_state)
        return 0;
    std::lock_guard lock(m_state->m);
    return m_state->pid;
}

int Process::actor() const
{
    return m_state ? m_state->monitorThread.actor() : -1;
}
int Process::resource() const
{
    return m_state ? joinHandleOf(m_state->ctx, actor()) : -1;
}
QString Process::name() const
{
    return m_state ? m_state->monitorThread.name() : QString();
}

QJsonValue Process::result() const
{
    if (!m_state)
        return {};
    std::lock_guard lock(m_state->m);
    return m_state->result;
}

QString Process::error() const
{
    if (!m_state)
        return {};
    std::lock_guard lock(m_state->m);
    return m_state->error;
}

} // namespace interleave
