# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_timelineview SOURCES tst_timelineview.cpp synthetictrace.h LIBS interleave_ui GUI TIMEOUT 120)
