// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace interleave {

class Network;

struct AsyncEchoResult {
    int echoed = 0;
    int maxConcurrent = 0;
    std::vector<qint64> durationsNs; // per client, connect to close
};

// socket.tcp_echo with server=async: an echo server and `clients` client tasks on one event loop
// (the run's main actor runs it). `messageBytes` > 0 pads each line to that size (the benchmark's
// 64-byte messages); 0 sends "message <i> from client-<k>\n".
AsyncEchoResult runAsyncEcho(Network& net, int clients, int messages, int messageBytes);

} // namespace interleave
