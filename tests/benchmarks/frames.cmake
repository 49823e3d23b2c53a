# SPDX-License-Identifier: MIT
interleave_add_test(NAME bench_frames SOURCES bench_frames.cpp ../ui/synthetictrace.h LIBS interleave_ui LABELS benchmark TIMEOUT 900)
