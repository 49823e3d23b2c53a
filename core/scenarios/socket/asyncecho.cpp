// SPDX-License-Identifier: MIT
#include "scenarios/socket/asyncecho.h"

#include "engine/runcontext.h"
#include "scenarios/socket/asynchttp.h"

#include <QCoreApplication>

namespace interleave {

AsyncEchoResult runAsyncEcho(Network&, int, int, int)
{
    throw PyError { QStringLiteral("NotImplementedError"),
        QCoreApplication::translate(
            "Scenario", "the async server needs the event loop's sockets, not available in this build") };
}

AsyncHttpResult runAsyncFetch(Network&, quint16, int)
{
    throw PyError { QStringLiteral("NotImplementedError"),
        QCoreApplication::translate(
            "Scenario", "async fetching needs the event loop's sockets, not available in this build") };
}

} // namespace interleave
