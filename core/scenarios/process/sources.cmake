# SPDX-License-Identifier: MIT
# The process.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/processscenarios.h scenarios/processscenarios.cpp
)
