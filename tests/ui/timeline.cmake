# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_timemapping SOURCES tst_timemapping.cpp LIBS interleave_ui TIMEOUT 60)
interleave_add_test(NAME tst_timeaxis SOURCES tst_timeaxis.cpp LIBS interleave_ui TIMEOUT 60)
interleave_add_test(NAME tst_lodindex SOURCES tst_lodindex.cpp synthetictrace.h LIBS interleave_ui TIMEOUT 120)
interleave_add_test(NAME tst_timelinepainter SOURCES tst_timelinepainter.cpp synthetictrace.h LIBS interleave_ui GUI TIMEOUT 120)
interleave_add_test(NAME tst_lanegroups SOURCES tst_lanegroups.cpp synthetictrace.h LIBS interleave_ui GUI TIMEOUT 180)
