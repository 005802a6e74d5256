// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#pragma once

#include <QPalette>
#include <QString>

namespace Airlock {

/**
 * Light or dark, for the whole application. Qt's colour scheme hint alone
 * changes nothing where no platform theme draws the widgets (Xvfb, a bare
 * window manager, most non-KDE desktops), so a dark choice brings its own
 * palette on the Fusion style; "system" follows what the platform reports,
 * also when it changes while Airlock runs.
 */
class AppTheme
{
public:
    enum class Scheme {
        System,
        Light,
        Dark,
    };

    /// "system", "light" or "dark", as saved in the settings; anything else is System.
    static Scheme fromSetting(const QString &value);
    /// Applies @p scheme to the application and every window it has.
    static void apply(Scheme scheme);
    /// The scheme in effect: Light or Dark, whatever was asked for.
    static Scheme current();
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    /// For a banner that must stand out (a training scenario, a refusal):
    /// a red that reads on @p palette, light or dark.
    static QPalette alertPalette(const QPalette &palette);
};

} // namespace Airlock
