// SPDX-License-Identifier: MIT
#include "net/readbuffer.h"

#include "engine/runcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace interleave {

char* ReadBuffer::reserve(qint64 max)
{
    // Keep the unread part at the front, so the buffer grows with the message, not with the session.
    if (m_pos == m_data.size()) {
        m_data.truncate(0); // keeps its allocation for the next read
        m_scanned = 0;
    } else if (m_pos > 0) {
        m_data.remove(0, m_pos);
        m_scanned = std::max<qsizetype>(0, m_scanned - m_pos);
    }
    m_pos = 0;
    m_reservedFrom = m_data.size();
    m_data.resize(m_reservedFrom + qsizetype(max));
    return m_data.data() + m_reservedFrom;
}

void ReadBuffer::commit(qint64 n)
{
    Q_ASSERT(m_reservedFrom >= 0 && n >= 0 && m_reservedFrom + n <= m_data.size());
    m_data.truncate(m_reservedFrom + qsizetype(n));
    m_reservedFrom = -1;
}

std::optional<QByteArray> ReadBuffer::takeLine(qint64 maxLength)
{
    const qsizetype nl = m_data.indexOf('\n', std::max(m_scanned, m_pos));
    if (nl < 0) {
        m_scanned = m_data.size();
        if (size() > maxLength) {
            throw PyError { QStringLiteral("ValueError"),
                QCoreApplication::translate("Net", "line longer than %1 bytes: not the expected protocol")
                    .arg(maxLength) };
        }
        return std::nullopt;
    }
    QByteArray line = m_data.mid(m_pos, nl + 1 - m_pos);
    m_pos = nl + 1;
    m_scanned = m_pos;
    return line;
}

std::optional<QByteArray> ReadBuffer::takeExactly(qint64 n)
{
    if (size() < n)
        return std::nullopt;
    QByteArray out = m_data.mid(m_pos, qsizetype(n));
    m_pos += qsizetype(n);
    return out;
}

QByteArray ReadBuffer::takeSome(qint64 max)
{
    const qsizetype take = qsizetype(std::min(max, size()));
    QByteArray out = m_data.mid(m_pos, take);
    m_pos += take;
    return out;
}

void ReadBuffer::throwClosedInLine() const
{
    throw PyError { QStringLiteral("ConnectionError"),
        QCoreApplication::translate("Net", "the peer closed in the middle of a message (%1 bytes without an end of line)")
            .arg(size()) };
}

void ReadBuffer::throwClosedShort(qint64 wanted) const
{
    throw PyError { QStringLiteral("ConnectionError"),
        QCoreApplication::translate("Net", "the peer closed in the middle of a message (%1 of %2 bytes)")
            .arg(size())
            .arg(wanted) };
}

} // namespace interleave
