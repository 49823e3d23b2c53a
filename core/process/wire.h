// SPDX-License-Identifier: MIT
#pragma once

// The worker protocol. A worker gets, as fixed descriptors:
//   3  the control pipe (parent -> child): one start message, then nothing; end-of-file means the
//      parent is gone or wants the worker gone, and the worker exits at once;
//   4  the event pipe (child -> parent): records (below), until the worker exits;
//   5… the descriptors the parent passed (pipes, queues, shared memory), in the order of FdTable.
// Every other descriptor is closed at spawn.

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace interleave::wire {

inline constexpr int ControlFd = 3;
inline constexpr int EventFd = 4;
inline constexpr int FirstPassedFd = 5;

enum class Kind : quint8 {
    Event, // an Event of the worker's actor; payload: an instant's text (UTF-8), if any
    BeginWait, // resource, code = State, timed: mirrored into the parent's wait table
    EndWait,
    Result, // payload: the entry's return value as JSON ([value])
    Error, // payload: "Type: message" of the exception that ended the entry (UTF-8)
};

// One record on the event pipe: this header, then `size` bytes of payload.
struct Record {
    quint32 size = 0;
    Kind kind = Kind::Event;
    quint8 type = 0; // EventType
    quint8 code = 0; // State, FlowKind, InstantKind
    quint8 timed = 0;
    qint32 resource = -1;
    quint32 flow = 0;
    qint64 time = 0; // the child's CLOCK_MONOTONIC, ns
    qint64 value = 0;
};
static_assert(sizeof(Record) == 32);

// Writes all of `data`, retrying on EINTR and short writes. False when the reader is gone.
bool writeAll(int fd, const char* data, std::size_t size);
// Reads exactly `size` bytes; false at end-of-file or on an error.
bool readAll(int fd, char* data, std::size_t size);

// A length-prefixed message (the start message on the control pipe).
bool writeMessage(int fd, const QByteArray& message);
bool readMessage(int fd, QByteArray* message);

// Splits a byte stream into records.
class RecordReader {
public:
    void append(const char* data, std::size_t size) { m_buffer.append(data, qsizetype(size)); }
    // Takes the next complete record and its payload; false when none is complete yet.
    bool next(Record* record, QByteArray* payload);

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

// A child's CLOCK_MONOTONIC stamp on the parent's trace clock (ns since `origin`, Clock's time).
qint64 monotonicToRun(qint64 monotonicNs, qint64 origin);

} // namespace interleave::wire
