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

// Where the client tasks run: on the server's event loop (one program, as the scenario shows it), or
// on an event loop of their own in a thread "client program" (two programs, as the course's server
// and client scripts are, and as echo benchmarks load a server: from outside it).
enum class EchoClients { SameLoop, OwnLoop };

// socket.tcp_echo with server=async: an echo server and `clients` client tasks on event loops (the
// run's main actor runs the server's). `messageBytes` > 0 pads each line to that size (the
// benchmark's 64-byte messages); 0 sends "message <i> from client-<k>\n".
AsyncEchoResult runAsyncEcho(
    Network& net, int clients, int messages, int messageBytes, EchoClients where = EchoClients::SameLoop);

} // namespace interleave
