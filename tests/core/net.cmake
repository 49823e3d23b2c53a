# SPDX-License-Identifier: MIT
# core/net tests (also run under ThreadSanitizer).
interleave_add_test(NAME tst_net
    SOURCES tst_net.cpp fnscenario.h netprobe.h scenariotrace.h
    LIBS interleave_core
    TIMEOUT 300)
interleave_add_test(NAME tst_socketscenarios
    SOURCES tst_socketscenarios.cpp netprobe.h scenariotrace.h
    LIBS interleave_core
    TIMEOUT 600)
