// SPDX-License-Identifier: MIT
#include "cli.h"
#include "desktop.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

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
