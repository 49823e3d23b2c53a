// SPDX-License-Identifier: MIT
#include "scenarios/poolscenarios.h"

#include "engine/registry.h"

namespace interleave {

void addPoolScenarios(Registry& registry)
{
    // Catalog order (DESIGN.md): the browser and `interleave list` show them in this order.
    Q_UNUSED(registry);
}

} // namespace interleave
