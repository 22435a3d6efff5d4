// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

namespace kai::ui {

// "Nice" axis ticks (1, 2, 2.5 or 5 times a power of ten) that never repeat a label.
class SlideTicks
{
public:
    static QVector<double> values(double minimum, double maximum, int most);
    // A tick's label in the slide's language: grouped like the tables (1,500,000), never "1.5M".
    static QString label(double value, const QLocale &locale);
};

} // namespace kai::ui
