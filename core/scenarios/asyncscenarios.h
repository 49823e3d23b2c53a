// SPDX-License-Identifier: MIT
#pragma once

namespace interleave {

class Registry;

// Adds the eleven async.* scenarios of the catalog, in catalog order.
void addAsyncScenarios(Registry& registry);

} // namespace interleave
