// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/LaidOutFor.h"

#include <QGraphicsItem>
#include <QTextLayout>
#include <QStringList>
#include <memory>

class QChart;

namespace kai::ui {

// A chart's title, drawn by the chart instead of by Qt Charts. Qt Charts ends a title that does not
// fit in "..." and lays it out inside the chart's margins, which the names beside a horizontal bar
// chart widen. Here the title wraps onto as many lines as it needs, centred across the whole chart,
// and the chart's top margin keeps exactly the height it takes. Plain text, never markup.
class ChartTitleItem : public QGraphicsItem
{
public:
    explicit ChartTitleItem(QChart *chart);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Wraps the title for the chart's width and sets the chart's top margin to its height; call
    // after the chart's size or its title font changed.
    void arrange();

    QStringList lines() const;  // as drawn (for tests)
    qreal reservedHeight() const { return m_height; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void layOut(qreal width, bool wrap);

    QChart *m_chart;
    QString m_text;
    // Laid out (shaped) once per text, width and font: a chart repaints far more often.
    std::unique_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
    QRectF m_bounds;
    LaidOutFor m_laidOutFor;
};

} // namespace kai::ui
