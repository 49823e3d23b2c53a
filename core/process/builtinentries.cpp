// SPDX-License-Identifier: MIT
// Small entries any scenario or test can run in a worker.
#include "engine/runcontext.h"
#include "process/childcontext.h"
#include "process/childentries.h"

#include <csignal>

#include <unistd.h>

namespace interleave {

namespace {

// args: [ms] — time.sleep(ms / 1000); returns ms.
QJsonValue sleepEntry(ChildContext& cx, const QJsonArray& args)
{
    cx.sleepMs(args.at(0).toDouble());
    return args.at(0);
}

// args: [ms] — CPU-bound work for ms; returns ms.
QJsonValue spinEntry(ChildContext& cx, const QJsonArray& args)
{
    cx.spinMs(args.at(0).toDouble());
    return args.at(0);
}

// args: anything — returns them (a round trip of the serialization).
QJsonValue echoEntry(ChildContext&, const QJsonArray& args)
{
    return args;
}

// args: [type, message] — raises it.
QJsonValue raiseEntry(ChildContext&, const QJsonArray& args)
{
    throw PyError { args.at(0).toString(), args.at(1).toString() };
}

// args: [code] — sys.exit(code).
QJsonValue exitEntry(ChildContext& cx, const QJsonArray& args)
{
    cx.exit(args.at(0).toInt());
}

// args: [signal] — the worker crashes with that signal.
QJsonValue crashEntry(ChildContext&, const QJsonArray& args)
{
    ::signal(args.at(0).toInt(), SIG_DFL);
    ::raise(args.at(0).toInt());
    ::_exit(99);
}

} // namespace

INTERLEAVE_CHILD_ENTRY(sleepEntry, "process.sleep");
INTERLEAVE_CHILD_ENTRY(spinEntry, "process.spin");
INTERLEAVE_CHILD_ENTRY(echoEntry, "process.echo");
INTERLEAVE_CHILD_ENTRY(raiseEntry, "process.raise");
INTERLEAVE_CHILD_ENTRY(exitEntry, "process.exit");
INTERLEAVE_CHILD_ENTRY(crashEntry, "process.crash");

} // namespace interleave
