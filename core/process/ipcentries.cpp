// SPDX-License-Identifier: MIT
// Entries that drive one inter-process primitive from a worker (tests, experiments).
#include "process/childcontext.h"
#include "process/childentries.h"
#include "process/connection.h"
#include "process/queue.h"
#include "process/sharedlock.h"
#include "process/shmvalue.h"

#include "engine/runcontext.h"

namespace interleave {

namespace {

// args: [queue, [values...]] — puts each; returns how many.
QJsonValue putEntry(ChildContext& cx, const QJsonArray& args)
{
    Queue q = Queue::attach(cx, args.at(0));
    const QJsonArray values = args.at(1).toArray();
    for (const QJsonValue& v : values)
        q.put(v);
    return values.size();
}

// args: [queue, n] — gets n values; returns them.
QJsonValue getEntry(ChildContext& cx, const QJsonArray& args)
{
    Queue q = Queue::attach(cx, args.at(0));
    QJsonArray out;
    for (int i = 0; i < args.at(1).toInt(); ++i)
        out.append(q.get());
    return out;
}

// args: [connection, [values...], close] — sends each, then closes if asked; returns how many.
QJsonValue sendEntry(ChildContext& cx, const QJsonArray& args)
{
    Connection c = Connection::attach(cx, args.at(0));
    const QJsonArray values = args.at(1).toArray();
    for (const QJsonValue& v : values)
        c.send(v);
    if (args.at(2).toBool())
        c.close();
    return values.size();
}

// args: [connection] — receives until end-of-file; returns what it got, then "EOF".
QJsonValue recvAllEntry(ChildContext& cx, const QJsonArray& args)
{
    Connection c = Connection::attach(cx, args.at(0));
    QJsonArray out;
    for (;;) {
        try {
            out.append(c.recv());
        } catch (const PyError& e) {
            out.append(e.type == u"EOFError" ? QStringLiteral("EOF") : e.type);
            return out;
        }
    }
}

// args: [connection] — echoes every message back until end-of-file; returns how many.
QJsonValue echoBackEntry(ChildContext& cx, const QJsonArray& args)
{
    Connection c = Connection::attach(cx, args.at(0));
    int n = 0;
    for (;;) {
        try {
            c.send(c.recv());
            ++n;
        } catch (const PyError&) {
            return n;
        }
    }
}

// args: [lock, hold_ms] — holds the lock for hold_ms.
QJsonValue holdEntry(ChildContext& cx, const QJsonArray& args)
{
    SharedLock lock = SharedLock::attach(cx, args.at(0));
    LockGuard guard(lock);
    cx.sleepMs(args.at(1).toDouble());
    return QJsonValue();
}

// args: [value, increments, lock] — v.value += 1, increments times, under get_lock() if asked.
QJsonValue incrementEntry(ChildContext& cx, const QJsonArray& args)
{
    ShmValue v = ShmValue::attach(cx, args.at(0));
    const bool useLock = args.at(2).toBool();
    for (qint64 i = 0; i < args.at(1).toInteger(); ++i) {
        if (useLock) {
            LockGuard guard(v.getLock());
            v.write(v.read() + 1);
        } else {
            const qint64 seen = v.read();
            cx.sleepMs(0.05);
            v.write(seen + 1);
        }
    }
    return v.read();
}

} // namespace

INTERLEAVE_CHILD_ENTRY(putEntry, "process.put");
INTERLEAVE_CHILD_ENTRY(getEntry, "process.get");
INTERLEAVE_CHILD_ENTRY(sendEntry, "process.send");
INTERLEAVE_CHILD_ENTRY(recvAllEntry, "process.recv_all");
INTERLEAVE_CHILD_ENTRY(echoBackEntry, "process.echo_back");
INTERLEAVE_CHILD_ENTRY(holdEntry, "process.hold");
INTERLEAVE_CHILD_ENTRY(incrementEntry, "process.increment");

} // namespace interleave
