// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace interleave {

// The traces opened or saved lately, newest first, kept in the settings and listed in a menu.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxCount = 8;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    QStringList files() const { return m_files; }

    void load(); // from QSettings
    void save() const;

signals:
    void fileChosen(const QString& path);

private:
    void rebuildMenu();

    QMenu* m_menu = nullptr;
    QStringList m_files;
};

} // namespace interleave
