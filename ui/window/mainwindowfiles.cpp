// SPDX-License-Identifier: MIT
// MainWindow: files (open, save, export, drag and drop) and the Help menu's dialogs.
#include "window/mainwindow.h"

#include "engine/registry.h"
#include "panels/explanationpanel.h"
#include "panels/paramform.h"
#include "trace/traceio.h"
#include "window/exportdialog.h"
#include "window/recentfiles.h"
#include "window/runcontroller.h"
#include "window/runviews.h"
#include "window/shortcutsdialog.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

namespace interleave {

namespace {

// The first local .json file among dropped URLs.
QString droppedTrace(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls)
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

QString lastDirectory(const QString& key)
{
    const QString dir = QSettings().value(key).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ExportDialog* MainWindow::exportDialog() const
{
    return m_exportDialog.data();
}

void MainWindow::showError(const QString& title, const QString& text)
{
    // Not exec(): the window keeps running (and tests can read and close the box).
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Trace"),
        lastDirectory(QStringLiteral("files/dir")), tr("Interleave traces (*.json);;All files (*)"));
    if (!path.isEmpty())
        openTrace(path);
}

bool MainWindow::openTrace(const QString& path)
{
    QString error;
    const std::optional<Trace> trace = TraceIO::read(path, &error);
    if (!trace) {
        showError(tr("Cannot open the trace"),
            tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    if (m_runs->isRunning()) {
        // The file wins: the run's end must not replace it a moment later.
        m_runs->discard();
        m_stopRequested = false;
    }
    QSettings().setValue(QStringLiteral("files/dir"), QFileInfo(path).absolutePath());
    m_recent->add(path);

    // Show the scenario the trace came from, with the parameters it ran with.
    const QString id = trace->meta().scenario;
    if (Registry::instance().find(id)) {
        selectScenario(id);
        m_params->setValues(trace->meta().params);
    } else {
        m_explanation->setUnknownScenario(id, trace->meta().title);
    }
    showTrace(*trace);
    setStatus(tr("Opened %1 \u2014 %2 events.")
                  .arg(QFileInfo(path).fileName(), QLocale().toString(qint64(trace->events().size()))));
    return true;
}

void MainWindow::saveAs()
{
    if (m_trace.isEmpty())
        return;
    const QString name = QStringLiteral("%1-%2.json")
                             .arg(m_trace.meta().scenario.isEmpty() ? QStringLiteral("trace") : m_trace.meta().scenario,
                                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Trace"),
        QDir(lastDirectory(QStringLiteral("files/dir"))).filePath(name), tr("Interleave traces (*.json)"));
    if (!path.isEmpty())
        saveTrace(path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? path : path + QLatin1String(".json"));
}

bool MainWindow::saveTrace(const QString& path)
{
    QString error;
    if (!TraceIO::write(m_trace, path, &error)) {
        showError(tr("Cannot save the trace"),
            tr("%1 could not be written.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    QSettings().setValue(QStringLiteral("files/dir"), QFileInfo(path).absolutePath());
    m_recent->add(path);
    setStatus(tr("Saved %1. Perfetto (ui.perfetto.dev) opens it too.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::exportImage()
{
    if (m_trace.isEmpty()) {
        showError(tr("Nothing to export"), tr("Run a scenario or open a trace first."));
        return;
    }
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    auto* dialog = new ExportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog = dialog;
    dialog->setRanges(m_trace.duration(), m_views->visibleRange(), m_views->selection());

    // The last choices, with this run's name.
    QSettings s;
    s.beginGroup(QStringLiteral("export"));
    ExportOptions o;
    o.size = QSize(s.value(QStringLiteral("width"), o.size.width()).toInt(),
        s.value(QStringLiteral("height"), o.size.height()).toInt());
    o.dpi = s.value(QStringLiteral("dpi"), o.dpi).toDouble();
    o.dark = s.value(QStringLiteral("dark"), isDark()).toBool();
    o.showTitle = s.value(QStringLiteral("title"), true).toBool();
    o.showParams = s.value(QStringLiteral("params"), true).toBool();
    o.showLegend = s.value(QStringLiteral("legend"), true).toBool();
    dialog->setOptions(o);
    const QString format = s.value(QStringLiteral("format"), QStringLiteral("png")).toString();
    dialog->setFormat(format);
    dialog->setRange(ExportDialog::Range(s.value(QStringLiteral("range"), 0).toInt()));
    const QString dir = s.value(QStringLiteral("dir"), lastDirectory(QStringLiteral("files/dir"))).toString();
    s.endGroup();
    const QString base = m_trace.meta().scenario.isEmpty() ? QStringLiteral("interleave") : m_trace.meta().scenario;
    dialog->setPath(QDir(dir).filePath(base + QLatin1Char('.') + dialog->format()));

    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ExportOptions chosen = dialog->options();
        QSettings s;
        s.beginGroup(QStringLiteral("export"));
        s.setValue(QStringLiteral("format"), dialog->format());
        s.setValue(QStringLiteral("range"), int(dialog->range()));
        s.setValue(QStringLiteral("width"), chosen.size.width());
        s.setValue(QStringLiteral("height"), chosen.size.height());
        s.setValue(QStringLiteral("dpi"), chosen.dpi);
        s.setValue(QStringLiteral("dark"), chosen.dark);
        s.setValue(QStringLiteral("title"), chosen.showTitle);
        s.setValue(QStringLiteral("params"), chosen.showParams);
        s.setValue(QStringLiteral("legend"), chosen.showLegend);
        s.setValue(QStringLiteral("dir"), QFileInfo(dialog->path()).absolutePath());
        s.endGroup();
        exportTo(dialog->path(), chosen);
    });
    dialog->open();
}

bool MainWindow::exportTo(const QString& path, const ExportOptions& options)
{
    QString error;
    const bool ok = ImageExporter::exportTrace(m_trace, path, options, &error);
    if (ok)
        setStatus(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    else
        showError(tr("Cannot export the image"),
            tr("%1 could not be written.\n\n%2").arg(QDir::toNativeSeparators(path), error));
    emit exportFinished(path, ok);
    return ok;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedTrace(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedTrace(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openTrace(path);
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(shortcutActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Interleave"),
        tr("<h3>Interleave %1</h3>"
           "<p>Makes concurrency visible: pick a scenario, run it for real, and watch every thread "
           "\u2014 when it runs, what it waits for, who holds what, who woke whom.</p>"
           "<p>The scenarios follow a Python concurrency course: threading, concurrent.futures, "
           "multiprocessing, asyncio and sockets.</p>"
           "<p>Built with Qt %2. MIT licence.</p>")
            .arg(QStringLiteral(INTERLEAVE_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace interleave
