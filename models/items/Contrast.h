// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace kai {

// WCAG 2.2 contrast: the relative luminance of an sRGB colour and the ratio of two (1 to 21).
// Text needs 4.5:1 against its background, large text and graphical marks (bars, lines, focus
// frames) 3:1 (success criteria 1.4.3 and 1.4.11).
struct Contrast
{
    static constexpr double Text = 4.5;
    static constexpr double LargeTextOrMark = 3.0;

    static double luminance(const QColor &colour);
    static double ratio(const QColor &a, const QColor &b);
    // The colour's hue and saturation at the given relative luminance (0-1), for mark colours that
    // must stand out against both a light and a dark background.
    static QColor atLuminance(const QColor &colour, double luminance);
};

} // namespace kai
