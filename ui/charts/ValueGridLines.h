// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QVector>

class QChart;
class QValueAxis;

namespace kai::ui {

// The horizontal grid lines of a chart's vertical value axis, drawn by the chart without
// antialiasing. A chart whose series are drawn antialiased (a line chart) had Qt Charts draw every
// grid line antialiased too: an antialiased cosmetic stroke per line, computed pixel by pixel,
// which was about a twentieth of a language switch's instructions on the GPU usage view, for lines
// that lie on whole pixels and look the same without. Lines go where Qt Charts puts them (at the
// axis's fixed or dynamic ticks); the axis's own grid is hidden, its labels and ticks stay.
class ValueGridLines : public QGraphicsItem
{
public:
    ValueGridLines(QChart *chart, QValueAxis *axis);

    // Places the lines in the chart's plot area; call after the plot area, the range or the ticks changed.
    void arrange();
    const QVector<QLineF> &lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<qreal> tickPositions(const QRectF &plot) const;

    QChart *m_chart;
    QValueAxis *m_axis;
    QVector<QLineF> m_lines;
};

} // namespace kai::ui
