# SPDX-License-Identifier: MIT
# core/net benchmarks (label "benchmark", outside the default test run).
