// SPDX-License-Identifier: MIT
#include "scenarios/asyncscenarios.h"

#include "engine/registry.h"
#include "scenarios/async/asyncscenario.h"

namespace interleave {

void addAsyncScenarios(Registry& registry)
{
    // Catalog order (DESIGN.md): the browser and `interleave list` show them in this order.
    registry.add(makeAsyncHelloScenario());
    registry.add(makeAsyncTasksScenario());
    registry.add(makeAsyncGatherScenario());
    registry.add(makeAsyncWaitScenario());
    registry.add(makeAsyncWaitForScenario());
    registry.add(makeAsyncLockScenario());
    registry.add(makeAsyncSemaphoreScenario());
    registry.add(makeAsyncGeneratorScenario());
    registry.add(makeAsyncCancelScenario());
    registry.add(makeAsyncQueueScenario());
    registry.add(makeAsyncBlockingScenario());
}

} // namespace interleave
