// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <optional>

namespace interleave {

// The bytes a TCP end has read but not yet handed out, and the framing on them: lines ending in
// "\n" (the echo protocol, HTTP's head), a known length (an HTTP body), whatever is there. No I/O:
// the blocking TcpSocket and the event loop's AsyncTcp each read into it their own way
// (reserve(), read into that room, commit()) and ask it for a message after every read.
// A message it cannot complete raises Python's errors (PyError ValueError, ConnectionError).
class ReadBuffer {
public:
    // Room for `max` more bytes at the end, valid until commit(); commit(n) keeps the first n of
    // them (0: the read brought nothing). Nothing may wait between the two.
    char* reserve(qint64 max);
    void commit(qint64 n);

    qint64 size() const { return m_data.size() - m_pos; } // unread bytes
    bool empty() const { return size() == 0; }

    // The next line including its "\n", once one is complete; ValueError once more than
    // maxLength bytes wait without one (not the expected protocol).
    std::optional<QByteArray> takeLine(qint64 maxLength);
    // The next n bytes, once that many are there.
    std::optional<QByteArray> takeExactly(qint64 n);
    // Up to max of what is there.
    QByteArray takeSome(qint64 max);

    // The peer closed before the message was whole: ConnectionError naming what is missing.
    [[noreturn]] void throwClosedInLine() const;
    [[noreturn]] void throwClosedShort(qint64 wanted) const;

private:
    QByteArray m_data; // consumed up to m_pos
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0; // where the search for "\n" goes on from
    qsizetype m_reservedFrom = -1;
};

} // namespace interleave
