// SPDX-License-Identifier: MIT
#pragma once

#include "export/imageexporter.h"
#include "trace/trace.h"
#include "window/theme.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QSplitter;

namespace interleave {

class ExplanationPanel;
class ExportDialog;
class OutcomePanel;
class ParamForm;
class Playback;
class RecentFiles;
class RunController;
class RunViews;
class ScenarioBrowser;
class TransportBar;

// The window a user lives in: pick a scenario on the left, tweak it, run it; watch the scene and
// the timeline in the middle; read the explanation, the outcome and the inspector on the right.
// Layout, last scenario, its parameters, speed, theme and export choices persist in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioBrowser* browser() const { return m_browser; }
    ParamForm* paramForm() const { return m_params; }
    ExplanationPanel* explanation() const { return m_explanation; }
    OutcomePanel* outcome() const { return m_outcome; }
    TransportBar* transport() const { return m_transport; }
    Playback* playback() const { return m_playback; }
    RunController* runs() const { return m_runs; }
    RunViews* views() const { return m_views; }
    RecentFiles* recentFiles() const { return m_recent; }
    ExportDialog* exportDialog() const; // while one is open

    const Trace& trace() const { return m_trace; } // what is on display
    QString currentScenario() const { return m_scenario; }
    QString statusText() const;
    Theme::Mode themeMode() const { return m_theme; }
    bool isDark() const;
    bool showLegend() const;
    QList<QAction*> shortcutActions() const; // every action with a shortcut, in menu order

public slots:
    void selectScenario(const QString& id);
    void run();
    void stop();
    void open(); // asks for a file
    bool openTrace(const QString& path);
    void saveAs(); // asks for a file
    bool saveTrace(const QString& path);
    void exportImage(); // opens the export dialog
    bool exportTo(const QString& path, const ExportOptions& options);
    void setThemeMode(Theme::Mode mode);
    void setShowLegend(bool show);
    void showShortcuts();
    void about();

signals:
    void runFinished(const Trace& trace); // a run ended and its trace is on display
    void traceShown(const Trace& trace); // a finished run or an opened file is on display
    void exportFinished(const QString& path, bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void readSettings();
    void writeLayout() const;

    void onScenarioChosen(const QString& id);
    void onParamsChanged();
    void onLiveTrace(const Trace& trace, bool first);
    void onRunFinished(const Trace& trace, qint64 wallMs);
    void onRunFailed(const QString& message);
    void showTrace(const Trace& trace);
    void showOutcome(const Trace& trace);
    void showError(const QString& title, const QString& text);
    void setStatus(const QString& text);
    void updateActions();
    void updateTitle();
    void syncDark();

    Playback* m_playback = nullptr;
    RunController* m_runs = nullptr;
    RunViews* m_views = nullptr;
    ScenarioBrowser* m_browser = nullptr;
    ParamForm* m_params = nullptr;
    ExplanationPanel* m_explanation = nullptr;
    OutcomePanel* m_outcome = nullptr;
    TransportBar* m_transport = nullptr;
    RecentFiles* m_recent = nullptr;
    QSplitter* m_centre = nullptr;
    QLabel* m_status = nullptr;
    QPointer<ExportDialog> m_exportDialog;

    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_resetParamsAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_endAction = nullptr;
    QAction* m_slowerAction = nullptr;
    QAction* m_fasterAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_legendAction = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_resetLayoutAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QList<QMenu*> m_menus;

    Trace m_trace;
    QString m_scenario;
    Theme::Mode m_theme = Theme::Mode::System;
    QByteArray m_defaultState;
    bool m_stopRequested = false;
    bool m_loadingSchema = false;
};

} // namespace interleave
