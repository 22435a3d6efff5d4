// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideBarChart.h"

#include "slides/SlideLegend.h"
#include "slides/SlideTicks.h"

#include <QPainter>
#include <algorithm>

namespace kai::ui {

namespace {
constexpr int BarLabelWrapFlags = Qt::TextWordWrap;
}

QVector<HorizontalBarChart::Set> SlideBarChart::visibleSets() const
{
    QVector<HorizontalBarChart::Set> sets;
    for (const HorizontalBarChart::Set &set : m_data.sets) {
        if (std::any_of(set.values.cbegin(), set.values.cend(), [](double v) { return v > 0; }))
            sets.append(set);
    }
    return sets;
}

qreal SlideBarChart::labelWidth(const QFontMetricsF &metrics, qreal width) const
{
    qreal widest = 0;
    for (const QString &category : m_data.categories)
        widest = std::max(widest, metrics.horizontalAdvance(category));
    return std::min(widest + metrics.height(), width * 0.42);
}

void SlideBarChart::paintAxis(QPainter &painter, const QRectF &plot, qreal fullWidth, const SlideStyle &style) const
{
    const QFont font = style.font(SlideStyle::Text::Label);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    // Tick count from the chart's whole width, not the plot's: the labels' language must not change it.
    for (const double tick : SlideTicks::values(0, m_data.maximum, int(fullWidth / (metrics.height() * 9)))) {
        const qreal x = plot.left() + plot.width() * tick / m_data.maximum;
        painter.setPen(QPen(style.rule(), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(style.mutedInk());
        const QString text = SlideTicks::label(tick, style.locale());
        painter.drawText(QRectF(x - 100, plot.bottom() + 4, 200, metrics.height()), Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.setPen(style.mutedInk());
    painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() * 1.3, plot.width(), metrics.height() * 1.2),
                     Qt::AlignHCenter | Qt::AlignTop, m_data.valueAxisTitle);
}

void SlideBarChart::paintReference(QPainter &painter, const QRectF &plot, const SlideStyle &style) const
{
    if (!m_data.referenceLine || m_data.maximum <= 0)
        return;
    const qreal x = plot.left() + plot.width() * *m_data.referenceLine / m_data.maximum;
    painter.setPen(QPen(style.ink(), 2.5 * style.scale(), Qt::DashLine));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    const QFont font = style.font(SlideStyle::Text::Label, true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(m_data.referenceLineName) + metrics.height();
    // On the line, at its top; kept inside the plot.
    const qreal left = std::clamp(x - width / 2, plot.left(), plot.right() - width);
    const QRectF box(left, plot.top() - metrics.height() * 1.4, width, metrics.height() * 1.3);
    painter.fillRect(box, style.palette().color(QPalette::Window));
    painter.setPen(style.ink());
    painter.drawText(box, Qt::AlignCenter, m_data.referenceLineName);
}

void SlideBarChart::paint(QPainter &painter, const QRectF &rect, const SlideStyle &style) const
{
    const QVector<HorizontalBarChart::Set> sets = visibleSets();
    SlideLegend legend;
    if (sets.size() > 1) {
        for (const HorizontalBarChart::Set &set : sets)
            legend.entries.append({set.name, set.colour, set.pattern});
    }
    const qreal legendHeight = legend.height(style, rect.width());
    legend.paint(painter, QRectF(rect.topLeft(), QSizeF(rect.width(), legendHeight)), style);

    const QFont labelFont = style.font(SlideStyle::Text::Body);
    const QFontMetricsF metrics(labelFont);
    const QFontMetricsF small(style.font(SlideStyle::Text::Label));
    const qreal labels = labelWidth(metrics, rect.width());
    const qreal top = rect.top() + legendHeight + (m_data.referenceLine ? small.height() * 1.6 : 0);
    const QRectF plot(rect.left() + labels, top, rect.width() - labels - style.gap(),
                      rect.bottom() - top - small.height() * 2.6);
    const int count = int(m_data.categories.size());
    if (count == 0 || m_data.maximum <= 0)
        return;
    paintAxis(painter, plot, rect.width(), style);
    const qreal slot = plot.height() / count;
    const qreal thickness = std::min(slot * 0.68, 110.0 * style.scale());
    painter.setFont(labelFont);
    for (int i = 0; i < count; ++i) {
        const qreal centre = plot.top() + slot * (i + 0.5);
        painter.setPen(style.ink());
        painter.drawText(QRectF(rect.left(), plot.top() + slot * i, labels - style.gap(), slot),
                         Qt::AlignRight | Qt::AlignVCenter | BarLabelWrapFlags, m_data.categories[i]);
        qreal x = plot.left();
        for (const HorizontalBarChart::Set &set : m_data.sets) {
            const double value = set.values.value(i);
            if (value <= 0)
                continue;
            const qreal width = plot.width() * value / m_data.maximum;
            const QRectF bar(x, centre - thickness / 2, width, thickness);
            painter.setPen(QPen(set.colour.darker(140), 1.5 * style.scale(), set.outline));
            painter.setBrush(QBrush(set.colour, set.pattern));
            painter.drawRect(bar);
            x += width;
        }
    }
    painter.setBrush(Qt::NoBrush);
    paintReference(painter, plot, style);
}

} // namespace kai::ui
