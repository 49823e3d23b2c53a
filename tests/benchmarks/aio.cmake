# SPDX-License-Identifier: MIT
# core/aio benchmarks (label "benchmark", outside the default test run).
interleave_add_test(NAME bench_aio SOURCES bench_aio.cpp LIBS interleave_core LABELS benchmark TIMEOUT 1800)
target_compile_definitions(bench_aio PRIVATE
    INTERLEAVE_BENCH_PYTHON_DIR="${CMAKE_CURRENT_SOURCE_DIR}/python")
