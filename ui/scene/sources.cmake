# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE
    scene/sceneindex.h scene/sceneindex.cpp
    scene/scenesnapshot.h scene/scenesnapshot.cpp
    scene/scenestyle.h scene/scenestyle.cpp
    scene/scenetext.h scene/scenetext.cpp
    scene/inspectormodel.h scene/inspectormodel.cpp
    scene/inspectorview.h scene/inspectorview.cpp
)
