# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE
    panels/outcomeformatter.h panels/outcomeformatter.cpp
    panels/paramform.h panels/paramform.cpp
    panels/scenariomodel.h panels/scenariomodel.cpp
    panels/scenariobrowser.h panels/scenariobrowser.cpp
    panels/explanationpanel.h panels/explanationpanel.cpp
    panels/outcomepanel.h panels/outcomepanel.cpp
)
