# SPDX-License-Identifier: MIT
interleave_add_test(NAME bench_painting SOURCES bench_painting.cpp ../ui/synthetictrace.h LIBS interleave_ui LABELS benchmark TIMEOUT 900)
