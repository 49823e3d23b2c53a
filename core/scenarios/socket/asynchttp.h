// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace interleave {

class Network;

struct AsyncHttpResult {
    std::vector<qint64> durationsNs; // per request, in request order
    std::vector<int> statuses; // 0 when the request failed
};

// socket.http_fetch with mode=async: a task per request on one event loop (the run's main actor runs
// it), each a GET of /item/<i> over its own connection to the server on `port`.
AsyncHttpResult runAsyncFetch(Network& net, quint16 port, int requests);

} // namespace interleave
