// SPDX-License-Identifier: MIT
#pragma once

#include "engine/paramspec.h"

#include <QVariantMap>
#include <QWidget>

#include <vector>

class QFormLayout;
class QPushButton;

namespace interleave {

// A form generated from a scenario's parameter schema: a spin box per number (its range from the
// schema, its unit as a suffix), a check box per flag, a combo box per choice; the schema's help as
// each field's tooltip. Values outside the schema cannot be entered.
class ParamForm : public QWidget {
    Q_OBJECT
public:
    explicit ParamForm(QWidget* parent = nullptr);

    // Rebuilds the fields; `values` (for instance saved ones) override the defaults where valid.
    void setSchema(const ParamSchema& schema, const QVariantMap& values = {});
    const ParamSchema& schema() const { return m_schema; }

    QVariantMap values() const; // typed: qint64, double, bool, QString
    void setValues(const QVariantMap& values); // ignores unknown names and invalid values
    QVariantMap defaults() const;

    QWidget* editor(const QString& name) const; // nullptr when there is no such parameter

public slots:
    void resetToDefaults();

signals:
    void paramsChanged();

private:
    QWidget* makeEditor(const ParamSpec& spec);
    void setEditorValue(int index, const QVariant& value);
    QVariant editorValue(int index) const;

    ParamSchema m_schema;
    std::vector<QWidget*> m_editors;
    QWidget* m_fields = nullptr;
    QFormLayout* m_layout = nullptr;
    QPushButton* m_reset = nullptr;
    bool m_silent = false;
};

} // namespace interleave
