// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slides/SlideStyle.h"

#include <QStringList>
#include <QVector>
#include <functional>

class QFontMetricsF;
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
    // The labels of the categories the axis has room for (every other, every third...), when they
    // depend on which are shown (a month axis names the year where it changes); default: categories.
    std::function<QStringList(const QVector<int> &shown)> labelsOf;
    QVector<Series> series;
    QString valueAxisTitle;
    // Columns' totals are drawn above them in this format.
    std::function<QString(double)> formatTotal;

    void paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const;

private:
    double maximum() const;
    struct AxisLabels
    {
        int every = 1;
        QStringList labels;  // of categories 0, every, 2·every...
    };
    // The densest labelling whose labels do not overlap.
    AxisLabels axisLabels(const QFontMetricsF &metrics, qreal slot, qreal gap) const;
};

} // namespace kai::ui
