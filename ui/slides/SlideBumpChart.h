// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/BumpChart.h"
#include "slides/SlideStyle.h"

class QPainter;

namespace kai::ui {

// Rank movement for a slide: rank 1 on top, a line per consortium in its own colour, the rank in
// each point and the name at the line's end (direct labels, no distant legend).
class SlideBumpChart
{
public:
    // Each line in its colour from the data (ConsortiumPalette, as in the window).
    explicit SlideBumpChart(const BumpChart::Data &data) : m_data(data) {}

    void paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const;

private:
    BumpChart::Data m_data;
};

} // namespace kai::ui
