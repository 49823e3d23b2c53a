// SPDX-License-Identifier: MIT
#include "window/mainwindow.h"

#include "engine/registry.h"
#include "panels/explanationpanel.h"
#include "panels/outcomeformatter.h"
#include "panels/outcomepanel.h"
#include "panels/paramform.h"
#include "panels/scenariobrowser.h"
#include "playback/playback.h"
#include "scene/inspectorview.h"
#include "scene/sceneview.h"
#include "timeline/timelineview.h"
#include "window/recentfiles.h"
#include "window/runcontroller.h"
#include "window/runviews.h"
#include "window/shortcutsdialog.h"
#include "window/transportbar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace interleave {

namespace {

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QString paramsKey(const QString& scenario)
{
    return QStringLiteral("params/") + scenario;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("interleave"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_playback = new Playback(this);
    m_runs = new RunController(this);

    // The centre: the scene above (the star of the show), the timeline below, the transport under both.
    auto* centre = new QWidget(this);
    m_views = new RunViews(m_playback, centre);
    m_centre = new QSplitter(Qt::Vertical, centre);
    m_centre->setObjectName(QStringLiteral("centreSplitter"));
    m_centre->setChildrenCollapsible(false);
    m_centre->addWidget(m_views->scene());
    m_centre->addWidget(m_views->timeline());
    m_centre->setStretchFactor(0, 1);
    m_centre->setStretchFactor(1, 1);
    m_centre->setSizes({ 540, 460 }); // the scene a little larger; the timeline needs its lanes and legend
    m_transport = new TransportBar(m_playback, centre);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_centre, 1);
    centreLayout->addWidget(m_transport);
    setCentralWidget(centre);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);

    createActions();
    createDocks();
    createMenus();
    m_transport->setActions(m_previousAction, m_playAction, m_nextAction);

    m_browser->setScenarios(Registry::instance().all());

    connect(m_browser, &ScenarioBrowser::scenarioChosen, this, &MainWindow::onScenarioChosen);
    connect(m_browser, &ScenarioBrowser::runRequested, this, [this](const QString& id) {
        selectScenario(id);
        run();
    });
    connect(m_params, &ParamForm::paramsChanged, this, &MainWindow::onParamsChanged);
    connect(m_runs, &RunController::liveTraceUpdated, this, &MainWindow::onLiveTrace);
    connect(m_runs, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(m_runs, &RunController::failed, this, &MainWindow::onRunFailed);
    connect(m_playback, &Playback::playingChanged, this, &MainWindow::updateActions);
    connect(m_playback, &Playback::speedChanged, this,
        [](double speed) { QSettings().setValue(QStringLiteral("playback/speed"), speed); });
    connect(m_recent, &RecentFiles::fileChosen, this, &MainWindow::openTrace);

    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1600, 1000);
    resize(QSize(1560, 960).boundedTo(screen.size() * 0.95));
    m_defaultState = saveState();
    readSettings();
    syncDark();
    updateActions();
    updateTitle();
    setStatus(tr("Pick a scenario, then Run (Ctrl+R)."));
}

MainWindow::~MainWindow()
{
    // Tests and the app alike may destroy the window without closing it: keep the layout anyway.
    writeLayout();
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        d->setFeatures(
            QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, d);
        return d;
    };

    m_browser = new ScenarioBrowser(this);
    auto* browserDock = dock(tr("Scenarios"), QStringLiteral("scenariosDock"), m_browser, Qt::LeftDockWidgetArea);
    connect(m_findAction, &QAction::triggered, this, [this, browserDock] {
        browserDock->show();
        browserDock->raise();
        m_browser->findChild<QWidget*>(QStringLiteral("scenarioFilter"))->setFocus(Qt::ShortcutFocusReason);
    });

    // The parameters with the buttons that use them.
    auto* paramsBox = new QWidget(this);
    m_params = new ParamForm(paramsBox);
    connect(m_resetParamsAction, &QAction::triggered, m_params, &ParamForm::resetToDefaults);
    auto* runButton = new QPushButton(paramsBox);
    runButton->setObjectName(QStringLiteral("runButton"));
    auto* stopButton = new QPushButton(paramsBox);
    stopButton->setObjectName(QStringLiteral("stopButton"));
    runButton->setDefault(true);
    auto bindButton = [](QPushButton* button, QAction* action) {
        auto sync = [button, action] {
            button->setText(ShortcutsDialog::plainText(action->text()));
            button->setIcon(action->icon());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        };
        sync();
        QObject::connect(action, &QAction::changed, button, sync);
        QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    };
    bindButton(runButton, m_runAction);
    bindButton(stopButton, m_stopAction);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton, 1);
    buttons->addWidget(stopButton);
    auto* paramsLayout = new QVBoxLayout(paramsBox);
    paramsLayout->addWidget(m_params, 1);
    paramsLayout->addLayout(buttons);
    dock(tr("Parameters"), QStringLiteral("parametersDock"), paramsBox, Qt::LeftDockWidgetArea);

    m_explanation = new ExplanationPanel(this);
    auto* explanationDock
        = dock(tr("What It Shows"), QStringLiteral("explanationDock"), m_explanation, Qt::RightDockWidgetArea);
    m_outcome = new OutcomePanel(this);
    auto* outcomeDock = dock(tr("Outcome"), QStringLiteral("outcomeDock"), m_outcome, Qt::RightDockWidgetArea);
    auto* inspectorDock
        = dock(tr("Inspector"), QStringLiteral("inspectorDock"), m_views->inspector(), Qt::RightDockWidgetArea);
    resizeDocks({ explanationDock, outcomeDock, inspectorDock }, { 400, 110, 360 }, Qt::Vertical);
    resizeDocks({ explanationDock }, { 430 }, Qt::Horizontal);
    resizeDocks({ browserDock }, { 265 }, Qt::Horizontal);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_saveAction);
    toolbar->addAction(m_exportAction);
}

