target_sources(interleave_core PRIVATE
    trace/clock.h trace/clock.cpp
    trace/types.h trace/types.cpp
    trace/recorder.h trace/recorder.cpp
    trace/trace.h trace/trace.cpp
)
target_sources(interleave_core PRIVATE trace/traceio.h)
