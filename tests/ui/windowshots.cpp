// SPDX-License-Identifier: MIT
// Screenshots of the main window for the README: runs one scenario, puts the playhead at a moment
// of the run and saves the window as a PNG. Not a test; run it under Xvfb (see docs/screenshots).
//   interleave_windowshots OUT.png SCENARIO [NAME=VALUE]... [--at FRACTION|deadlock] [--dark] [--size WxH]
#include "panels/paramform.h"
#include "playback/playback.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace interleave;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InterleaveShots"));
    QApplication::setApplicationName(QStringLiteral("windowshots"));
    QTextStream err(stderr);
    QStringList args = QApplication::arguments().mid(1);
    if (args.size() < 2) {
        err << "usage: interleave_windowshots OUT.png SCENARIO [NAME=VALUE]... [--at FRACTION|deadlock] [--dark] "
               "[--size WxH]\n";
        return 2;
    }
    // A fresh settings store: the picture must not depend on whoever ran it before.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    const QString out = args.takeFirst();
    const QString scenario = args.takeFirst();
    double at = 1.0;
    bool atDeadlock = false; // --at deadlock: the moment the engine found it
    bool dark = false;
    QSize size(1600, 1000);
    QVariantMap params;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--at") && i + 1 < args.size()) {
            const QString v = args.at(++i);
            atDeadlock = v == QLatin1String("deadlock");
            at = v.toDouble();
        } else if (a == QLatin1String("--dark")) {
            dark = true;
        } else if (a == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args.at(++i).split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        } else if (a.contains(QLatin1Char('='))) {
            const QString name = a.section(QLatin1Char('='), 0, 0);
            const QString value = a.section(QLatin1Char('='), 1);
            bool isInt = false;
            const qint64 n = value.toLongLong(&isInt);
            if (isInt)
                params.insert(name, n);
            else if (value == QLatin1String("true") || value == QLatin1String("false"))
                params.insert(name, value == QLatin1String("true"));
            else
                params.insert(name, value);
        }
    }

    MainWindow w;
    if (dark)
        w.setThemeMode(Theme::Mode::Dark);
    w.resize(size);
    w.move(0, 0);
    w.show();
    w.selectScenario(scenario);
    if (w.currentScenario() != scenario) {
        err << "unknown scenario " << scenario << "\n";
        return 2;
    }
    w.paramForm()->setValues(params);
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.run();
    if (!finished.wait(120000)) {
        err << "the run did not finish\n";
        return 1;
    }
    qint64 t = qint64(double(w.trace().duration()) * at);
    if (atDeadlock) {
        for (const Instant& i : w.trace().instants())
            if (i.kind == InstantKind::Deadlock) {
                t = i.time;
                break;
            }
    }
    w.playback()->seek(t);
    // Let the views settle (animations, delayed layouts) before the picture is taken.
    QEventLoop settle;
    QTimer::singleShot(1500, &settle, &QEventLoop::quit);
    settle.exec();
    if (!w.grab().save(out)) {
        err << "cannot write " << out << "\n";
        return 1;
    }
    return 0;
}