void MainWindow::readSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_centre->restoreState(s.value(QStringLiteral("window/centre")).toByteArray());
    m_recent->load();
    setShowLegend(s.value(QStringLiteral("view/legend"), true).toBool());
    setThemeMode(Theme::modeFromName(s.value(QStringLiteral("view/theme")).toString()));
    bool ok = false;
    const double speed = s.value(QStringLiteral("playback/speed"), 1.0).toDouble(&ok);
    m_playback->setSpeed(ok ? speed : 1.0);
    // The first start opens on the first lesson of the catalog rather than an empty form.
    QString last = s.value(QStringLiteral("scenario/last")).toString();
    if (last.isEmpty() && !Registry::instance().all().empty())
        last = Registry::instance().all().front()->id();
    if (!last.isEmpty())
        selectScenario(last);
}

void MainWindow::writeLayout() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/centre"), m_centre->saveState());
}

void MainWindow::selectScenario(const QString& id)
{
    if (!m_browser->selectScenario(id)) {
        // Filtered out of the tree: clear the filter rather than refuse.
        m_browser->setFilterText({});
        m_browser->selectScenario(id);
    }
}

void MainWindow::onScenarioChosen(const QString& id)
{
    const Scenario* scenario = Registry::instance().find(id);
    if (!scenario)
        return;
    m_scenario = id;
    QSettings s;
    s.setValue(QStringLiteral("scenario/last"), id);
    {
        const QScopedValueRollback loading(m_loadingSchema, true);
        m_params->setSchema(scenario->params(), s.value(paramsKey(id)).toMap());
    }
    m_explanation->setScenario(scenario);
    updateActions();
    updateTitle();
    if (!m_runs->isRunning())
        setStatus(tr("%1: press Run (Ctrl+R) to start.").arg(scenario->title()));
}

void MainWindow::onParamsChanged()
{
    if (m_loadingSchema || m_scenario.isEmpty())
        return;
    QSettings().setValue(paramsKey(m_scenario), m_params->values());
}

