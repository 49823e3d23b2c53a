# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE
    scene/scenefamily.h scene/scenefamily.cpp
    scene/scenemetrics.h
    scene/scenedraw.h scene/scenedraw.cpp
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
    scene/poolscene.h scene/poolscene.cpp
    scene/processscene.h scene/processscene.cpp
    scene/loopscene.h scene/loopscene.cpp
    scene/sequencescene.h scene/sequencescene.cpp
    scene/sceneview.h scene/sceneview.cpp
)
