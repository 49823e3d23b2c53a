// SPDX-License-Identifier: MIT
#pragma once

#include "export/imageexporter.h"

#include <QDialog>

#include <optional>
#include <utility>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace interleave {

// Asks how to export the picture: format, which part of the run, size, DPI, light or dark, and
// what to include; and where to write it. The window does the export when the dialog is accepted.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Range { WholeRun, VisibleWindow, Selection };

    explicit ExportDialog(QWidget* parent = nullptr);

    // What the ranges mean now (ns). Without a selection its choice is disabled.
    void setRanges(
        qint64 duration, std::pair<qint64, qint64> visible, std::optional<std::pair<qint64, qint64>> selection);

    void setFormat(const QString& suffix); // "png", "svg" or "pdf"
    QString format() const;
    void setRange(Range range); // falls back to the whole run when the choice is not available
    Range range() const;
    void setPath(const QString& path); // the suffix then follows the format
    QString path() const;

    void setOptions(const ExportOptions& options); // size, dpi, theme, title, params, legend
    ExportOptions options() const; // with from/to set from the chosen range

public slots:
    void accept() override; // refuses an empty path
    void browse();

private:
    void syncFormat();

    QComboBox* m_format = nullptr;
    QRadioButton* m_whole = nullptr;
    QRadioButton* m_visible = nullptr;
    QRadioButton* m_selection = nullptr;
    QButtonGroup* m_rangeGroup = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QDoubleSpinBox* m_dpi = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_title = nullptr;
    QCheckBox* m_params = nullptr;
    QCheckBox* m_legend = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_sizeUnit = nullptr;
    qint64 m_duration = 0;
    std::pair<qint64, qint64> m_visibleRange { 0, 0 };
    std::optional<std::pair<qint64, qint64>> m_selectionRange;
};

} // namespace interleave
