// SPDX-License-Identifier: MIT
#include "process/wire.h"

#include "trace/clock.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace interleave::wire {

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

bool readAll(int fd, char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

bool writeMessage(int fd, const QByteArray& message)
{
    const auto size = quint32(message.size());
    QByteArray frame(reinterpret_cast<const char*>(&size), sizeof size);
    frame.append(message);
    return writeAll(fd, frame.constData(), std::size_t(frame.size()));
}

bool readMessage(int fd, QByteArray* message)
{
    quint32 size = 0;
    if (!readAll(fd, reinterpret_cast<char*>(&size), sizeof size) || size > (64u << 20))
        return false;
    message->resize(qsizetype(size));
    return readAll(fd, message->data(), size);
}

bool RecordReader::next(Record* record, QByteArray* payload)
{
    const qsizetype available = m_buffer.size() - m_pos;
    if (available < qsizetype(sizeof(Record)))
        return false;
    std::memcpy(record, m_buffer.constData() + m_pos, sizeof(Record));
    if (available < qsizetype(sizeof(Record) + record->size))
        return false;
    *payload = m_buffer.mid(m_pos + qsizetype(sizeof(Record)), qsizetype(record->size));
    m_pos += qsizetype(sizeof(Record) + record->size);
    if (m_pos > 65536 || m_pos == m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return true;
}

qint64 monotonicToRun(qint64 monotonicNs, qint64 origin)
{
    // Clock::now() follows CLOCK_MONOTONIC through a calibrated TSC; measuring their offset now
    // keeps a child's stamps on the same line even if the calibration drifted a little.
    const qint64 offset = Clock::now() - Clock::monotonicNs();
    return monotonicNs + offset - origin;
}

} // namespace interleave::wire
