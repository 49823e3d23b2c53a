// SPDX-License-Identifier: MIT
#pragma once

// Helpers of the process tests: what /proc says about the test's own children and /dev/shm.

#include <QDir>
#include <QFile>
#include <QStringList>

#include <unistd.h>

namespace interleave::proctest {

// Pids whose parent is this process (zombies included: a child not reaped still counts).
inline QList<qint64> childrenOfThisProcess()
{
    QList<qint64> out;
    const qint64 me = qint64(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == me)
            out << pid;
    }
    return out;
}

// Names in /dev/shm this process's runs created ("interleave-<pid>-...").
inline QStringList ourShmNames()
{
    const QString prefix = QStringLiteral("interleave-%1-").arg(qint64(::getpid()));
    QStringList out;
    for (const QString& n : QDir(QStringLiteral("/dev/shm")).entryList(QDir::Files | QDir::System)) {
        if (n.startsWith(prefix))
            out << n;
    }
    return out;
}

} // namespace interleave::proctest
