// SPDX-License-Identifier: MIT
#pragma once

#include "engine/scenario.h"

#include <QCoreApplication>
#include <QVariantList>

#include <memory>

namespace interleave {

class RunContext;
class Network;
class TcpSocket;

// What the socket.* scenarios share: their category, the translation context ("Scenario"), the echo
// protocol (lines ending in "\n") and the way a misbehaving peer becomes an outcome.
class SocketScenario : public Scenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
public:
    QString category() const override { return QStringLiteral("socket"); }

protected:
    static qint64 nowNs(RunContext& ctx);
    static QVariantList toMs(const std::vector<qint64>& ns); // durations, rounded to 0.1 ms
    // Adds `errors` (what peers did wrong) to the outcome when there were any.
    static void reportErrors(RunContext& ctx, const Network& net);
};

// The longest echo line a server accepts: a peer that sends more without "\n" is not speaking the
// protocol.
inline constexpr qint64 MaxEchoLine = 4 << 20;

// A TCP echo session on the server side: reads lines and sends each back until the client closes.
// Returns how many lines it echoed. A client that closes mid-line or sends an endless line is reported
// (an exception instant and a line in the outcome's `errors`), never thrown.
int serveEchoSession(Network& net, TcpSocket& conn);

std::unique_ptr<Scenario> makeTcpEchoScenario();
std::unique_ptr<Scenario> makeUdpEchoScenario();
std::unique_ptr<Scenario> makeHttpFetchScenario();

} // namespace interleave
