# SPDX-License-Identifier: MIT
# core/pool tests (also run under ThreadSanitizer).
interleave_add_test(NAME tst_executor SOURCES tst_executor.cpp fnscenario.h LIBS interleave_core TIMEOUT 300)
interleave_add_test(NAME tst_poolgil SOURCES tst_poolgil.cpp fnscenario.h LIBS interleave_core TIMEOUT 300)
# pool.gil's processes mode spawns the worker this build made.
interleave_add_test(NAME tst_poolscenarios SOURCES tst_poolscenarios.cpp scenariotrace.h LIBS interleave_core
    TIMEOUT 600)
add_dependencies(tst_poolscenarios interleave-worker)
set_property(TEST tst_poolscenarios APPEND PROPERTY ENVIRONMENT "INTERLEAVE_WORKER=$<TARGET_FILE:interleave-worker>")
