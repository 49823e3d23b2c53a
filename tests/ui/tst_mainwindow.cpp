// SPDX-License-Identifier: MIT
#include "panels/outcomepanel.h"
#include "panels/paramform.h"
#include "panels/scenariobrowser.h"
#include "panels/scenariomodel.h"
#include "playback/playback.h"
#include "window/exportdialog.h"
#include "window/mainwindow.h"
#include "window/recentfiles.h"
#include "window/runcontroller.h"
#include "window/shortcutsdialog.h"
#include "window/transportbar.h"

#include "scene/inspectormodel.h"
#include "scene/inspectorview.h"
#include "scene/sceneview.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace interleave;

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;

    static constexpr int RunTimeoutMs = 120000; // a slow shared machine, maybe under a sanitizer

    static void chooseInBrowser(MainWindow& w, const QString& id)
    {
        QTreeView* view = w.browser()->view();
        const QModelIndex index = w.browser()->proxy()->mapFromSource(w.browser()->model()->indexOf(id));
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(w.currentScenario(), id);
    }

    static void setInt(MainWindow& w, const char* name, int value)
    {
        auto* spin = qobject_cast<QSpinBox*>(w.paramForm()->editor(QString::fromLatin1(name)));
        QVERIFY2(spin, name);
        spin->setValue(value);
        QCOMPARE(spin->value(), value);
    }

    // Runs the chosen scenario with the Run button and waits for the end.
    static void runToEnd(MainWindow& w)
    {
        QSignalSpy finished(&w, &MainWindow::runFinished);
        auto* button = w.findChild<QPushButton*>(QStringLiteral("runButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(w.runs()->isRunning());
        QVERIFY(finished.wait(RunTimeoutMs));
        QVERIFY(!w.trace().isEmpty());
    }

    static int resourceNamed(const Trace& trace, const QString& name)
    {
        for (std::size_t r = 0; r < trace.resources().size(); ++r)
            if (trace.resources()[r].name == name)
                return int(r);
        return -1;
    }

    // A short semaphore run: 4 workers, 2 permits; returns with the trace on display.
    static void runSemaphore(MainWindow& w, int holdMs)
    {
        chooseInBrowser(w, QStringLiteral("threads.semaphore"));
        setInt(w, "workers", 4);
        setInt(w, "permits", 2);
        setInt(w, "hold_ms", holdMs);
        runToEnd(w);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InterleaveTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        // Error boxes left open by a failed check must not leak into the next test.
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget* top : widgets)
            if (qobject_cast<QMessageBox*>(top))
                top->close();
    }

    void testSemaphoreRunThenInspectAMoment()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runSemaphore(w, 300);
        const Trace trace = w.trace();
        QCOMPARE(trace.meta().scenario, QStringLiteral("threads.semaphore"));
        QCOMPARE(trace.meta().params.value(QStringLiteral("hold_ms")).toLongLong(), 300);
        QVERIFY(w.outcome()->sentences().contains(QStringLiteral("at most 2 at once (max_concurrent 2)")));
        QVERIFY(w.statusText().startsWith(QStringLiteral("Finished in")));

        // A moment while the first two hold their permits: by then the other two queue at the door.
        const int permits = resourceNamed(trace, QStringLiteral("permits"));
        QVERIFY(permits >= 0);
        std::vector<HoldInterval> holds = trace.holds(permits);
        QCOMPARE(holds.size(), std::size_t(4));
        const qint64 t = (holds[1].start + std::min(holds[0].end, holds[1].end)) / 2;

        // Move the playhead with the scrub slider, as a user would.
        QSlider* scrub = w.transport()->scrubSlider();
        scrub->setValue(int(double(t) * scrub->maximum() / double(trace.duration())));
        const qint64 now = w.playback()->time();
        QVERIFY(std::abs(now - t) <= trace.duration() / scrub->maximum() + 1);
        QCOMPARE(trace.holdersAt(permits, now).size(), std::size_t(2));

        // Who is waiting, in the order they started to wait.
        std::vector<std::pair<qint64, int>> waiting;
        for (std::size_t a = 0; a < trace.actors().size(); ++a) {
            const StateInterval* s = trace.stateAt(int(a), now);
            if (s && s->state == State::Blocked && s->resource == permits)
                waiting.push_back({ s->start, int(a) });
        }
        std::sort(waiting.begin(), waiting.end());
        QCOMPARE(waiting.size(), std::size_t(2));

        // The scene draws the same moment: two tokens in the permit slots, two queued at the door.
        auto* scene = w.findChild<SceneView*>();
        QVERIFY(scene);
        QCOMPARE(scene->time(), now);
        const ResourceSnapshot* drawn = scene->snapshot().resource(permits);
        QVERIFY(drawn);
        QCOMPARE(drawn->holders.size(), std::size_t(2));
        QCOMPARE(drawn->waiters, (std::vector<int> { waiting[0].second, waiting[1].second }));

        auto* inspector = w.findChild<InspectorView*>();
        QVERIFY(inspector);
        const SceneSnapshot& snap = inspector->model()->snapshot();
        QCOMPARE(snap.time, now);
        const ResourceSnapshot* r = snap.resource(permits);
        QVERIFY(r);
        QCOMPARE(r->holders.size(), std::size_t(2)); // exactly `permits` holders
        QCOMPARE(r->waiters.size(), std::size_t(2)); // the rest wait...
        QCOMPARE(r->waiters[0], waiting[0].second); // ...in the order they arrived
        QCOMPARE(r->waiters[1], waiting[1].second);
        // The tree the user reads: the permits row has two holder rows, then the two waiters in order.
        InspectorModel* model = inspector->model();
        const QModelIndex resources = model->resourcesIndex();
        QModelIndex permitsRow;
        for (int row = 0; row < model->rowCount(resources); ++row) {
            const QModelIndex i = model->index(row, 0, resources);
            if (i.data(InspectorModel::ResourceRole).toInt() == permits)
                permitsRow = i;
        }
        QVERIFY(permitsRow.isValid());
        QCOMPARE(model->rowCount(permitsRow), 4);
        QCOMPARE(model->index(2, 0, permitsRow).data(InspectorModel::ActorRole).toInt(), waiting[0].second);
        QCOMPARE(model->index(3, 0, permitsRow).data(InspectorModel::ActorRole).toInt(), waiting[1].second);
    }

    // One selection across the views: picking a thread on the timeline shows its row in the inspector,
    // and activating a row in the inspector highlights that thread's lane.
    void testSelectionFollowsAcrossViews()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runSemaphore(w, 20);
        auto* timeline = w.findChild<TimelineView*>();
        auto* inspector = w.findChild<InspectorView*>();
        QVERIFY(timeline && inspector);
        const int actor = 2;
        QVERIFY(actor < int(w.trace().actors().size()));

        timeline->setSelectedActor(actor); // what a click on the lane does
        const QModelIndex current = inspector->treeView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.parent(), inspector->model()->actorsIndex());
        QCOMPARE(current.row(), actor);

        emit inspector->actorActivated(1);
        QCOMPARE(timeline->selectedActor(), 1);
    }

    void testPlaybackKeys()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        runSemaphore(w, 50);
        const qint64 end = w.trace().duration();
        QCOMPARE(w.playback()->time(), end); // a finished run shows where it landed
        QTest::keyClick(&w, Qt::Key_Left);
        const qint64 previous = w.playback()->time();
        QVERIFY(previous < end);
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(w.playback()->time(), 0);
        QTest::keyClick(&w, Qt::Key_Right);
        QVERIFY(w.playback()->time() > 0);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.playback()->isPlaying());
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(!w.playback()->isPlaying());
        QTest::keyClick(&w, Qt::Key_BracketLeft);
        QCOMPARE(w.transport()->speedText(), QStringLiteral("0.1x"));
    }

    void testRaceOutcomeInWords()
    {
        MainWindow w;
        w.show();
        chooseInBrowser(w, QStringLiteral("threads.race"));
        setInt(w, "threads", 4);
        setInt(w, "increments", 1000);
        runToEnd(w);
        const QStringList sentences = w.outcome()->sentences();
        QVERIFY(!sentences.isEmpty());
        const QVariantMap o = w.trace().meta().outcome;
        const qint64 lost = o.value(QStringLiteral("lost")).toLongLong();
        const QString counter = QLocale().toString(o.value(QStringLiteral("counter")).toLongLong());
        if (lost == 0)
            QCOMPARE(sentences.first(), QStringLiteral("counter %1 of 4,000: no update lost").arg(counter));
        else if (lost > 1)
            QCOMPARE(sentences.first(),
                QStringLiteral("counter %1 of 4,000: %2 updates lost").arg(counter, QLocale().toString(lost)));
    }

    void testDeadlockFound()
    {
        MainWindow w;
        w.show();
        chooseInBrowser(w, QStringLiteral("threads.deadlock"));
        runToEnd(w);
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Deadlock found")), qPrintable(w.statusText()));
        QCOMPARE(w.outcome()->sentences().first(),
            QStringLiteral("deadlock: philosopher 1 waits for fork 2, held by philosopher 2, who waits for fork 1"));
        // The playhead lands on the moment the cycle was found, where the picture shows it.
        const auto& instants = w.trace().instants();
        const auto found = std::find_if(
            instants.begin(), instants.end(), [](const Instant& i) { return i.kind == InstantKind::Deadlock; });
        QVERIFY(found != instants.end());
        QCOMPARE(w.playback()->time(), found->time);
        const SceneSnapshot& snap = w.findChild<SceneView*>()->snapshot();
        QVERIFY(snap.deadlock.has_value());
        for (std::size_t a = 1; a < snap.actors.size(); ++a)
            QCOMPARE(snap.actors[a].state, State::Blocked); // both philosophers, each on the other's fork
    }

    void testLiveRunGrowsThenStops()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        chooseInBrowser(w, QStringLiteral("threads.lock"));
        setInt(w, "rounds", 100);
        setInt(w, "hold_ms", 20);
        setInt(w, "think_ms", 10);
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.run();
        QVERIFY(w.runs()->isRunning());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
        // The picture grows while the run goes on.
        QVERIFY(QTest::qWaitFor([&] { return w.playback()->trace().events().size() > 0; }, RunTimeoutMs));
        const std::size_t first = w.playback()->trace().events().size();
        QVERIFY(QTest::qWaitFor([&] { return w.playback()->trace().events().size() > first; }, RunTimeoutMs));
        QVERIFY(w.runs()->isRunning());
        QVERIFY(w.statusText().startsWith(QStringLiteral("Running threads.lock")));
        // Esc stops it.
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(finished.wait(10000));
        QVERIFY(!w.runs()->isRunning());
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Stopped after")), qPrintable(w.statusText()));
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
    }

    void testExportFromTheDialog_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void testExportFromTheDialog()
    {
        QFETCH(QString, format);
        MainWindow w;
        w.show();
        runSemaphore(w, 50);
        w.exportImage();
        ExportDialog* dialog = w.exportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString path = m_files.filePath(QStringLiteral("export.") + format);
        QFile::remove(path);
        dialog->setFormat(format);
        dialog->setPath(path);
        ExportOptions o = dialog->options();
        o.size = QSize(900, 500);
        o.dark = true;
        dialog->setOptions(o);
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        dialog->accept();
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(1024);
        if (format == QLatin1String("png")) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(900, 500));
        } else if (format == QLatin1String("svg")) {
            QVERIFY(head.contains("<svg"));
        } else {
            QVERIFY(head.startsWith("%PDF"));
        }
        // The next export starts from these choices.
        QTRY_VERIFY(!w.exportDialog());
        w.exportImage();
        QVERIFY(w.exportDialog());
        QCOMPARE(w.exportDialog()->format(), format);
        QCOMPARE(w.exportDialog()->options().size, QSize(900, 500));
        QCOMPARE(w.exportDialog()->options().dark, true);
        w.exportDialog()->reject();
    }

    void testExportErrorIsShown()
    {
        MainWindow w;
        w.show();
        runSemaphore(w, 50);
        QVERIFY(!w.exportTo(QStringLiteral("/nonexistent-dir/x/y.png"), ExportOptions {}));
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("y.png")));
    }

    void testSaveAndReopen()
    {
        const QString path = m_files.filePath(QStringLiteral("semaphore.json"));
        Trace saved;
        QStringList sentences;
        {
            MainWindow w;
            w.show();
            runSemaphore(w, 50);
            QVERIFY(w.saveTrace(path));
            QVERIFY(QFile::exists(path));
            saved = w.trace();
            sentences = w.outcome()->sentences();
            QCOMPARE(w.recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());
        }
        MainWindow w;
        w.show();
        chooseInBrowser(w, QStringLiteral("threads.race"));
        QSignalSpy shown(&w, &MainWindow::traceShown);
        QVERIFY(w.openTrace(path));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(w.trace().events().size(), saved.events().size());
        QCOMPARE(w.trace().actors().size(), saved.actors().size());
        QCOMPARE(w.currentScenario(), QStringLiteral("threads.semaphore"));
        QCOMPARE(w.paramForm()->values().value(QStringLiteral("hold_ms")).toLongLong(), 50);
        QCOMPARE(w.outcome()->sentences(), sentences);
        QCOMPARE(w.playback()->trace().duration(), w.trace().duration());
        QCOMPARE(w.recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());
    }

    void testOpeningATraceDuringARunWins()
    {
        const QString path = m_files.filePath(QStringLiteral("short.json"));
        {
            MainWindow w;
            runSemaphore(w, 50);
            QVERIFY(w.saveTrace(path));
        }
        MainWindow w;
        w.show();
        chooseInBrowser(w, QStringLiteral("threads.semaphore"));
        setInt(w, "hold_ms", 60000);
        QSignalSpy windowFinished(&w, &MainWindow::runFinished);
        QSignalSpy runnerFinished(w.runs()->runner(), &Runner::finished);
        w.run();
        QVERIFY(QTest::qWaitFor([&] { return w.playback()->trace().events().size() > 0; }, RunTimeoutMs));
        QVERIFY(w.openTrace(path));
        QVERIFY(!w.runs()->isRunning());
        QVERIFY(runnerFinished.wait(10000)); // the cut-off run ends in the background...
        QCOMPARE(windowFinished.count(), 0); // ...and is not shown over the file
        QCOMPARE(w.trace().meta().params.value(QStringLiteral("hold_ms")).toLongLong(), 50);
        QCOMPARE(w.playback()->trace().duration(), w.trace().duration());
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
    }

    void testDropATraceOnTheWindow()
    {
        const QString path = m_files.filePath(QStringLiteral("dropped.json"));
        {
            MainWindow w;
            runSemaphore(w, 50);
            QVERIFY(w.saveTrace(path));
        }
        MainWindow w;
        w.show();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.trace().meta().scenario, QStringLiteral("threads.semaphore"));

        // Anything else is refused at the door.
        QMimeData text;
        text.setUrls({ QUrl::fromLocalFile(m_files.filePath(QStringLiteral("notes.txt"))) });
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void testCorruptTraceIsExplained()
    {
        const QString path = m_files.filePath(QStringLiteral("corrupt.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"traceEvents\": [ {\"ph\": \"X\", ");
        file.close();
        MainWindow w;
        w.show();
        QVERIFY(!w.openTrace(path));
        QVERIFY(w.trace().isEmpty());
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("corrupt.json")));
        QVERIFY(box->text().size() > QStringLiteral("%1 could not be opened.").arg(path).size()); // says why
    }

    void testSettingsPersist()
    {
        {
            MainWindow w;
            w.show();
            chooseInBrowser(w, QStringLiteral("threads.race"));
            setInt(w, "threads", 8);
            chooseInBrowser(w, QStringLiteral("threads.semaphore"));
            setInt(w, "permits", 3);
            chooseInBrowser(w, QStringLiteral("threads.race"));
            QCOMPARE(w.paramForm()->values().value(QStringLiteral("threads")).toLongLong(), 8); // kept per scenario
            w.setThemeMode(Theme::Mode::Dark);
            w.setShowLegend(false);
            w.playback()->setSpeed(0.01);
            w.resize(1111, 777);
        }
        QApplication::setPalette(QPalette()); // as a fresh start would have it
        MainWindow w;
        QCOMPARE(w.currentScenario(), QStringLiteral("threads.race"));
        QCOMPARE(w.paramForm()->values().value(QStringLiteral("threads")).toLongLong(), 8);
        QCOMPARE(w.themeMode(), Theme::Mode::Dark);
        QVERIFY(w.isDark());
        QVERIFY(!w.showLegend());
        QVERIFY(qAbs(w.playback()->speed() - 0.01) < 1e-9);
        QCOMPARE(w.transport()->speedText(), QStringLiteral("0.01x"));
        QCOMPARE(w.size(), QSize(1111, 777));
        chooseInBrowser(w, QStringLiteral("threads.semaphore"));
        QCOMPARE(w.paramForm()->values().value(QStringLiteral("permits")).toLongLong(), 3);
        w.setThemeMode(Theme::Mode::System);
        QVERIFY(!w.isDark());
    }

    void testShortcutsAreListed()
    {
        MainWindow w;
        ShortcutsDialog dialog(w.shortcutActions());
        const QStringList lines = dialog.lines();
        QVERIFY2(lines.contains(QStringLiteral("Run\tCtrl+R, F5")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("Stop\tEsc")));
        QVERIFY(lines.contains(QStringLiteral("Export Image\tCtrl+E")));
        QVERIFY(lines.contains(QStringLiteral("Open Trace\tCtrl+O")));
        QVERIFY(lines.contains(QStringLiteral("Next Event\tRight")));
        QVERIFY(std::any_of(
            lines.begin(), lines.end(), [](const QString& l) { return l.endsWith(QStringLiteral("\tSpace")); }));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("&Open Trace\u2026")), QStringLiteral("Open Trace"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("\u8fd0\u884c(&R)")), QStringLiteral("\u8fd0\u884c"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
