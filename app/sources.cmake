# SPDX-License-Identifier: MIT
target_sources(interleave PRIVATE main.cpp)
