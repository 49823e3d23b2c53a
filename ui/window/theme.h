// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace interleave {

// Light or dark: follows the system by default; the View menu can force either.
class Theme {
public:
    enum class Mode { System, Light, Dark };

    // Sets the application palette. System clears it, so the platform's palette (and its later
    // changes, e.g. the desktop switching to dark at night) shows through.
    static void apply(Mode mode);
    static bool isDark(const QPalette& palette);

    static QString modeName(Mode mode); // "system", "light", "dark" (for settings)
    static Mode modeFromName(const QString& name); // System when unknown

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace interleave
