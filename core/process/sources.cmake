# SPDX-License-Identifier: MIT
# core/process: child processes (the worker executable is app/worker). List a file here once it compiles.
target_sources(interleave_core PRIVATE
    process/side.h process/side.cpp
    process/wire.h process/wire.cpp
    process/childentries.h process/childentries.cpp
    process/childcontext.h process/childcontext.cpp
    process/builtinentries.cpp
    process/fdtable.h process/fdtable.cpp
    process/spawn.h process/spawn.cpp
    process/processstate.h
    process/process.h process/process.cpp
    process/channel.h process/channel.cpp
    process/shmsegment.h process/shmsegment.cpp
    process/sharedlock.h process/sharedlock.cpp
    process/shmvalue.h process/shmvalue.cpp
    process/connection.h process/connection.cpp
    process/queue.h process/queue.cpp
    process/manager.h process/manager.cpp
    process/processpool.h process/processpool.cpp
    process/startgate.h process/startgate.cpp
    process/ipcentries.cpp
)
# The worker this build makes: the last place workerPath() looks, for test programs of other areas that
# run process scenarios from their own directories (the app finds it next to itself).
set_source_files_properties(process/spawn.cpp PROPERTIES
    COMPILE_DEFINITIONS "INTERLEAVE_BUILT_WORKER=\"${CMAKE_BINARY_DIR}/bin/interleave-worker\"")
