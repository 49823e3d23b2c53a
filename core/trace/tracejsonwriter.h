// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <rapidjson/stringbuffer.h>

namespace interleave {

// The writing half of TraceIO (private to core/trace): the trace as Chrome trace event JSON, from
// its derived views, so that reading it back rebuilds the same views.
class TraceJsonWriter {
public:
    static void write(const Trace& trace, rapidjson::StringBuffer& out);
};

} // namespace interleave
