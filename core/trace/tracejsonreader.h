// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace interleave {

// The reading half of TraceIO (private to core/trace). Parses in place with RapidJSON's SAX reader,
// iteratively, so neither a huge file nor deep nesting can exhaust the stack, and keeps only the
// fields it knows.
class TraceJsonReader {
public:
    static constexpr qint64 kMaxBytes = qint64(2000) * 1024 * 1024; // RapidJSON counts in 32 bits
    static constexpr int kMaxDepth = 64;

    // `json` is parsed destructively. On failure returns nullopt and sets *error.
    static std::optional<Trace> parse(QByteArray json, QString* error);
};

} // namespace interleave
