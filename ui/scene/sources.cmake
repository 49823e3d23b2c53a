# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE
    scene/sceneindex.h scene/sceneindex.cpp
    scene/scenesnapshot.h scene/scenesnapshot.cpp
)
