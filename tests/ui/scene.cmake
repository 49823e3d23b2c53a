# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_scenesnapshot SOURCES scenetraces.h tst_scenesnapshot.cpp LIBS interleave_ui TIMEOUT 60)
interleave_add_test(NAME tst_inspectormodel SOURCES scenetraces.h tst_inspectormodel.cpp LIBS interleave_ui GUI TIMEOUT 120)
