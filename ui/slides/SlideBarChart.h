// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/HorizontalBarChart.h"
#include "slides/SlideStyle.h"

class QPainter;

namespace kai::ui {

// Horizontal stacked bars for a slide, from the same plain data as the window's chart: labels
// beside the bars (they carry the figures), a value axis whose ticks never repeat, the reference
// line labelled on the line and a legend with every series that has a bar.
class SlideBarChart
{
public:
    explicit SlideBarChart(const HorizontalBarChart::Data &data) : m_data(data) {}

    void paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const;

private:
    QVector<HorizontalBarChart::Set> visibleSets() const;
    qreal labelWidth(const QFontMetricsF &metrics, qreal width) const;
    void paintAxis(QPainter &painter, const QRectF &plot, qreal fullWidth, const SlideStyle &style) const;
    void paintReference(QPainter &painter, const QRectF &plot, const SlideStyle &style) const;

    HorizontalBarChart::Data m_data;
};

} // namespace kai::ui
