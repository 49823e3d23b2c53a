// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonValue>

#include <vector>

namespace interleave {

// The descriptors a worker gets besides its control and event pipes: the parent's descriptor for each,
// and the number it will have in the worker (wire::FirstPassedFd onwards, in order).
class FdTable {
public:
    int pass(int parentFd); // returns the worker's number for it (the same descriptor passed twice: one number)
    const std::vector<int>& parentFds() const { return m_fds; }

private:
    std::vector<int> m_fds;
};

// Something a worker can be given as an argument: a queue, a pipe end, shared memory, a proxy. It
// describes itself as JSON for the worker's entry, passing the descriptors it needs.
class Shareable {
public:
    virtual ~Shareable() = default;
    virtual QJsonValue share(FdTable& fds) const = 0;
};

// The arguments of a process's entry (Python's args=(...)): plain JSON values and shareables.
class ProcessArgs {
public:
    ProcessArgs() = default;
    ProcessArgs& operator<<(const QJsonValue& value);
    ProcessArgs& operator<<(const Shareable& shareable);
    const QJsonArray& values() const { return m_values; }
    const FdTable& fds() const { return m_fds; }

private:
    QJsonArray m_values;
    FdTable m_fds;
};

} // namespace interleave
