# SPDX-License-Identifier: MIT
# core/aio tests (also run under ThreadSanitizer).
interleave_add_test(NAME tst_eventloop
    SOURCES tst_eventloop.cpp fnscenario.h
    LIBS interleave_core
    TIMEOUT 300)
interleave_add_test(NAME tst_aiosemantics
    SOURCES tst_aiosemantics.cpp fnscenario.h
    LIBS interleave_core
    TIMEOUT 300)
interleave_add_test(NAME tst_asyncscenarios
    SOURCES tst_asyncscenarios.cpp scenariotrace.h
    LIBS interleave_core
    TIMEOUT 900)
