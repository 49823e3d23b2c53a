// SPDX-License-Identifier: MIT
#include "window/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace interleave {

namespace {

const auto Key = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > MaxCount)
        m_files.removeLast();
    save();
    rebuildMenu();
}

void RecentFiles::remove(const QString& path)
{
    m_files.removeAll(QFileInfo(path).absoluteFilePath());
    save();
    rebuildMenu();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
    rebuildMenu();
}

void RecentFiles::load()
{
    m_files = QSettings().value(Key).toStringList();
    while (m_files.size() > MaxCount)
        m_files.removeLast();
    rebuildMenu();
}

void RecentFiles::save() const
{
    QSettings().setValue(Key, m_files);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString path = m_files.at(i);
        // &1 .. &8: the menu can be driven from the keyboard.
        const QString text = QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction* action = m_menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (!m_files.isEmpty())
        m_menu->addSeparator();
    QAction* clearAction = m_menu->addAction(tr("Clear the list"));
    clearAction->setEnabled(!m_files.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    m_menu->setEnabled(true);
}

} // namespace interleave
