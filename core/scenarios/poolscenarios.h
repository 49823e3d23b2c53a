// SPDX-License-Identifier: MIT
#pragma once

namespace interleave {

class Registry;

// Adds the six pool.* scenarios of the catalog, in catalog order.
void addPoolScenarios(Registry& registry);

} // namespace interleave
