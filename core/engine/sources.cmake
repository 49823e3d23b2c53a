# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    engine/paramspec.h
    engine/scenario.h
    engine/registry.h
    engine/runcontext.h
    engine/runner.h
)
