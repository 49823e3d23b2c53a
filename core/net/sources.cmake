# SPDX-License-Identifier: MIT
# core/net: list a file here once it compiles (every area builds the same library).
target_sources(interleave_core PRIVATE
    net/network.h net/network.cpp
    net/tcpconnection.h net/tcpconnection.cpp
    net/fdwait.h net/fdwait.cpp
    net/readbuffer.h net/readbuffer.cpp
    net/tcpsocket.h net/tcpsocket.cpp
    net/tcplistener.h net/tcplistener.cpp
    net/udpsocket.h net/udpsocket.cpp
    net/httpserver.h net/httpserver.cpp
    net/asynctcp.h net/asynctcp.cpp
)
