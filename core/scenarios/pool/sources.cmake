# SPDX-License-Identifier: MIT
# The pool.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/poolscenarios.h scenarios/poolscenarios.cpp
)
