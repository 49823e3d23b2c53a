// SPDX-License-Identifier: MIT
#include "scenarios/threadscenarios.h"

namespace interleave {

void addThreadScenarios(Registry&)
{
    // Filled by the thread scenarios.
}

} // namespace interleave
