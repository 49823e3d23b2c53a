// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace interleave {

// One parameter of a scenario's schema. Names are an interface (command line, saved traces).
struct ParamSpec {
    enum class Type { Int, Double, Bool, Enum };

    QString name;
    Type type = Type::Int;
    QVariant defaultValue;
    double min = 0; // Int and Double
    double max = 0;
    QStringList choices; // Enum
    QString label; // for people (translated)
    QString help; // for people (translated)
    QString unit; // "ms", "us" or empty

    static ParamSpec integer(QString name, qint64 def, qint64 min, qint64 max, QString label, QString help,
        QString unit = {});
    static ParamSpec real(QString name, double def, double min, double max, QString label, QString help,
        QString unit = {});
    static ParamSpec boolean(QString name, bool def, QString label, QString help);
    static ParamSpec choice(QString name, QStringList choices, QString def, QString label, QString help);

    // A human description of what is allowed, e.g. "an integer from 1 to 1000".
    QString allowed() const;
    // Converts text from the command line; on failure, *error names the parameter and what is allowed.
    std::optional<QVariant> parse(const QString& text, QString* error) const;
    // Checks a typed value; on failure, *error names the parameter and what is allowed.
    bool validate(const QVariant& value, QString* error) const;
};

using ParamSchema = QList<ParamSpec>;

// Fills in defaults and checks every value against the schema. Unknown names are an error that
// lists the known ones.
std::optional<QVariantMap> resolveParams(const ParamSchema& schema, const QVariantMap& given, QString* error);

} // namespace interleave
