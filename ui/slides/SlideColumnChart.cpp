// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideColumnChart.h"

#include "slides/SlideLegend.h"
#include "slides/SlideTicks.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace kai::ui {

double SlideColumnChart::maximum() const
{
    double highest = 0;
    for (int i = 0; i < categories.size(); ++i) {
        double total = 0;
        for (const Series &s : series)
            total += std::max(0.0, s.values.value(i));
        highest = std::max(highest, total);
    }
    return highest;
}

void SlideColumnChart::paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const
{
    SlideLegend legend;
    for (const Series &s : series)
        legend.entries.append({s.name, s.colour, Qt::SolidPattern});
    const qreal legendHeight = legend.height(style, rect.width());
    legend.paint(painter, QRectF(rect.topLeft(), QSizeF(rect.width(), legendHeight)), style);

    const QFont font = style.font(SlideStyle::Text::Label);
    const QFontMetricsF metrics(font);
    const double top = maximum() * 1.12;
    if (categories.isEmpty() || top <= 0)
        return;
    const QVector<double> ticks = SlideTicks::values(0, top, 6);
    qreal axisWidth = metrics.horizontalAdvance(valueAxisTitle) * 0;
    for (const double tick : ticks)
        axisWidth = std::max(axisWidth, metrics.horizontalAdvance(SlideTicks::label(tick, style.locale())));
    axisWidth += style.gap();
    const QRectF plot(rect.left() + axisWidth, rect.top() + legendHeight + metrics.height() * 1.6,
                      rect.width() - axisWidth, rect.height() - legendHeight - metrics.height() * 4.2);
    painter.save();
    painter.setFont(font);
    for (const double tick : ticks) {
        const qreal y = plot.bottom() - plot.height() * tick / top;
        painter.setPen(QPen(style.rule(), 1, Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.mutedInk());
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, axisWidth - style.gap() / 2, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, SlideTicks::label(tick, style.locale()));
    }
    painter.drawText(QRectF(rect.left(), plot.top() - metrics.height() * 1.5, rect.width(), metrics.height()),
                     Qt::AlignLeft | Qt::AlignTop, valueAxisTitle);
    const int count = int(categories.size());
    const qreal slot = plot.width() / count;
    const AxisLabels axis = axisLabels(metrics, slot, style.gap());
    const int every = axis.every;
    for (int i = 0; i < count; ++i) {
        qreal y = plot.bottom();
        double total = 0;
        const QRectF column(plot.left() + slot * (i + 0.15), plot.top(), slot * 0.7, plot.height());
        for (const Series &s : series) {
            const double value = std::max(0.0, s.values.value(i));
            const qreal height = plot.height() * value / top;
            painter.fillRect(QRectF(column.left(), y - height, column.width(), height), s.colour);
            y -= height;
            total += value;
        }
        painter.setPen(style.ink());
        if (formatTotal && total > 0 && every == 1) {
            painter.drawText(QRectF(column.center().x() - slot, y - metrics.height() * 1.2, slot * 2, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, formatTotal(total));
        }
        if (i % every == 0) {
            painter.drawText(QRectF(column.center().x() - slot * every / 2.0, plot.bottom() + 4, slot * every,
                                    metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, axis.labels.value(i / every));
        }
    }
    painter.setPen(QPen(style.ink(), 1.5 * style.scale()));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

SlideColumnChart::AxisLabels SlideColumnChart::axisLabels(const QFontMetricsF &metrics, qreal slot, qreal gap) const
{
    const int count = int(categories.size());
    AxisLabels axis;
    for (axis.every = 1; axis.every <= count; ++axis.every) {
        QVector<int> shown;
        for (int i = 0; i < count; i += axis.every)
            shown << i;
        axis.labels.clear();
        if (labelsOf)
            axis.labels = labelsOf(shown);
        else
            for (const int i : shown)
                axis.labels << categories[i];
        const qreal widest = std::accumulate(axis.labels.cbegin(), axis.labels.cend(), 0.0,
                                             [&](qreal w, const QString &c) { return std::max(w, metrics.horizontalAdvance(c)); });
        if (widest + gap <= slot * axis.every)
            break;
    }
    axis.every = std::min(axis.every, std::max(1, count));
    return axis;
}

} // namespace kai::ui
