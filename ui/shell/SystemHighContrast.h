// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kai::ui {

// Whether the operating system asks applications for high contrast. Qt 6.4 has no
// QStyleHints::colorScheme or contrast hint, so: on Windows the "High contrast" setting
// (SystemParametersInfo SPI_GETHIGHCONTRAST); elsewhere the environment — KAI_HIGH_CONTRAST=1,
// or a GTK_THEME whose name contains "HighContrast" (GNOME's high-contrast theme sets it for the
// session when chosen through GNOME Tweaks or gsettings-driven start scripts).
bool systemWantsHighContrast();

} // namespace kai::ui
