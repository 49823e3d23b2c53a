# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_paramspec SOURCES tst_paramspec.cpp LIBS interleave_core TIMEOUT 120)
interleave_add_test(NAME tst_deadlockdetector SOURCES tst_deadlockdetector.cpp LIBS interleave_core TIMEOUT 120)
interleave_add_test(NAME tst_runner SOURCES tst_runner.cpp fnscenario.h LIBS interleave_core TIMEOUT 120)
