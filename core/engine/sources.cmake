# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    engine/paramspec.h engine/paramspec.cpp
    engine/scenario.h engine/scenario.cpp
    engine/registry.h engine/registry.cpp
    engine/runcontext.h engine/runcontext.cpp
    engine/deadlockdetector.h engine/deadlockdetector.cpp
    engine/runjob.h engine/runjob.cpp
    engine/runner.h engine/runner.cpp
)
