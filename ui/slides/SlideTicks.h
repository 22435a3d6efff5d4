// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace kai::ui {

// "Nice" axis ticks (1, 2, 2.5 or 5 times a power of ten) that never repeat a label.
class SlideTicks
{
public:
    static QVector<double> values(double minimum, double maximum, int most);
    // Compact figures: 1,200 → 1.2k, 3,400,000 → 3.4M; language-neutral.
    static QString label(double value);
};

} // namespace kai::ui
