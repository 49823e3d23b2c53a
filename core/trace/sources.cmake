# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    trace/traceio.cpp
    trace/tracejsonreader.h trace/tracejsonreader.cpp
    trace/tracemetareader.h trace/tracemetareader.cpp
)
