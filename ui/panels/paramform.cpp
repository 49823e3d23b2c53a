// SPDX-License-Identifier: MIT
#include "panels/paramform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace interleave {

namespace {

QString unitSuffix(const QString& unit)
{
    if (unit.isEmpty())
        return {};
    if (unit == QLatin1String("us"))
        return QStringLiteral(" \u00b5s");
    return QLatin1Char(' ') + unit;
}

int toIntRange(double v)
{
    return int(std::clamp(v, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max())));
}

} // namespace

ParamForm::ParamForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fields = new QWidget(this);
    m_layout = new QFormLayout(m_fields);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_fields);
    m_reset = new QPushButton(tr("Reset to defaults"), this);
    m_reset->setToolTip(tr("Put every parameter back to the value the course uses"));
    m_reset->setEnabled(false);
    connect(m_reset, &QPushButton::clicked, this, &ParamForm::resetToDefaults);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_reset);
    layout->addLayout(row);
    layout->addStretch();
}

QWidget* ParamForm::makeEditor(const ParamSpec& spec)
{
    QString tip = spec.help;
    const QString allowed = spec.allowed();
    if (!allowed.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Allowed: %1").arg(allowed);

    QWidget* editor = nullptr;
    switch (spec.type) {
    case ParamSpec::Type::Int: {
        auto* spin = new QSpinBox(m_fields);
        spin->setRange(toIntRange(spec.min), toIntRange(spec.max));
        spin->setSuffix(unitSuffix(spec.unit));
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_silent)
                emit paramsChanged();
        });
        editor = spin;
        break;
    }
    case ParamSpec::Type::Double: {
        auto* spin = new QDoubleSpinBox(m_fields);
        spin->setDecimals(3);
        spin->setRange(spec.min, spec.max);
        spin->setSuffix(unitSuffix(spec.unit));
        spin->setAccelerated(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_silent)
                emit paramsChanged();
        });
        editor = spin;
        break;
    }
    case ParamSpec::Type::Bool: {
        auto* box = new QCheckBox(m_fields);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_silent)
                emit paramsChanged();
        });
        editor = box;
        break;
    }
    case ParamSpec::Type::Enum: {
        auto* combo = new QComboBox(m_fields);
        combo->addItems(spec.choices);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_silent)
                emit paramsChanged();
        });
        editor = combo;
        break;
    }
    }
    editor->setObjectName(spec.name);
    editor->setToolTip(tip);
    editor->setWhatsThis(spec.help);
    return editor;
}

void ParamForm::setSchema(const ParamSchema& schema, const QVariantMap& values)
{
    const QScopedValueRollback silent(m_silent, true);
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_schema = schema;
    for (const ParamSpec& spec : m_schema) {
        QWidget* editor = makeEditor(spec);
        auto* label = new QLabel(spec.label.isEmpty() ? spec.name : spec.label, m_fields);
        label->setToolTip(editor->toolTip());
        label->setBuddy(editor);
        m_layout->addRow(label, editor);
        m_editors.push_back(editor);
        setEditorValue(int(m_editors.size()) - 1, spec.defaultValue);
    }
    if (m_schema.isEmpty())
        m_layout->addRow(new QLabel(tr("This scenario has no parameters."), m_fields));
    setValues(values);
    m_reset->setEnabled(!m_schema.isEmpty());
}

void ParamForm::setEditorValue(int index, const QVariant& value)
{
    QWidget* editor = m_editors[std::size_t(index)];
    switch (m_schema.at(index).type) {
    case ParamSpec::Type::Int:
        static_cast<QSpinBox*>(editor)->setValue(int(value.toLongLong()));
        break;
    case ParamSpec::Type::Double:
        static_cast<QDoubleSpinBox*>(editor)->setValue(value.toDouble());
        break;
    case ParamSpec::Type::Bool:
        static_cast<QCheckBox*>(editor)->setChecked(value.toBool());
        break;
    case ParamSpec::Type::Enum: {
        auto* combo = static_cast<QComboBox*>(editor);
        const int i = combo->findText(value.toString());
        if (i >= 0)
            combo->setCurrentIndex(i);
        break;
    }
    }
}

QVariant ParamForm::editorValue(int index) const
{
    QWidget* editor = m_editors[std::size_t(index)];
    switch (m_schema.at(index).type) {
    case ParamSpec::Type::Int:
        return QVariant::fromValue(qint64(static_cast<QSpinBox*>(editor)->value()));
    case ParamSpec::Type::Double:
        return static_cast<QDoubleSpinBox*>(editor)->value();
    case ParamSpec::Type::Bool:
        return static_cast<QCheckBox*>(editor)->isChecked();
    case ParamSpec::Type::Enum:
        return static_cast<QComboBox*>(editor)->currentText();
    }
    return {};
}

QVariantMap ParamForm::values() const
{
    QVariantMap map;
    for (int i = 0; i < m_schema.size(); ++i)
        map.insert(m_schema.at(i).name, editorValue(i));
    return map;
}

QVariantMap ParamForm::defaults() const
{
    QVariantMap map;
    for (const ParamSpec& spec : m_schema)
        map.insert(spec.name, spec.defaultValue);
    return map;
}

void ParamForm::setValues(const QVariantMap& values)
{
    bool changed = false;
    {
        const QScopedValueRollback silent(m_silent, true);
        for (int i = 0; i < m_schema.size(); ++i) {
            const auto it = values.constFind(m_schema.at(i).name);
            if (it == values.cend())
                continue;
            // Saved settings come back as strings from some backends: convert, then check the schema.
            QVariant v = *it;
            switch (m_schema.at(i).type) {
            case ParamSpec::Type::Int: {
                bool ok = false;
                const qint64 n = v.toLongLong(&ok);
                if (!ok)
                    continue;
                v = QVariant::fromValue(n);
                break;
            }
            case ParamSpec::Type::Double: {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (!ok || !std::isfinite(d))
                    continue;
                v = d;
                break;
            }
            case ParamSpec::Type::Bool:
                if (v.typeId() == QMetaType::QString)
                    v = v.toString() == QLatin1String("true");
                else
                    v = v.toBool();
                break;
            case ParamSpec::Type::Enum:
                v = v.toString();
                break;
            }
            QString error;
            if (!m_schema.at(i).validate(v, &error))
                continue;
            const QVariant before = editorValue(i);
            setEditorValue(i, v);
            changed = changed || editorValue(i) != before;
        }
    }
    if (changed)
        emit paramsChanged();
}

void ParamForm::resetToDefaults()
{
    setValues(defaults());
}

QWidget* ParamForm::editor(const QString& name) const
{
    for (int i = 0; i < m_schema.size(); ++i)
        if (m_schema.at(i).name == name)
            return m_editors[std::size_t(i)];
    return nullptr;
}

} // namespace interleave
