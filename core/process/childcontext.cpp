// SPDX-License-Identifier: MIT
#include "process/childcontext.h"

#include "engine/runcontext.h"
#include "process/childentries.h"
#include "process/wire.h"
#include "trace/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace interleave {

ChildContext::ChildContext(int actor, quint64 firstId, quint64 idCount, QString name)
    : m_actor(actor)
    , m_name(std::move(name))
    , m_nextId(firstId)
    , m_endId(firstId + idCount)
{
}

quint64 ChildContext::nextId()
{
    std::lock_guard lock(m_mutex);
    // Out of the reserved range (hundreds of thousands of steps): 0 means "no flow", never a clash.
    return m_nextId < m_endId ? m_nextId++ : 0;
}

void ChildContext::send(quint8 kind, quint8 type, quint8 code, int resource, quint32 flow, qint64 value,
    const QByteArray& payload, bool timed)
{
    wire::Record r;
    r.size = quint32(payload.size());
    r.kind = wire::Kind(kind);
    r.type = type;
    r.code = code;
    r.timed = timed ? 1 : 0;
    r.resource = resource;
    r.flow = flow;
    r.time = Clock::monotonicNs();
    r.value = value;
    QByteArray frame(reinterpret_cast<const char*>(&r), sizeof r);
    frame.append(payload);
    std::lock_guard lock(m_mutex);
    if (!wire::writeAll(wire::EventFd, frame.constData(), std::size_t(frame.size())))
        ::_exit(1); // the parent is gone
}

void ChildContext::state(State s, int resource)
{
    send(quint8(wire::Kind::Event), quint8(EventType::State), quint8(s), resource, 0, 0);
}

void ChildContext::holdBegin(int resource, qint64 holdId)
{
    send(quint8(wire::Kind::Event), quint8(EventType::HoldBegin), 0, resource, 0, holdId);
}

void ChildContext::holdEnd(int resource, qint64 holdId)
{
    send(quint8(wire::Kind::Event), quint8(EventType::HoldEnd), 0, resource, 0, holdId);
}

void ChildContext::counter(int resource, qint64 value)
{
    send(quint8(wire::Kind::Event), quint8(EventType::Counter), 0, resource, 0, value);
}

quint32 ChildContext::flowBegin(FlowKind kind, int resource, qint64 value)
{
    const auto id = quint32(nextId());
    if (id != 0)
        send(quint8(wire::Kind::Event), quint8(EventType::FlowBegin), quint8(kind), resource, id, value);
    return id;
}

void ChildContext::flowEnd(quint32 flowId, int resource)
{
    if (flowId != 0)
        send(quint8(wire::Kind::Event), quint8(EventType::FlowEnd), 0, resource, flowId, 0);
}

void ChildContext::instant(InstantKind kind, int resource, qint64 value, const QString& text)
{
    send(quint8(wire::Kind::Event), quint8(EventType::Instant), quint8(kind), resource, 0, value, text.toUtf8());
}

void ChildContext::beginWait(int resource, State s, bool timed)
{
    send(quint8(wire::Kind::BeginWait), 0, quint8(s), resource, 0, 0, {}, timed);
}

void ChildContext::endWait()
{
    send(quint8(wire::Kind::EndWait), 0, 0, -1, 0, 0);
}

void ChildContext::sleepMs(double ms)
{
    state(State::Sleeping);
    std::this_thread::sleep_for(std::chrono::nanoseconds(qint64(std::max(0.0, ms) * 1e6)));
    state(State::Running);
}

void ChildContext::spinMs(double ms)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::nanoseconds(qint64(std::max(0.0, ms) * 1e6));
    while (std::chrono::steady_clock::now() < end) {
        for (int i = 0; i < 64; ++i) {
#if defined(__x86_64__) || defined(__i386__)
            _mm_pause();
#endif
        }
    }
}

void ChildContext::exit(int code)
{
    ::_exit(code);
}

void ChildContext::sendResult(const QJsonValue& value)
{
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    send(quint8(wire::Kind::Result), 0, 0, -1, 0, 0, json);
}

void ChildContext::sendError(const QString& text)
{
    send(quint8(wire::Kind::Error), 0, 0, -1, 0, 0, text.toUtf8());
}

namespace {

void fail(const char* what)
{
    std::fprintf(stderr, "interleave-worker: %s\n", what);
    // _exit, not exit: sanitizers' exit-time reports are for the parent's tests, not for a worker
    // that the parent may kill at any moment.
    ::_exit(2);
}

// The parent closes the control pipe when it wants the worker gone, and the kernel does when the
// parent dies: either way the worker must not outlive its run.
void watchControl()
{
    char byte;
    for (;;) {
        const ssize_t n = ::read(wire::ControlFd, &byte, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(3);
    }
}

} // namespace

int workerMain(int argc, char** argv)
{
    // Dies with the thread that spawned it (the parent's process monitor, which lives until it has
    // reaped this worker); the check after it covers a parent that died before the call.
    qint64 parentPid = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--parent=", 9) == 0)
            parentPid = std::atoll(argv[i] + 9);
    }
    if (parentPid <= 0)
        fail("this program is started by Interleave, not by hand (--parent=PID missing)");
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (qint64(::getppid()) != parentPid)
        ::_exit(3);

    QByteArray message;
    if (!wire::readMessage(wire::ControlFd, &message))
        fail("no start message on the control pipe");
    const QJsonObject start = QJsonDocument::fromJson(message).object();
    std::thread(watchControl).detach();

    ChildContext cx(start.value(u"actor").toInt(-1), quint64(start.value(u"firstId").toInteger()),
        quint64(start.value(u"idCount").toInteger()), start.value(u"name").toString());
    cx.state(State::Running, -1);
    const QString entryName = start.value(u"entry").toString();
    const ChildEntry entry = ChildEntries::find(entryName);
    if (!entry) {
        cx.sendError(QStringLiteral("RuntimeError: interleave-worker has no entry '%1' (it has: %2)")
                         .arg(entryName, ChildEntries::names().join(QStringLiteral(", "))));
        ::_exit(1);
    }
    try {
        cx.sendResult(entry(cx, start.value(u"args").toArray()));
    } catch (const PyError& e) {
        cx.sendError(e.message.isEmpty() ? e.type : e.type + QStringLiteral(": ") + e.message);
        ::_exit(1);
    } catch (const std::exception& e) {
        cx.sendError(QStringLiteral("Exception: ") + QString::fromLocal8Bit(e.what()));
        ::_exit(1);
    }
    ::_exit(0);
}

} // namespace interleave
