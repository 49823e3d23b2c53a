// SPDX-License-Identifier: MIT
#pragma once

namespace interleave {

class Registry;

// Adds the nine threads.* scenarios of the catalog, in catalog order.
void addThreadScenarios(Registry& registry);

} // namespace interleave
