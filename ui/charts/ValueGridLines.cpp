// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ValueGridLines.h"

#include <QChart>
#include <QPainter>
#include <QValueAxis>
#include <cmath>

namespace kai::ui {

namespace gridlines {
// Qt Charts' stacking of a chart's parts (ChartPresenter::GridZValue): above the plot area's
// background and shades, under the axes and the series.
constexpr qreal GridZValue = 2;
} // namespace gridlines

ValueGridLines::ValueGridLines(QChart *chart, QValueAxis *axis) : QGraphicsItem(chart), m_chart(chart), m_axis(axis)
{
    setZValue(gridlines::GridZValue);
    m_axis->setGridLineVisible(false);
}

QVector<qreal> ValueGridLines::tickPositions(const QRectF &plot) const
{
    // As ChartValueAxisY::calculateLayout places them.
    QVector<qreal> positions;
    const qreal minimum = m_axis->min();
    const qreal maximum = m_axis->max();
    if (m_axis->tickType() == QValueAxis::TicksFixed) {
        const int count = std::max(2, m_axis->tickCount());
        const qreal step = plot.height() / (count - 1);
        for (int i = 0; i < count; ++i)
            positions << plot.bottom() - i * step;
    } else if (m_axis->tickInterval() > 0 && maximum > minimum) {
        const qreal interval = m_axis->tickInterval();
        const qreal first = m_axis->tickAnchor() - std::floor((m_axis->tickAnchor() - minimum) / interval) * interval;
        const qreal scale = plot.height() / (maximum - minimum);
        for (qreal value = first; value <= maximum; value += interval)
            positions << plot.bottom() - (value - minimum) * scale;
    }
    if (m_axis->isReverse()) {
        for (qreal &y : positions)
            y = plot.top() + plot.bottom() - y;
    }
    return positions;
}

void ValueGridLines::arrange()
{
    prepareGeometryChange();
    m_lines.clear();
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    for (const qreal y : tickPositions(plot)) {
        if (y >= plot.top() && y <= plot.bottom())  // as Qt Charts hides a line outside the plot
            m_lines << QLineF(plot.left(), y, plot.right(), y);
    }
    update();
}

QRectF ValueGridLines::boundingRect() const
{
    // The pen is a pixel or two wide: half of it lies outside the plot on the outer lines.
    const QRectF plot = m_chart->plotArea();
    return m_lines.isEmpty() ? QRectF() : plot.adjusted(-2, -2, 2, 2);
}

void ValueGridLines::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_lines.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(m_axis->gridLinePen());
    painter->drawLines(m_lines);
}

} // namespace kai::ui
