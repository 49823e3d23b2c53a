// SPDX-License-Identifier: MIT
#include "engine/paramspec.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace interleave {

namespace {

// Its strings' translation context, "Params", for lupdate and for the lookup alike.
struct ParamsText {
    Q_DECLARE_TR_FUNCTIONS(Params)
};

QString shown(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString mustBe(const ParamSpec& spec, const QString& got)
{
    return ParamsText::tr("parameter '%1' must be %2 (got %3)").arg(spec.name, spec.allowed(), got);
}

} // namespace

ParamSpec ParamSpec::integer(
    QString name, qint64 def, qint64 min, qint64 max, QString label, QString help, QString unit)
{
    ParamSpec p;
    p.name = std::move(name);
    p.type = Type::Int;
    p.defaultValue = QVariant::fromValue<qint64>(def);
    p.min = double(min);
    p.max = double(max);
    p.label = std::move(label);
    p.help = std::move(help);
    p.unit = std::move(unit);
    return p;
}

ParamSpec ParamSpec::real(QString name, double def, double min, double max, QString label, QString help, QString unit)
{
    ParamSpec p;
    p.name = std::move(name);
    p.type = Type::Double;
    p.defaultValue = def;
    p.min = min;
    p.max = max;
    p.label = std::move(label);
    p.help = std::move(help);
    p.unit = std::move(unit);
    return p;
}

ParamSpec ParamSpec::boolean(QString name, bool def, QString label, QString help)
{
    ParamSpec p;
    p.name = std::move(name);
    p.type = Type::Bool;
    p.defaultValue = def;
    p.label = std::move(label);
    p.help = std::move(help);
    return p;
}

ParamSpec ParamSpec::choice(QString name, QStringList choices, QString def, QString label, QString help)
{
    ParamSpec p;
    p.name = std::move(name);
    p.type = Type::Enum;
    p.choices = std::move(choices);
    p.defaultValue = std::move(def);
    p.label = std::move(label);
    p.help = std::move(help);
    return p;
}

QString ParamSpec::allowed() const
{
    switch (type) {
    case Type::Int:
        return ParamsText::tr("an integer from %1 to %2").arg(qint64(min)).arg(qint64(max));
    case Type::Double:
        return ParamsText::tr("a number from %1 to %2").arg(QString::number(min), QString::number(max));
    case Type::Bool:
        return ParamsText::tr("true or false");
    case Type::Enum:
        return ParamsText::tr("one of: %1").arg(choices.join(QStringLiteral(", ")));
    }
    return {};
}

std::optional<QVariant> ParamSpec::parse(const QString& text, QString* error) const
{
    const QString t = text.trimmed();
    std::optional<QVariant> value;
    switch (type) {
    case Type::Int: {
        static const QRegularExpression decimal(QStringLiteral("^[+-]?[0-9]+$"));
        bool ok = false;
        const qint64 v = decimal.match(t).hasMatch() ? t.toLongLong(&ok, 10) : 0;
        if (ok)
            value = QVariant::fromValue<qint64>(v);
        break;
    }
    case Type::Double: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (ok && std::isfinite(v))
            value = v;
        break;
    }
    case Type::Bool: {
        const QString l = t.toLower();
        if (l == u"true" || l == u"1" || l == u"yes")
            value = true;
        else if (l == u"false" || l == u"0" || l == u"no")
            value = false;
        break;
    }
    case Type::Enum:
        if (choices.contains(t))
            value = t;
        break;
    }
    if (!value) {
        if (error)
            *error = mustBe(*this, text);
        return std::nullopt;
    }
    if (!validate(*value, error))
        return std::nullopt;
    return value;
}

bool ParamSpec::validate(const QVariant& value, QString* error) const
{
    bool ok = false;
    switch (type) {
    case Type::Int: {
        const int id = value.typeId();
        if (id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::UInt || id == QMetaType::ULongLong
            || id == QMetaType::Long || id == QMetaType::Short) {
            const qint64 v = value.toLongLong();
            ok = double(v) >= min && double(v) <= max;
        } else if (id == QMetaType::Double) {
            const double v = value.toDouble();
            ok = std::isfinite(v) && v == std::floor(v) && v >= min && v <= max;
        }
        break;
    }
    case Type::Double: {
        const int id = value.typeId();
        if (id == QMetaType::Double || id == QMetaType::Float || id == QMetaType::Int || id == QMetaType::LongLong) {
            const double v = value.toDouble();
            ok = std::isfinite(v) && v >= min && v <= max;
        }
        break;
    }
    case Type::Bool:
        ok = value.typeId() == QMetaType::Bool;
        break;
    case Type::Enum:
        ok = value.typeId() == QMetaType::QString && choices.contains(value.toString());
        break;
    }
    if (!ok && error)
        *error = mustBe(*this, shown(value));
    return ok;
}

namespace {

// The schema's type for a value that passed validate().
QVariant normalized(const ParamSpec& spec, const QVariant& value)
{
    switch (spec.type) {
    case ParamSpec::Type::Int:
        return QVariant::fromValue<qint64>(
            value.typeId() == QMetaType::Double ? qint64(value.toDouble()) : value.toLongLong());
    case ParamSpec::Type::Double:
        return value.toDouble();
    case ParamSpec::Type::Bool:
        return value.toBool();
    case ParamSpec::Type::Enum:
        return value.toString();
    }
    return value;
}

} // namespace

std::optional<QVariantMap> resolveParams(const ParamSchema& schema, const QVariantMap& given, QString* error)
{
    QStringList known;
    for (const ParamSpec& spec : schema)
        known.append(spec.name);
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error) {
                *error = QCoreApplication::translate("Params", "unknown parameter '%1' for this scenario; known: %2")
                             .arg(it.key(),
                                 known.isEmpty() ? QCoreApplication::translate("Params", "none")
                                                 : known.join(QStringLiteral(", ")));
            }
            return std::nullopt;
        }
    }
    QVariantMap out;
    for (const ParamSpec& spec : schema) {
        QVariant value = given.value(spec.name, spec.defaultValue);
        // Text (from a command line or a saved file) is parsed as the schema says.
        if (value.typeId() == QMetaType::QString && spec.type != ParamSpec::Type::Enum) {
            auto parsed = spec.parse(value.toString(), error);
            if (!parsed)
                return std::nullopt;
            value = *parsed;
        }
        if (!spec.validate(value, error))
            return std::nullopt;
        out.insert(spec.name, normalized(spec, value));
    }
    return out;
}

} // namespace interleave
