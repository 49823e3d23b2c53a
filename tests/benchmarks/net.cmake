# SPDX-License-Identifier: MIT
# core/net benchmarks (label "benchmark", outside the default test run).
interleave_add_test(NAME bench_net SOURCES bench_net.cpp LIBS interleave_core LABELS benchmark TIMEOUT 1800)
target_compile_definitions(bench_net PRIVATE
    INTERLEAVE_BENCH_PYTHON_DIR="${CMAKE_CURRENT_SOURCE_DIR}/python")
