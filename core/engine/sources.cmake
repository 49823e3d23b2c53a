target_sources(interleave_core PRIVATE
    engine/paramspec.h engine/paramspec.cpp
    engine/scenario.h engine/scenario.cpp
    engine/registry.h engine/registry.cpp
    engine/runcontext.h engine/runcontext.cpp
    engine/runner.h engine/runner.cpp
    engine/deadlockdetector.h engine/deadlockdetector.cpp
)
