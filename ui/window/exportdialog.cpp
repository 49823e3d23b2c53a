// SPDX-License-Identifier: MIT
#include "window/exportdialog.h"

#include "window/transportbar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace interleave {

ExportDialog::ExportDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Image"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));

    m_whole = new QRadioButton(tr("The whole run"), this);
    m_visible = new QRadioButton(tr("The visible window"), this);
    m_selection = new QRadioButton(tr("The selection"), this);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->addButton(m_whole, int(Range::WholeRun));
    m_rangeGroup->addButton(m_visible, int(Range::VisibleWindow));
    m_rangeGroup->addButton(m_selection, int(Range::Selection));
    m_whole->setChecked(true);
    auto* rangeBox = new QVBoxLayout;
    rangeBox->addWidget(m_whole);
    rangeBox->addWidget(m_visible);
    rangeBox->addWidget(m_selection);

    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("width"));
    m_width->setRange(200, 16000);
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("height"));
    m_height->setRange(150, 16000);
    m_sizeUnit = new QLabel(this);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_sizeUnit);
    sizeRow->addStretch();

    m_dpi = new QDoubleSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(48, 600);
    m_dpi->setDecimals(0);
    m_dpi->setToolTip(tr("192 DPI draws every pixel twice: crisp on high-density screens and in print"));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Light"));
    m_theme->addItem(tr("Dark"));

    m_title = new QCheckBox(tr("Title"), this);
    m_params = new QCheckBox(tr("Parameters"), this);
    m_legend = new QCheckBox(tr("Legend"), this);
    auto* includeRow = new QHBoxLayout;
    includeRow->addWidget(m_title);
    includeRow->addWidget(m_params);
    includeRow->addWidget(m_legend);
    includeRow->addStretch();

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setMinimumWidth(320);
    auto* browseButton = new QPushButton(tr("Browse\u2026"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Range:"), rangeBox);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Colours:"), m_theme);
    form->addRow(tr("Include:"), includeRow);
    form->addRow(tr("File:"), pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::syncFormat);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        // Typing a name with another known suffix chooses that format.
        const QString suffix = QFileInfo(m_path->text()).suffix().toLower();
        const int i = m_format->findData(suffix);
        if (i >= 0 && i != m_format->currentIndex())
            m_format->setCurrentIndex(i);
    });

    setOptions(ExportOptions {});
    syncFormat();
}

void ExportDialog::setRanges(
    qint64 duration, std::pair<qint64, qint64> visible, std::optional<std::pair<qint64, qint64>> selection)
{
    m_duration = duration;
    m_visibleRange = visible;
    m_selectionRange = selection;
    m_whole->setText(tr("The whole run (%1)").arg(TransportBar::formatTime(duration)));
    m_visible->setText(tr("The visible window (%1 to %2)")
                           .arg(TransportBar::formatTime(visible.first), TransportBar::formatTime(visible.second)));
    m_selection->setEnabled(selection.has_value());
    if (selection)
        m_selection->setText(
            tr("The selection (%1 to %2)")
                .arg(TransportBar::formatTime(selection->first), TransportBar::formatTime(selection->second)));
    else
        m_selection->setText(tr("The selection (shift-drag on the timeline to make one)"));
    if (!selection && m_selection->isChecked())
        m_whole->setChecked(true);
}

void ExportDialog::setFormat(const QString& suffix)
{
    const int i = m_format->findData(suffix.toLower());
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setRange(Range range)
{
    if (range == Range::Selection && !m_selection->isEnabled())
        range = Range::WholeRun;
    m_rangeGroup->button(int(range))->setChecked(true);
}

ExportDialog::Range ExportDialog::range() const
{
    return Range(m_rangeGroup->checkedId());
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (m_format->findData(suffix) >= 0)
        setFormat(suffix);
    else
        syncFormat();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setOptions(const ExportOptions& options)
{
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
    m_theme->setCurrentIndex(options.dark ? 1 : 0);
    m_title->setChecked(options.showTitle);
    m_params->setChecked(options.showParams);
    m_legend->setChecked(options.showLegend);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.dpi = m_dpi->value();
    o.dark = m_theme->currentIndex() == 1;
    o.showTitle = m_title->isChecked();
    o.showParams = m_params->isChecked();
    o.showLegend = m_legend->isChecked();
    switch (range()) {
    case Range::WholeRun:
        o.from = 0;
        o.to = -1;
        break;
    case Range::VisibleWindow:
        o.from = m_visibleRange.first;
        o.to = m_visibleRange.second;
        break;
    case Range::Selection:
        if (m_selectionRange) {
            o.from = m_selectionRange->first;
            o.to = m_selectionRange->second;
        }
        break;
    }
    return o;
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        browse();
        if (path().isEmpty())
            return;
    }
    QDialog::accept();
}

void ExportDialog::browse()
{
    const QString filter = m_format->currentText() + QStringLiteral(" (*.") + format() + QLatin1Char(')');
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Image"), path(), filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::syncFormat()
{
    const bool png = format() == QLatin1String("png");
    m_dpi->setEnabled(png);
    m_sizeUnit->setText(png ? tr("pixels") : tr("points"));
    QString p = m_path->text().trimmed();
    if (p.isEmpty())
        return;
    const QFileInfo info(p);
    const QString suffix = info.suffix();
    if (suffix.compare(format(), Qt::CaseInsensitive) == 0)
        return;
    if (!suffix.isEmpty())
        p.chop(suffix.size() + 1);
    m_path->setText(p + QLatin1Char('.') + format());
}

} // namespace interleave
