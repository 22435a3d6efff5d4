// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartStyle.h"

#include "charts/ChartFocusFrame.h"

#include <QAbstractAxis>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace kai::ui {

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
}

void ChartStyle::applyToAxes(QChart *chart, const QPalette &palette)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

void ChartStyle::follow(QChart *chart, const QPalette &palette)
{
    apply(chart, palette);
    applyToAxes(chart, palette);
}

void ChartStyle::setCountRange(QValueAxis *axis, double maximum, int maxTicks)
{
    const double top = std::max(maximum, 1.0);
    const double rough = top / std::max(1, maxTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor == 2.5 && power < 10)
            continue;  // 2.5 is no whole number
        step = factor * power;
        if (step >= rough)
            break;
    }
    step = std::max(step, 1.0);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void ChartStyle::localiseNumbers(QChart *chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

void ChartStyle::showFocus(QChartView *view)
{
    new ChartFocusFrame(view);
}

} // namespace kai::ui
