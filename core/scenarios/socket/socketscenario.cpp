// SPDX-License-Identifier: MIT
#include "scenarios/socket/socketscenario.h"

#include "engine/runcontext.h"
#include "net/network.h"
#include "net/tcpsocket.h"

#include <cmath>

namespace interleave {

qint64 SocketScenario::nowNs(RunContext& ctx)
{
    return ctx.recorder().now();
}

QVariantList SocketScenario::toMs(const std::vector<qint64>& ns)
{
    QVariantList out;
    for (qint64 d : ns)
        out.append(std::round(double(d) / 1e5) / 10.0);
    return out;
}

void SocketScenario::reportErrors(RunContext& ctx, const Network& net)
{
    const QStringList errors = net.errors();
    if (!errors.isEmpty())
        ctx.setOutcome(QStringLiteral("errors"), errors);
}

int serveEchoSession(Network& net, TcpSocket& conn)
{
    int echoed = 0;
    try {
        while (const std::optional<QByteArray> line = conn.readLine(MaxEchoLine)) {
            conn.sendAll(*line);
            ++echoed;
        }
    } catch (const PyError& e) {
        net.reportError(conn.resource(), e.type, e.message);
    }
    conn.close();
    return echoed;
}

} // namespace interleave
