// SPDX-License-Identifier: MIT
#include "scenarios/threadscenarios.h"

#include "engine/registry.h"
#include "scenarios/threads/threadscenario.h"

namespace interleave {

void addThreadScenarios(Registry& registry)
{
    // Catalog order (DESIGN.md): the browser and `interleave list` show them in this order.
    registry.add(makeStartJoinScenario());
    registry.add(makeDaemonScenario());
    registry.add(makeRaceScenario());
    registry.add(makeLockScenario());
    registry.add(makeRLockScenario());
    registry.add(makeConditionScenario());
    registry.add(makeEventScenario());
    registry.add(makeSemaphoreScenario());
    registry.add(makeDeadlockScenario());
}

} // namespace interleave
