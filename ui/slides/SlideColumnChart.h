// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/SlideStyle.h"

#include <QStringList>
#include <QVector>
#include <functional>

class QPainter;

namespace kai::ui {

// Stacked columns over periods (GPU-hours per month and consortium) for a slide: every series in
// the legend with its colour, period labels thinned so they never overlap, totals on the columns.
class SlideColumnChart
{
public:
    struct Series
    {
        QString name;
        QColor colour;
        QVector<double> values;  // one per category
    };

    QStringList categories;
    QVector<Series> series;
    QString valueAxisTitle;
    // Columns' totals are drawn above them in this format.
    std::function<QString(double)> formatTotal;

    void paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const;

private:
    double maximum() const;
};

} // namespace kai::ui
