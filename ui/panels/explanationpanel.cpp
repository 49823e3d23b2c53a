// SPDX-License-Identifier: MIT
#include "panels/explanationpanel.h"

#include "engine/scenario.h"

#include <QEvent>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace interleave {

namespace {

// Plain-text paragraphs (separated by blank lines) as HTML paragraphs.
QString paragraphs(const QString& text)
{
    QString html;
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    const QStringList parts = text.split(blank, Qt::SkipEmptyParts);
    for (const QString& p : parts)
        html += QLatin1String("<p>") + p.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
            + QLatin1String("</p>");
    return html;
}

} // namespace

ExplanationPanel::ExplanationPanel(QWidget* parent)
    : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("explanationText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    render();
}

void ExplanationPanel::setScenario(const Scenario* scenario)
{
    m_scenario = scenario;
    m_unknownId.clear();
    m_unknownTitle.clear();
    render();
}

void ExplanationPanel::setUnknownScenario(const QString& id, const QString& title)
{
    m_scenario = nullptr;
    m_unknownId = id;
    m_unknownTitle = title;
    render();
}

QString ExplanationPanel::text() const
{
    return m_browser->toPlainText();
}

void ExplanationPanel::changeEvent(QEvent* event)
{
    // The code block's colours come from the palette: redraw when the theme changes.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void ExplanationPanel::render()
{
    const QPalette pal = palette();
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QString html;
    if (m_scenario) {
        html += QStringLiteral("<h3>%1</h3>").arg(m_scenario->title().toHtmlEscaped());
        html += QStringLiteral("<p><i>%1</i></p>").arg(m_scenario->summary().toHtmlEscaped());
        html += QStringLiteral("<h4>%1</h4>").arg(tr("What to notice").toHtmlEscaped());
        html += paragraphs(m_scenario->explanation());
        html += QStringLiteral("<h4>%1</h4>").arg(tr("The same in Python").toHtmlEscaped());
        // A table cell gives the snippet a background that QTextDocument draws reliably.
        html += QStringLiteral(
            "<table width=\"100%\" cellpadding=\"8\" style=\"background-color:%1;\"><tr><td>"
            "<pre style=\"font-family:'%2'; color:%3; white-space:pre-wrap;\">%4</pre></td></tr></table>")
                    .arg(pal.color(QPalette::AlternateBase).name(), mono, pal.color(QPalette::Text).name(),
                        m_scenario->pythonSnippet().toHtmlEscaped());
        html += QStringLiteral("<p style=\"color:%1;\"><code>%2</code></p>")
                    .arg(pal.color(QPalette::PlaceholderText).name(), m_scenario->id());
    } else if (!m_unknownId.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg((m_unknownTitle.isEmpty() ? m_unknownId : m_unknownTitle).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr(
                        "This trace was recorded from the scenario \u201c%1\u201d, which this version does not know.")
                             .arg(m_unknownId)
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Pick a scenario on the left to read what it shows.").toHtmlEscaped());
    }
    m_browser->setHtml(html);
}

} // namespace interleave
