# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_playback SOURCES tst_playback.cpp LIBS interleave_ui GUI TIMEOUT 120)
