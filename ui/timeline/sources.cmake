# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE
    timeline/axispainter.cpp timeline/axispainter.h
    timeline/barbatch.cpp timeline/barbatch.h
    timeline/blockextrema.h
    timeline/counterpainter.cpp timeline/counterpainter.h
    timeline/flowpainter.cpp timeline/flowpainter.h
    timeline/gallop.h
    timeline/groupdensity.cpp timeline/groupdensity.h
    timeline/grouppainter.cpp timeline/grouppainter.h
    timeline/headerpainter.cpp timeline/headerpainter.h
    timeline/instantpainter.cpp timeline/instantpainter.h
    timeline/lanepainter.cpp timeline/lanepainter.h
    timeline/lanegroups.cpp timeline/lanegroups.h
    timeline/legendpainter.cpp timeline/legendpainter.h
    timeline/tracecache.h
    timeline/valuespread.cpp timeline/valuespread.h
    timeline/lodindex.cpp timeline/lodindex.h
    timeline/paintcontext.h
    timeline/paintoptions.h
    timeline/rectfill.cpp timeline/rectfill.h
    timeline/resourcepainter.cpp timeline/resourcepainter.h
    timeline/statestyle.cpp timeline/statestyle.h
    timeline/textutil.cpp timeline/textutil.h
    timeline/timeaxis.cpp timeline/timeaxis.h
    timeline/timelinelayout.cpp timeline/timelinelayout.h
    timeline/timelinepainter.cpp timeline/timelinepainter.h
    timeline/timelinetheme.cpp timeline/timelinetheme.h
    timeline/timelinetooltip.cpp timeline/timelinetooltip.h
    timeline/timelineview.cpp timeline/timelineview.h
    timeline/timelineviewimpl.h timeline/timelineviewinput.cpp
    timeline/timemapping.cpp timeline/timemapping.h
)
