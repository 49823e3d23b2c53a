// SPDX-License-Identifier: MIT
// MainWindow: its actions (with their shortcuts) and menus.
#include "window/mainwindow.h"

#include "playback/playback.h"
#include "window/recentfiles.h"
#include "window/runviews.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>

namespace interleave {

namespace {

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const char* iconName, std::initializer_list<QKeySequence> keys) {
        auto* a = new QAction(text, this);
        if (iconName)
            a->setIcon(icon(iconName));
        a->setShortcuts(QList<QKeySequence>(keys));
        addAction(a); // window-wide, also when the menu bar is hidden
        return a;
    };

    m_openAction = make(tr("&Open Trace\u2026"), "open", { QKeySequence::Open });
    m_openAction->setIconText(tr("Open"));
    m_openAction->setToolTip(tr("Open a trace saved before (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveAction = make(tr("&Save Trace\u2026"), "save", { QKeySequence::Save });
    m_saveAction->setIconText(tr("Save"));
    m_saveAction->setToolTip(tr("Save this run as a trace that Perfetto opens (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_exportAction = make(tr("&Export Image\u2026"), "export", { QKeySequence(Qt::CTRL | Qt::Key_E) });
    m_exportAction->setIconText(tr("Export"));
    m_exportAction->setToolTip(tr("Export the picture as PNG, SVG or PDF (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportImage);
    m_quitAction = make(tr("&Quit"), nullptr, { QKeySequence(Qt::CTRL | Qt::Key_Q) });
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_runAction = make(tr("&Run"), "run", { QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5) });
    m_runAction->setToolTip(tr("Run the scenario with these parameters (Ctrl+R, F5)"));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::run);
    m_stopAction = make(tr("S&top"), "stop", { QKeySequence(Qt::Key_Escape) });
    m_stopAction->setToolTip(tr("Stop the run (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);
    m_resetParamsAction = make(tr("Reset &Parameters"), nullptr, {});
    m_findAction = make(tr("&Find Scenario"), nullptr, { QKeySequence::Find });

    m_playAction = make(tr("&Play"), "play", { QKeySequence(Qt::Key_Space) });
    connect(m_playAction, &QAction::triggered, m_playback, &Playback::togglePlay);
    m_previousAction = make(tr("P&revious Event"), "previous", { QKeySequence(Qt::Key_Left) });
    m_previousAction->setToolTip(tr("Move the playhead to the previous moment something happened (Left)"));
    connect(m_previousAction, &QAction::triggered, m_playback, &Playback::previousEvent);
    m_nextAction = make(tr("&Next Event"), "next", { QKeySequence(Qt::Key_Right) });
    m_nextAction->setToolTip(tr("Move the playhead to the next moment something happens (Right)"));
    connect(m_nextAction, &QAction::triggered, m_playback, &Playback::nextEvent);
    m_startAction = make(tr("Go to &Start"), nullptr, { QKeySequence(Qt::Key_Home) });
    connect(m_startAction, &QAction::triggered, m_playback, [this] { m_playback->seek(0); });
    m_endAction = make(tr("Go to &End"), nullptr, { QKeySequence(Qt::Key_End) });
    connect(m_endAction, &QAction::triggered, m_playback, [this] { m_playback->seek(m_playback->trace().duration()); });
    m_slowerAction = make(tr("&Slower (÷10)"), nullptr, { QKeySequence(Qt::Key_BracketLeft) });
    connect(
        m_slowerAction, &QAction::triggered, m_playback, [this] { m_playback->setSpeed(m_playback->speed() / 10); });
    m_fasterAction = make(tr("&Faster (×10)"), nullptr, { QKeySequence(Qt::Key_BracketRight) });
    connect(
        m_fasterAction, &QAction::triggered, m_playback, [this] { m_playback->setSpeed(m_playback->speed() * 10); });

    m_zoomInAction = make(tr("Zoom &In"), nullptr, { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn });
    connect(m_zoomInAction, &QAction::triggered, m_views, &RunViews::zoomIn);
    m_zoomOutAction = make(tr("Zoom &Out"), nullptr, { QKeySequence(Qt::CTRL | Qt::Key_Minus) });
    connect(m_zoomOutAction, &QAction::triggered, m_views, &RunViews::zoomOut);
    m_fitAction = make(tr("&Fit the Whole Run"), nullptr, { QKeySequence(Qt::CTRL | Qt::Key_0) });
    connect(m_fitAction, &QAction::triggered, m_views, &RunViews::fit);
    m_legendAction = make(tr("Show &Legend"), nullptr, { QKeySequence(Qt::CTRL | Qt::Key_L) });
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, this, &MainWindow::setShowLegend);

    m_themeGroup = new QActionGroup(this);
    const QList<QPair<QString, Theme::Mode>> themes { { tr("Follow the &System"), Theme::Mode::System },
        { tr("&Light"), Theme::Mode::Light }, { tr("&Dark"), Theme::Mode::Dark } };
    for (const auto& [text, mode] : themes) {
        QAction* a = m_themeGroup->addAction(text);
        a->setCheckable(true);
        a->setData(int(mode));
        a->setChecked(mode == Theme::Mode::System);
        connect(a, &QAction::triggered, this, [this, mode] { setThemeMode(mode); });
    }
    m_resetLayoutAction = make(tr("&Reset Layout"), nullptr, {});
    connect(m_resetLayoutAction, &QAction::triggered, this, [this] { restoreState(m_defaultState); });

    m_shortcutsAction = make(tr("&Keyboard Shortcuts"), nullptr, { QKeySequence::HelpContents });
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = make(tr("&About Interleave"), nullptr, {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = make(tr("About &Qt"), nullptr, {});
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    QMenu* recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(recentMenu, this);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* runMenu = menuBar()->addMenu(tr("&Run"));
    runMenu->addAction(m_runAction);
    runMenu->addAction(m_stopAction);
    runMenu->addSeparator();
    runMenu->addAction(m_resetParamsAction);
    runMenu->addAction(m_findAction);

    QMenu* play = menuBar()->addMenu(tr("&Playback"));
    play->addAction(m_playAction);
    play->addAction(m_previousAction);
    play->addAction(m_nextAction);
    play->addAction(m_startAction);
    play->addAction(m_endAction);
    play->addSeparator();
    play->addAction(m_slowerAction);
    play->addAction(m_fasterAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAction);
    view->addSeparator();
    view->addAction(m_legendAction);
    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    const QList<QDockWidget*> docks = findChildren<QDockWidget*>();
    for (QDockWidget* d : docks)
        panels->addAction(d->toggleViewAction());
    view->addAction(m_resetLayoutAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
    m_menus = { file, runMenu, play, view, help };
}

QList<QAction*> MainWindow::shortcutActions() const
{
    QList<QAction*> out;
    for (QMenu* menu : m_menus) {
        const QList<QAction*> actions = menu->actions();
        for (QAction* a : actions)
            if (!a->shortcuts().isEmpty() && !out.contains(a))
                out << a;
    }
    return out;
}

} // namespace interleave
