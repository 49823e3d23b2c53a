# SPDX-License-Identifier: MIT
# The socket.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/socketscenarios.h scenarios/socketscenarios.cpp
)
