# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_outcomeformatter SOURCES tst_outcomeformatter.cpp LIBS interleave_ui GUI TIMEOUT 60)
interleave_add_test(NAME tst_paramform SOURCES tst_paramform.cpp LIBS interleave_ui GUI TIMEOUT 60)
interleave_add_test(NAME tst_scenariobrowser SOURCES tst_scenariobrowser.cpp fakescenario.h LIBS interleave_ui GUI TIMEOUT 60)
interleave_add_test(NAME tst_livetrace SOURCES tst_livetrace.cpp LIBS interleave_ui GUI TIMEOUT 60)
interleave_add_test(NAME tst_transportbar SOURCES tst_transportbar.cpp LIBS interleave_ui GUI TIMEOUT 60)
interleave_add_test(NAME tst_exportdialog SOURCES tst_exportdialog.cpp LIBS interleave_ui GUI TIMEOUT 60)
interleave_add_test(NAME tst_mainwindow SOURCES tst_mainwindow.cpp LIBS interleave_ui GUI TIMEOUT 300)

# Not a test: makes the README's screenshots of the window (run under Xvfb).
qt_add_executable(interleave_windowshots windowshots.cpp)
target_link_libraries(interleave_windowshots PRIVATE interleave_options interleave_ui Qt6::Test)