void MainWindow::run()
{
    if (m_scenario.isEmpty() || m_runs->isRunning())
        return;
    RunRequest request;
    request.scenario = m_scenario;
    request.params = m_params->values();
    request.seed = QRandomGenerator::global()->bounded(quint32(1), quint32(1000000));
    QString error;
    if (!m_runs->start(request, &error)) {
        showError(tr("Cannot run"), error);
        return;
    }
    m_stopRequested = false;
    m_playback->pause();
    m_outcome->setMessage(tr("Running\u2026"));
    setStatus(tr("Running %1\u2026").arg(m_scenario));
    updateActions();
    // The keys for the replay (Space, arrows) should work straight away.
    m_views->timeline()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::stop()
{
    if (!m_runs->isRunning())
        return;
    m_stopRequested = true;
    setStatus(tr("Stopping\u2026"));
    m_runs->stop();
}

void MainWindow::onLiveTrace(const Trace& trace, bool first)
{
    m_views->setTrace(trace, !first);
    // The scene and the inspector show the live "now": the end of what has arrived.
    m_playback->setTrace(trace);
    m_playback->seek(trace.duration());
    setStatus(tr("Running %1\u2026 %2 events, %3")
                  .arg(m_scenario, QLocale().toString(qint64(trace.events().size())),
                      TransportBar::formatTime(trace.duration())));
}

void MainWindow::onRunFinished(const Trace& trace, qint64 wallMs)
{
    Q_UNUSED(wallMs)
    showTrace(trace);
    const QString events = QLocale().toString(qint64(trace.events().size()));
    const QString length = TransportBar::formatTime(trace.duration());
    if (trace.meta().outcome.value(QStringLiteral("deadlock")).toBool())
        setStatus(tr("Deadlock found after %1 \u2014 %2 events. The playhead is at the moment it froze.")
                      .arg(length, events));
    else if (m_stopRequested)
        setStatus(tr("Stopped after %1 \u2014 %2 events.").arg(length, events));
    else
        setStatus(tr("Finished in %1 \u2014 %2 events. Press Space to replay.").arg(length, events));
    m_stopRequested = false;
    updateActions();
    emit runFinished(trace);
}

void MainWindow::onRunFailed(const QString& message)
{
    m_stopRequested = false;
    setStatus(tr("The run failed: %1").arg(message));
    m_outcome->setMessage(tr("The run failed: %1").arg(message));
    updateActions();
    showError(tr("Run failed"), message);
}

void MainWindow::showTrace(const Trace& trace)
{
    m_trace = trace;
    m_views->setTrace(trace, false);
    m_playback->setTrace(trace);
    // Land where the story does: the moment a deadlock was found (everyone still stuck in place, not
    // yet cancelled), otherwise the end (the final counter). Space replays from the start.
    qint64 landing = trace.duration();
    for (const Instant& i : trace.instants()) {
        if (i.kind == InstantKind::Deadlock) {
            landing = i.time;
            break;
        }
    }
    m_playback->seek(landing);
    showOutcome(trace);
    updateActions();
    updateTitle();
    emit traceShown(trace);
}

void MainWindow::showOutcome(const Trace& trace)
{
    const QVariantMap& o = trace.meta().outcome;
    const bool alarming
        = o.value(QStringLiteral("deadlock")).toBool() || o.value(QStringLiteral("lost")).toLongLong() > 0;
    const QStringList sentences = OutcomeFormatter::sentences(trace);
    if (sentences.isEmpty())
        m_outcome->setMessage(tr("The run reported no outcome."));
    else
        m_outcome->setSentences(sentences, alarming);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::setStatus(const QString& text)
{
    m_status->setText(text);
}

void MainWindow::updateActions()
{
    const bool running = m_runs->isRunning();
    const bool haveTrace = !m_trace.isEmpty();
    m_runAction->setEnabled(!running && !m_scenario.isEmpty());
    m_stopAction->setEnabled(running);
    m_resetParamsAction->setEnabled(!m_scenario.isEmpty());
    m_saveAction->setEnabled(haveTrace && !running);
    m_exportAction->setEnabled(haveTrace && !running);
    const bool canPlay = !running && m_playback->trace().duration() > 0;
    for (QAction* a : { m_playAction, m_previousAction, m_nextAction, m_startAction, m_endAction })
        a->setEnabled(canPlay);
    const bool playing = m_playback->isPlaying();
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playAction->setIcon(icon(playing ? "pause" : "play"));
    m_playAction->setToolTip(playing ? tr("Pause the replay (Space)") : tr("Replay the run (Space)"));
}

void MainWindow::updateTitle()
{
    QString what;
    if (!m_trace.isEmpty() && !m_trace.meta().title.isEmpty())
        what = m_trace.meta().title;
    else if (const Scenario* s = Registry::instance().find(m_scenario))
        what = s->title();
    setWindowTitle(what.isEmpty() ? tr("Interleave") : tr("%1 \u2014 Interleave").arg(what));
}

void MainWindow::setThemeMode(Theme::Mode mode)
{
    m_theme = mode;
    Theme::apply(mode);
    for (QAction* a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(mode));
    QSettings().setValue(QStringLiteral("view/theme"), Theme::modeName(mode));
    syncDark();
}

bool MainWindow::isDark() const
{
    return Theme::isDark(QApplication::palette());
}

void MainWindow::syncDark()
{
    m_views->setDark(isDark());
}

bool MainWindow::showLegend() const
{
    return m_legendAction->isChecked();
}

void MainWindow::setShowLegend(bool show)
{
    if (m_legendAction->isChecked() != show)
        m_legendAction->setChecked(show); // comes back here through toggled
    m_views->setShowLegend(show);
    QSettings().setValue(QStringLiteral("view/legend"), show);
}

void MainWindow::changeEvent(QEvent* event)
{
    // The desktop switched between light and dark, or the View menu did.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        syncDark();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_runs->stop();
    writeLayout();
    QMainWindow::closeEvent(event);
}

} // namespace interleave
