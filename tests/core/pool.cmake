# SPDX-License-Identifier: MIT
# core/pool tests (also run under ThreadSanitizer).
interleave_add_test(NAME tst_executor SOURCES tst_executor.cpp fnscenario.h LIBS interleave_core TIMEOUT 300)
