// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class QTextBrowser;

namespace interleave {

// The run's result in plain words, one sentence per fact; or what is happening while it runs.
class OutcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit OutcomePanel(QWidget* parent = nullptr);

    void setSentences(const QStringList& sentences, bool alarming = false); // alarming: a deadlock, lost updates
    void setMessage(const QString& message); // "Running…", "Stopped"
    void clear();

    QStringList sentences() const { return m_sentences; }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QTextBrowser* m_browser = nullptr;
    QStringList m_sentences;
    QString m_message;
    bool m_alarming = false;
};

} // namespace interleave
