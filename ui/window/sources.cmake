# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE
    window/theme.h window/theme.cpp
    window/transportbar.h window/transportbar.cpp
    window/livetrace.h window/livetrace.cpp
    window/runcontroller.h window/runcontroller.cpp
    window/runviews.h window/runviews.cpp
    window/exportdialog.h window/exportdialog.cpp
    window/recentfiles.h window/recentfiles.cpp
    window/shortcutsdialog.h window/shortcutsdialog.cpp
    window/mainwindow.h window/mainwindow.cpp window/mainwindowactions.cpp window/mainwindowfiles.cpp
)

qt_add_resources(interleave_ui "interleave_icons"
    PREFIX "/icons"
    BASE "${PROJECT_SOURCE_DIR}/resources/icons"
    FILES
        ${PROJECT_SOURCE_DIR}/resources/icons/interleave.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/run.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/stop.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/play.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/pause.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/previous.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/next.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/open.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/save.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/export.svg
)
