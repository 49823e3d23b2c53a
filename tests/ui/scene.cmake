# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_scenesnapshot SOURCES scenetraces.h tst_scenesnapshot.cpp LIBS interleave_ui TIMEOUT 60)
interleave_add_test(NAME tst_inspectormodel SOURCES scenetraces.h tst_inspectormodel.cpp LIBS interleave_ui GUI TIMEOUT 120)
interleave_add_test(NAME tst_sceneview SOURCES scenetraces.h tst_sceneview.cpp LIBS interleave_ui GUI TIMEOUT 120)
interleave_add_test(NAME tst_scenerealruns SOURCES tst_scenerealruns.cpp LIBS interleave_ui GUI TIMEOUT 180)
interleave_add_test(NAME tst_familyscene SOURCES scenetraces.h tst_familyscene.cpp LIBS interleave_ui GUI TIMEOUT 120)
