// SPDX-License-Identifier: MIT
#include "desktop.h"

#include "window/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace interleave {

void installTranslations()
{
    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("interleave"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int runDesktop(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Interleave"));
    QApplication::setOrganizationName(QStringLiteral("Interleave"));
    QApplication::setApplicationVersion(QStringLiteral(INTERLEAVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("interleave"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/interleave.svg")));
    installTranslations();
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace interleave
