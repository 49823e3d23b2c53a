// SPDX-License-Identifier: MIT
#pragma once

// What a run leaves behind in the process: threads and sockets. For the core/net tests.

#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace interleave::nettest {

inline int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Ports named by the run's socket resources ("server :41234", "client-1 udp :41235").
inline QSet<int> runPorts(const Trace& t)
{
    static const QRegularExpression re(QStringLiteral(" :(\\d+)$"));
    QSet<int> out;
    for (const ResourceInfo& r : t.resources()) {
        const auto m = re.match(r.name);
        if (m.hasMatch())
            out.insert(m.captured(1).toInt());
    }
    return out;
}

// Sockets of `file` (/proc/net/tcp or /proc/net/udp) bound to or connected to one of `ports` on 127.0.0.1, except
// connections the kernel keeps in TIME_WAIT after both sides closed (state 06: no descriptor holds them).
inline QStringList boundSockets(const QString& file, const QSet<int>& ports)
{
    QFile f(file);
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines[i].simplified().split(' ');
        if (cols.size() < 4)
            continue;
        const QList<QByteArray> local = cols[1].split(':');
        const QList<QByteArray> remote = cols[2].split(':');
        if (local.size() != 2 || remote.size() != 2 || local[0] != "0100007F")
            continue;
        const int port = local[1].toInt(nullptr, 16);
        const int peer = remote[1].toInt(nullptr, 16);
        if ((ports.contains(port) || ports.contains(peer)) && cols[3] != "06")
            out << QString::fromLatin1(lines[i].simplified());
    }
    return out;
}

} // namespace interleave::nettest
