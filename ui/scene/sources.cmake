# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE
    scene/sceneindex.h scene/sceneindex.cpp
    scene/scenesnapshot.h scene/scenesnapshot.cpp
    scene/scenestyle.h scene/scenestyle.cpp
    scene/scenetext.h scene/scenetext.cpp
    scene/inspectormodel.h scene/inspectormodel.cpp
    scene/inspectorview.h scene/inspectorview.cpp
    scene/scenelayout.h scene/scenelayout.cpp
    scene/sceneglyphs.h scene/sceneglyphs.cpp
    scene/scenepainter.h scene/scenepainter.cpp
    scene/tokenpainter.h scene/tokenpainter.cpp
    scene/sceneview.h scene/sceneview.cpp
)
