// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/Contrast.h"

#include <algorithm>
#include <cmath>

namespace kai {

namespace {
double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double Contrast::luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::atLuminance(const QColor &colour, double target)
{
    // Luminance grows with HSL lightness at a fixed hue and saturation: bisect the lightness.
    const QColor hsl = colour.toHsl();
    double low = 0.0;
    double high = 1.0;
    QColor best = colour;
    for (int step = 0; step < 30; ++step) {
        const double lightness = (low + high) / 2;
        best = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(lightness)).toRgb();
        (luminance(best) < target ? low : high) = lightness;
    }
    return best;
}

} // namespace kai
