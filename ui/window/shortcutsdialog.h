// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace interleave {

// Help > Keyboard shortcuts: every action of the window that has a shortcut, read from the
// actions themselves so the list cannot drift from the truth, plus the mouse gestures.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    QStringList lines() const; // "Run\tCtrl+R, F5" per row, for tests

    // An action's text without its mnemonic ("&Run", "运行(&R)") and trailing ellipsis.
    static QString plainText(QString text);

private:
    QTreeWidget* m_list = nullptr;
};

} // namespace interleave
