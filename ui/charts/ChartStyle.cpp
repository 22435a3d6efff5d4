// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QLegend>

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
    }
}

} // namespace kai::ui
