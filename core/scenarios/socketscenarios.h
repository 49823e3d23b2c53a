// SPDX-License-Identifier: MIT
#pragma once

namespace interleave {

class Registry;

// Adds the three socket.* scenarios of the catalog, in catalog order.
void addSocketScenarios(Registry& registry);

} // namespace interleave
