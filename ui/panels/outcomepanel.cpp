// SPDX-License-Identifier: MIT
#include "panels/outcomepanel.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace interleave {

OutcomePanel::OutcomePanel(QWidget* parent)
    : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("outcomeText"));
    m_browser->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    render();
}

void OutcomePanel::setSentences(const QStringList& sentences, bool alarming)
{
    m_sentences = sentences;
    m_message.clear();
    m_alarming = alarming;
    render();
}

void OutcomePanel::setMessage(const QString& message)
{
    m_sentences.clear();
    m_message = message;
    m_alarming = false;
    render();
}

void OutcomePanel::clear()
{
    setMessage({});
}

QString OutcomePanel::text() const
{
    return m_browser->toPlainText();
}

void OutcomePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void OutcomePanel::render()
{
    QString html;
    if (!m_sentences.isEmpty()) {
        // The first sentence carries the lesson; set it apart, in red when something went wrong.
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        const QString alarm = dark ? QStringLiteral("#ff7b72") : QStringLiteral("#c0262d");
        html += QStringLiteral("<p style=\"font-size:large; font-weight:600;%1\">%2</p>")
                    .arg(m_alarming ? QStringLiteral(" color:%1;").arg(alarm) : QString(),
                        m_sentences.first().toHtmlEscaped());
        if (m_sentences.size() > 1) {
            html += QLatin1String("<ul>");
            for (qsizetype i = 1; i < m_sentences.size(); ++i)
                html += QLatin1String("<li>") + m_sentences.at(i).toHtmlEscaped() + QLatin1String("</li>");
            html += QLatin1String("</ul>");
        }
    } else if (!m_message.isEmpty()) {
        html = QStringLiteral("<p>%1</p>").arg(m_message.toHtmlEscaped());
    } else {
        html = QStringLiteral("<p style=\"color:%1;\">%2</p>")
                   .arg(palette().color(QPalette::PlaceholderText).name(),
                       tr("Run the scenario to see what happened.").toHtmlEscaped());
    }
    m_browser->setHtml(html);
}

} // namespace interleave
