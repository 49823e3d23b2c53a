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
    window/mainwindow.h window/mainwindow.cpp window/mainwindowfiles.cpp
)

# The window embeds the timeline, scene and inspector views once their areas list them
# (window/runviews.cpp shows a placeholder for a view not built yet).
get_target_property(_interleave_ui_sources interleave_ui SOURCES)
foreach(_view IN ITEMS timeline/timelineview scene/sceneview scene/inspectorview)
    get_filename_component(_name ${_view} NAME)
    string(TOUPPER ${_name} _name)
    list(FIND _interleave_ui_sources "${_view}.cpp" _index)
    if(_index GREATER -1)
        target_compile_definitions(interleave_ui PUBLIC INTERLEAVE_UI_HAS_${_name})
    endif()
endforeach()

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
