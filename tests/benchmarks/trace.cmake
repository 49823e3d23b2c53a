# SPDX-License-Identifier: MIT
interleave_add_test(NAME bench_trace SOURCES bench_trace.cpp LIBS interleave_core LABELS benchmark TIMEOUT 900)
