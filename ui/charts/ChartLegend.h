// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/LaidOutFor.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPen>
#include <QStaticText>
#include <QStringList>
#include <QVector>

class QChart;
class QChartView;

namespace kai::ui {

// A chart's legend under everything else in the chart, drawn by the chart instead of by Qt Charts.
// Qt Charts lays a legend out in one row and ends each entry that does not fit in "...": with
// large system text the Rounds view's "At or above 95% of the reference (solid, outlined)" read
// "At or above 95% of th...". Here entries flow onto as many rows as they need, an entry wider
// than the chart wraps its own text, and the chart's bottom margin keeps exactly the height they
// take. Qt's legend is hidden. For charts whose bottom margin is not otherwise used (a bottom
// category axis reserves it with CategoryAxisLabels).
class ChartLegend : public QGraphicsItem
{
public:
    struct Entry
    {
        QString text;
        QBrush brush;  // of a box marker (a bar set's fill and outline)
        QPen pen;
        bool line = false;  // a line series: a short stroke of its pen instead of a box
    };

    explicit ChartLegend(QChartView *view);

    void setEntries(const QVector<Entry> &entries);
    // Places the entries along the chart's bottom edge and sets its bottom margin to the height
    // they take; call after the chart's size or the legend font changed.
    void arrange();

    // What is drawn, in order, and where (for tests).
    QStringList texts() const;
    QRectF placeOf(int entry) const;  // in the chart's coordinates
    qreal reservedHeight() const { return m_height; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Placed
    {
        QRectF rect;        // marker and text
        QRectF textRect;
        QStaticText shaped;
    };
    void layOut(qreal width, bool wrap);
    void reserve();

    QChart *m_chart;
    QVector<Entry> m_entries;
    QVector<Placed> m_placed;
    qreal m_height = 0;
    QRectF m_bounds;
    LaidOutFor m_laidOutFor;
};

} // namespace kai::ui
