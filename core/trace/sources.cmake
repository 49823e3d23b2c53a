# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    trace/clock.h trace/clock.cpp
    trace/types.h trace/types.cpp
    trace/recorder.h trace/recorder.cpp
    trace/trace.h trace/trace.cpp
    trace/traceio.h trace/traceio.cpp
    trace/tracejsonwriter.h trace/tracejsonwriter.cpp
    trace/tracejsonreader.h trace/tracejsonreader.cpp
    trace/tracemetareader.h trace/tracemetareader.cpp
)
