# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_traceio SOURCES tst_traceio.cpp tracecompare.h LIBS interleave_core TIMEOUT 120)
