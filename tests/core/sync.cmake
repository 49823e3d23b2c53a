# SPDX-License-Identifier: MIT
# The instrumented primitives, driven through the engine with test-only scenarios (fnscenario.h).
interleave_add_test(NAME tst_locks SOURCES tst_locks.cpp fnscenario.h LIBS interleave_core TIMEOUT 120)
interleave_add_test(NAME tst_waits SOURCES tst_waits.cpp fnscenario.h LIBS interleave_core TIMEOUT 120)
interleave_add_test(NAME tst_thread SOURCES tst_thread.cpp fnscenario.h LIBS interleave_core TIMEOUT 120)
