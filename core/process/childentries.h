// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace interleave {

class ChildContext;

// A function a worker process runs: Python's `target`. It gets the worker's context (to record, sleep,
// spin and attach the queues, pipes and shared memory passed to it) and the arguments given to
// start(); what it returns reaches the parent as the process's result. A PyError it throws ends the
// worker with exit code 1 and the error shown on the child's lane.
using ChildEntry = QJsonValue (*)(ChildContext& cx, const QJsonArray& args);

// The entries a worker knows, by name. Each area registers its own from its own .cpp file with
// INTERLEAVE_CHILD_ENTRY; the worker links interleave_core whole, so every registration is in it.
class ChildEntries {
public:
    static bool add(const char* name, ChildEntry entry); // returns true, for static registration
    static ChildEntry find(const QString& name); // nullptr when unknown
    static QStringList names();
};

} // namespace interleave

// Registers `fn` (a ChildEntry) under `name` ("area.what") when the program starts. Use at namespace
// scope in a .cpp file of interleave_core.
#define INTERLEAVE_CHILD_ENTRY(fn, name)                                                                               \
    [[maybe_unused]] static const bool interleave_child_entry_##fn = ::interleave::ChildEntries::add(name, &fn)
