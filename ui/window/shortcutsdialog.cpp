// SPDX-License-Identifier: MIT
#include "window/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace interleave {

QString ShortcutsDialog::plainText(QString text)
{
    // Translations that have no letter for the mnemonic append it in brackets: "运行(&R)".
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^)]\\)"));
    text.remove(bracketed);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("\u2026")))
        text.chop(1);
    return text.trimmed();
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);

    for (QAction* action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList names;
        for (const QKeySequence& k : keys)
            names << k.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(m_list, { plainText(action->text()), names.join(QLatin1String(", ")) });
    }
    // Gestures on the timeline have no action to read them from.
    const QList<QPair<QString, QString>> gestures {
        { tr("Zoom around the cursor"), tr("Mouse wheel") },
        { tr("Pan the timeline"), tr("Drag") },
        { tr("Select a range"), tr("Shift+Drag") },
        { tr("Move the playhead"), tr("Drag the playhead or the slider") },
        { tr("Select an actor or event"), tr("Click") },
    };
    for (const auto& [what, how] : gestures)
        new QTreeWidgetItem(m_list, { what, how });
    m_list->resizeColumnToContents(0);
    m_list->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 520);
}

QStringList ShortcutsDialog::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(0) + QLatin1Char('\t') + m_list->topLevelItem(i)->text(1);
    return out;
}

} // namespace interleave
