// SPDX-License-Identifier: MIT
#include "scenarios/poolscenarios.h"

#include "engine/registry.h"
#include "scenarios/pool/poolscenario.h"

namespace interleave {

void addPoolScenarios(Registry& registry)
{
    // Catalog order (DESIGN.md): the browser and `interleave list` show them in this order.
    registry.add(makePoolMapScenario());
    registry.add(makeAsCompletedScenario());
    registry.add(makePoolCancelScenario());
    registry.add(makePoolExceptionScenario());
    registry.add(makePoolShutdownScenario());
    registry.add(makeGilScenario());
}

} // namespace interleave
