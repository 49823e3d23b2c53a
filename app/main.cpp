// SPDX-License-Identifier: MIT
#include "cli.h"
#include "desktop.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QTextStream>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <memory>

namespace {

QStringList arguments(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// Qt warns on stderr without a private runtime directory; a headless shell often has none.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/interleave-runtime-" + QByteArray::number(getuid());
    if (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) {
        struct stat st {};
        if (lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid()
            && (st.st_mode & 0777) == 0700)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = arguments(argc, argv);
    if (!interleave::Cli::wantsCli(args))
        return interleave::runDesktop(argc, argv);

    // The command line works without a display: images are drawn offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (interleave::Cli::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Interleave"));
    QCoreApplication::setOrganizationName(QStringLiteral("Interleave"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INTERLEAVE_VERSION));
    interleave::installTranslations();

    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        return interleave::Cli::run(args, out, err);
    } catch (const std::exception& e) {
        err << QStringLiteral("interleave: internal error: ") << QString::fromLocal8Bit(e.what()) << Qt::endl;
        return interleave::Cli::Internal;
    }
}
