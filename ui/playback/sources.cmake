# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE playback/playback.h playback/playback.cpp)
