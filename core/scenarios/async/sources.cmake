# SPDX-License-Identifier: MIT
# The async.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/asyncscenarios.h scenarios/asyncscenarios.cpp
    scenarios/async/asyncscenario.h scenarios/async/asyncscenario.cpp
    scenarios/async/helloscenario.cpp
    scenarios/async/tasksscenario.cpp
    scenarios/async/gatherscenario.cpp
    scenarios/async/waitscenario.cpp
    scenarios/async/waitforscenario.cpp
    scenarios/async/lockscenario.cpp
    scenarios/async/generatorscenario.cpp
    scenarios/async/cancelscenario.cpp
    scenarios/async/queuescenario.cpp
    scenarios/async/blockingscenario.cpp
)
