// SPDX-License-Identifier: MIT
#include "process/spawn.h"

#include "process/wire.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>

extern char** environ;

namespace interleave {

namespace {

// Its strings' translation context, "Process", for lupdate and for the lookup alike.
struct ProcessText {
    Q_DECLARE_TR_FUNCTIONS(Process)
};

QString executableDir()
{
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    return QFileInfo(QString::fromLocal8Bit(buf, n)).absolutePath();
}

} // namespace

QString workerPath()
{
    const QString fromEnv = qEnvironmentVariable("INTERLEAVE_WORKER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString nextToUs = executableDir() + QStringLiteral("/interleave-worker");
#ifdef INTERLEAVE_BUILT_WORKER
    if (!QFileInfo::exists(nextToUs) && QFileInfo::exists(QStringLiteral(INTERLEAVE_BUILT_WORKER)))
        return QStringLiteral(INTERLEAVE_BUILT_WORKER);
#endif
    return nextToUs;
}

pid_t spawnWorker(const QString& path, int control, int events, const std::vector<int>& passed, QString* error)
{
    const QByteArray file = path.toLocal8Bit();
    if (::access(file.constData(), X_OK) != 0) {
        *error = ProcessText::tr(
            "cannot start a child process: the worker executable %1 is missing or not executable (%2); "
            "it is built next to the interleave program, or set INTERLEAVE_WORKER to its path")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    // Each source is first copied above every target number, so that no dup2 overwrites a source
    // a later one still needs. The copies are close-on-exec in the parent and closed right after.
    const int targets = wire::FirstPassedFd + int(passed.size());
    std::vector<int> sources { control, events };
    sources.insert(sources.end(), passed.begin(), passed.end());
    std::vector<int> copies;
    auto closeCopies = [&copies] {
        for (int fd : copies)
            ::close(fd);
    };
    for (int fd : sources) {
        const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, targets);
        if (copy < 0) {
            *error
                = ProcessText::tr("cannot start a child process: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            closeCopies();
            return -1;
        }
        copies.push_back(copy);
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (std::size_t i = 0; i < copies.size(); ++i)
        posix_spawn_file_actions_adddup2(&actions, copies[i], wire::ControlFd + int(i));
    posix_spawn_file_actions_addclosefrom_np(&actions, targets);

    // A clean signal state: the spawning thread may block signals, and the app may ignore SIGPIPE.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int sig : { SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD, SIGUSR1, SIGUSR2 })
        sigaddset(&defaults, sig);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const QByteArray parentArg = "--parent=" + QByteArray::number(qint64(::getpid()));
    char* argv[] = { const_cast<char*>(file.constData()), const_cast<char*>(parentArg.constData()), nullptr };
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, file.constData(), &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    closeCopies();
    if (rc != 0) {
        *error = ProcessText::tr("cannot start the worker executable %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(rc)));
        return -1;
    }
    return pid;
}

} // namespace interleave
