# SPDX-License-Identifier: MIT
target_sources(interleave PRIVATE main.cpp cli.h cli.cpp desktop.h desktop.cpp)
