# SPDX-License-Identifier: MIT
# The socket.* scenarios; paths relative to core/. List a file once it compiles.
target_sources(interleave_core PRIVATE
    scenarios/socketscenarios.h scenarios/socketscenarios.cpp
    scenarios/socket/socketscenario.h scenarios/socket/socketscenario.cpp
    scenarios/socket/tcpechoscenario.cpp
    scenarios/socket/udpechoscenario.cpp
    scenarios/socket/httpfetchscenario.cpp
    scenarios/socket/asyncecho.h scenarios/socket/asynchttp.h scenarios/socket/asyncecho.cpp
)
