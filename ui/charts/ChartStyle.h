// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QPalette>

namespace kai::ui {

// Makes a chart follow the widget palette (text, background), so a dark theme can work later, and
// turns animations off: charts here are redrawn on every as-of change and must not lag.
struct ChartStyle
{
    static void apply(QChart *chart, const QPalette &palette);
    static void applyToAxes(QChart *chart, const QPalette &palette);
};

} // namespace kai::ui
