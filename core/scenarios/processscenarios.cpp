// SPDX-License-Identifier: MIT
#include "scenarios/processscenarios.h"

#include "engine/registry.h"
#include "scenarios/process/processscenario.h"

namespace interleave {

void addProcessScenarios(Registry& registry)
{
    // Catalog order (DESIGN.md): the browser and `interleave list` show them in this order.
    registry.add(makeProcessStartJoinScenario());
    registry.add(makeProcessPoolScenario());
    registry.add(makeProcessQueueScenario());
    registry.add(makeProcessPipeScenario());
    registry.add(makeProcessLockScenario());
    registry.add(makeProcessValueScenario());
    registry.add(makeProcessArrayScenario());
    registry.add(makeProcessManagerScenario());
}

} // namespace interleave
