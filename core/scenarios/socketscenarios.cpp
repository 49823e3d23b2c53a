// SPDX-License-Identifier: MIT
#include "scenarios/socketscenarios.h"

#include "engine/registry.h"
#include "scenarios/socket/socketscenario.h"

namespace interleave {

void addSocketScenarios(Registry& registry)
{
    // Catalog order (DESIGN.md): the browser and `interleave list` show them in this order.
    registry.add(makeTcpEchoScenario());
    registry.add(makeUdpEchoScenario());
    registry.add(makeHttpFetchScenario());
}

} // namespace interleave
