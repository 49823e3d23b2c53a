# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    scenarios/threadscenarios.h scenarios/threadscenarios.cpp
)
