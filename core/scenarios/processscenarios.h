// SPDX-License-Identifier: MIT
#pragma once

namespace interleave {

class Registry;

// Adds the eight process.* scenarios of the catalog, in catalog order.
void addProcessScenarios(Registry& registry);

} // namespace interleave
