# SPDX-License-Identifier: MIT
# core/aio benchmarks (label "benchmark", outside the default test run).
