# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_traceio SOURCES tst_traceio.cpp tracecompare.h LIBS interleave_core TIMEOUT 120)
interleave_add_test(NAME tst_trace SOURCES tst_trace.cpp tracecompare.h LIBS interleave_core TIMEOUT 60)
interleave_add_test(NAME tst_recorder SOURCES tst_recorder.cpp LIBS interleave_core TIMEOUT 300)
