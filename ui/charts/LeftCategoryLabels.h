// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/LaidOutFor.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPointer>
#include <QStaticText>
#include <QStringList>
#include <QVector>

class QAbstractAxis;
class QChart;

namespace kai::ui {

// The names beside a horizontal bar chart's bars, drawn by the chart instead of by Qt Charts.
// Qt Charts gives a vertical axis at most 40 % of the chart's width and ends a longer label in
// "...": with large system text "LG AI Research consortium: 103.4% of the reference ✓ meets" read
// "...". Here each name wraps onto as many lines as it needs within a little under half the
// chart's width, and the chart's left margin keeps exactly the width they take; the plot height
// they need for every bar's band to hold its name is for the view to grant. The axis is hidden (it
// still places the bars).
class LeftCategoryLabels : public QGraphicsItem
{
public:
    explicit LeftCategoryLabels(QChart *chart);

    // The axis that places the bars (hidden here, its font and colour used), and the names top to
    // bottom.
    void setCategories(QAbstractAxis *axis, const QStringList &topToBottom);
    // Places the names beside the plot area and sets the chart's left margin to their width; call
    // after the plot area or the axis font changed.
    void arrange();

    // What is drawn and where (for tests).
    QStringList texts() const { return m_categories; }
    QRectF placeOf(int row) const { return m_labels.value(row).rect; }
    int flagsOf(int row) const { return m_labels.value(row).flags; }
    qreal reservedWidth() const { return m_width; }
    // The plot height at which every bar's band holds its name.
    qreal neededPlotHeight() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Label
    {
        QRectF rect;
        int flags = 0;
        QStaticText shaped;  // laid out once: a chart repaints far more often than its names change
    };
    void layOut(qreal chartWidth, const QFont &font);
    void reserve(const QRectF &plot);

    QChart *m_chart;
    QPointer<QAbstractAxis> m_axis;  // a chart built again deletes its axes
    QStringList m_categories;
    QVector<Label> m_labels;
    qreal m_width = 0;
    qreal m_tallest = 0;
    QRectF m_bounds;
    LaidOutFor m_laidOutFor;
};

} // namespace kai::ui
