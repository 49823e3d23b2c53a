# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_threadscenarios
    SOURCES tst_threadscenarios.cpp scenariotrace.h
    LIBS interleave_core
    TIMEOUT 600)
interleave_add_test(NAME tst_catalog
    SOURCES tst_catalog.cpp
    LIBS interleave_core
    TIMEOUT 300)
