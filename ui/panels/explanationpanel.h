// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTextBrowser;

namespace interleave {

class Scenario;

// What a scenario is about: its summary, what to notice, and the Python it stands for.
class ExplanationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    void setScenario(const Scenario* scenario); // nullptr: a hint to pick one
    // For a trace opened from a file whose scenario this build does not know.
    void setUnknownScenario(const QString& id, const QString& title);

    QString text() const; // the plain text shown, for tests and accessibility

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QTextBrowser* m_browser = nullptr;
    const Scenario* m_scenario = nullptr;
    QString m_unknownId;
    QString m_unknownTitle;
};

} // namespace interleave
