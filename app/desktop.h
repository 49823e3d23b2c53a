// SPDX-License-Identifier: MIT
#pragma once

namespace interleave {

// Opens the desktop window and runs its event loop.
int runDesktop(int argc, char** argv);
// Loads the translation matching the user's locale (English needs none).
void installTranslations();

} // namespace interleave
