// SPDX-License-Identifier: MIT
#include "trace/traceio.h"

#include "trace/tracejsonreader.h"
#include "trace/tracejsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace interleave {

QByteArray TraceIO::toJson(const Trace& trace)
{
    rapidjson::StringBuffer out;
    TraceJsonWriter::write(trace, out);
    return QByteArray(out.GetString(), qsizetype(out.GetSize()));
}

bool TraceIO::write(const Trace& trace, const QString& path, QString* error)
{
    rapidjson::StringBuffer out;
    TraceJsonWriter::write(trace, out);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("TraceIO", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 size = qint64(out.GetSize());
    if (file.write(out.GetString(), size) != size || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("TraceIO", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Trace> TraceIO::fromJson(const QByteArray& json, QString* error)
{
    QString message;
    std::optional<Trace> trace = TraceJsonReader::parse(QByteArray(json.constData(), json.size()), &message);
    if (!trace && error)
        *error = message;
    return trace;
}

std::optional<Trace> TraceIO::read(const QString& path, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("TraceIO", "%1: no such file").arg(path));
    if (info.isDir())
        return fail(QCoreApplication::translate("TraceIO", "%1 is a directory, not a trace file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("TraceIO", "cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > TraceJsonReader::kMaxBytes)
        return fail(QCoreApplication::translate("TraceIO", "%1 is too large for a trace (%2 bytes)")
                        .arg(path)
                        .arg(file.size()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("TraceIO", "cannot read %1: %2").arg(path, file.errorString()));
    file.close();
    QString message;
    std::optional<Trace> trace = TraceJsonReader::parse(std::move(bytes), &message);
    if (!trace)
        return fail(QCoreApplication::translate("TraceIO", "%1: %2").arg(path, message));
    return trace;
}

} // namespace interleave
