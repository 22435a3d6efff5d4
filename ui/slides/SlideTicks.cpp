// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideTicks.h"

#include "items/ChartAxisText.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace kai::ui {

QVector<double> SlideTicks::values(double minimum, double maximum, int most)
{
    QVector<double> ticks;
    const double span = maximum - minimum;
    if (span <= 0)
        return ticks;
    most = std::max(2, most);
    const double rough = span / most;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (power * factor >= rough) {
            step = power * factor;
            break;
        }
    }
    for (double tick = std::ceil(minimum / step) * step; tick <= maximum + step * 1e-6; tick += step) {
        // The C locale's digits tell ticks apart as well as any language's.
        const QString text = label(tick, QLocale::c());
        if (ticks.isEmpty() || label(ticks.last(), QLocale::c()) != text)
            ticks.append(tick);
    }
    return ticks;
}

QString SlideTicks::label(double value, const QLocale &locale)
{
    return ChartAxisText::number(value, locale);
}

} // namespace kai::ui
