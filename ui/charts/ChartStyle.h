// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QPalette>

class QValueAxis;
class QChartView;

namespace kai::ui {

// Makes a chart follow the widget palette (text, background), so a dark theme can work later, and
// turns animations off: charts here are redrawn on every as-of change and must not lag.
struct ChartStyle
{
    static void apply(QChart *chart, const QPalette &palette);
    static void applyToAxes(QChart *chart, const QPalette &palette);
    // Both of the above, for a chart view's changeEvent on QEvent::PaletteChange (theme switch).
    static void follow(QChart *chart, const QPalette &palette);
    // A value axis from 0 for counts and hours: a whole-number tick step of 1, 2 or 5 times a power
    // of ten, so integer labels never repeat ("0, 0, 0, 1, 1, 1" on a 0-1 range).
    static void setCountRange(QValueAxis *axis, double maximum, int maxTicks = 6);
    // Axis numbers in the display language's conventions (the default locale, which the language
    // manager and every export set), grouped like the tables: 1,500,000, never 1500000 or 1.5M.
    static void localiseNumbers(QChart *chart);
    // A chart view takes keyboard focus (its context actions are there): show it, like every other
    // focus stop, with a highlight frame (ChartFocusFrame).
    static void showFocus(QChartView *view);
};

} // namespace kai::ui
