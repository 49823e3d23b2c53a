# SPDX-License-Identifier: MIT
# core/process tests (also run under ThreadSanitizer). They spawn the worker this build made.
function(interleave_add_process_test name)
    interleave_add_test(NAME ${name} ${ARGN})
    add_dependencies(${name} interleave-worker)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "INTERLEAVE_WORKER=$<TARGET_FILE:interleave-worker>")
endfunction()

interleave_add_process_test(tst_process SOURCES tst_process.cpp fnscenario.h proctest.h scenariotrace.h
    LIBS interleave_core TIMEOUT 300)
interleave_add_process_test(tst_processipc SOURCES tst_processipc.cpp fnscenario.h proctest.h scenariotrace.h
    LIBS interleave_core TIMEOUT 300)
interleave_add_process_test(tst_processscenarios SOURCES tst_processscenarios.cpp proctest.h scenariotrace.h
    LIBS interleave_core TIMEOUT 600)
