# SPDX-License-Identifier: MIT
# The pool.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/poolscenarios.h scenarios/poolscenarios.cpp
    scenarios/pool/poolscenario.h scenarios/pool/poolscenario.cpp
    scenarios/pool/mapscenario.cpp
    scenarios/pool/ascompletedscenario.cpp
    scenarios/pool/cancelscenario.cpp
    scenarios/pool/exceptionscenario.cpp
    scenarios/pool/shutdownscenario.cpp
    scenarios/pool/gilscenario.cpp
)
