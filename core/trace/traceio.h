// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QString>

#include <optional>

namespace interleave {

// Chrome trace event JSON (opens in Perfetto), per the contract in DESIGN.md. Through RapidJSON.
class TraceIO {
public:
    // Writes atomically (QSaveFile). On failure returns false and sets *error.
    static bool write(const Trace& trace, const QString& path, QString* error);
    static QByteArray toJson(const Trace& trace);

    // Reads a file written by write() (or any file that follows the contract). On a missing,
    // unreadable, malformed or invalid file returns nullopt and sets *error to what is wrong, with
    // the place (byte offset or event index) where that helps.
    static std::optional<Trace> read(const QString& path, QString* error);
    static std::optional<Trace> fromJson(const QByteArray& json, QString* error);
};

} // namespace interleave
