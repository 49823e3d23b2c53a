# SPDX-License-Identifier: MIT
# The process.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/processscenarios.h scenarios/processscenarios.cpp
    scenarios/process/processscenario.h scenarios/process/processscenario.cpp
    scenarios/process/startjoinscenario.cpp
    scenarios/process/poolscenario.cpp
    scenarios/process/queuescenario.cpp
    scenarios/process/pipescenario.cpp
    scenarios/process/lockscenario.cpp
    scenarios/process/valuescenario.cpp
    scenarios/process/arrayscenario.cpp
    scenarios/process/managerscenario.cpp
)
