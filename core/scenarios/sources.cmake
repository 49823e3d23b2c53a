target_sources(interleave_core PRIVATE
    scenarios/threadscenarios.h
    scenarios/threadscenarios.cpp
)
