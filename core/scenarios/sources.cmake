# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    scenarios/threadscenarios.h scenarios/threadscenarios.cpp
    scenarios/threads/threadscenario.h scenarios/threads/threadscenario.cpp
    scenarios/threads/startjoinscenario.cpp
    scenarios/threads/daemonscenario.cpp
    scenarios/threads/racescenario.cpp
    scenarios/threads/lockscenario.cpp
    scenarios/threads/rlockscenario.cpp
    scenarios/threads/conditionscenario.cpp
    scenarios/threads/eventscenario.cpp
    scenarios/threads/semaphorescenario.cpp
    scenarios/threads/deadlockscenario.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/pool/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/process/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/async/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/socket/sources.cmake)
