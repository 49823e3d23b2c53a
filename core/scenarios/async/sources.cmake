# SPDX-License-Identifier: MIT
# The async.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/asyncscenarios.h scenarios/asyncscenarios.cpp
)
