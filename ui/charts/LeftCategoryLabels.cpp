// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/LeftCategoryLabels.h"

#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace kai::ui {

namespace leftlabels {
constexpr qreal MaxShare = 0.45;   // of the chart's width, at most, for the names
constexpr qreal Padding = 6;       // between a name and its bar
constexpr qreal RowGap = 4;        // free above and below a name within its band
} // namespace leftlabels

LeftCategoryLabels::LeftCategoryLabels(QChart *chart) : QGraphicsItem(chart), m_chart(chart)
{
}

qreal LeftCategoryLabels::neededPlotHeight() const
{
    return m_categories.size() * (m_tallest + 2 * leftlabels::RowGap);
}

void LeftCategoryLabels::setCategories(QAbstractAxis *axis, const QStringList &topToBottom)
{
    // The whole axis is hidden, not only its labels: Qt Charts lays hidden labels out all the same.
    m_axis = axis;
    if (axis)
        axis->setVisible(false);
    m_categories = topToBottom;
    m_laidOutFor.invalidate();
    arrange();
}

void LeftCategoryLabels::arrange()
{
    if (!m_axis)
        return;
    prepareGeometryChange();
    const QFont font = m_axis->labelsFont();
    const qreal chartWidth = m_chart->size().width();
    if (m_laidOutFor.renew(chartWidth, font))
        layOut(chartWidth, font);
    // Each name centred on its bar's band, its right edge beside the plot.
    const QRectF plot = m_chart->plotArea();
    const qreal band = m_categories.isEmpty() ? 0 : plot.height() / m_categories.size();
    m_bounds = QRectF();
    for (int i = 0; i < m_labels.size(); ++i) {
        QRectF &rect = m_labels[i].rect;
        rect.moveTopLeft(QPointF(plot.left() - leftlabels::Padding - m_width, plot.top() + band * (i + 0.5) - rect.height() / 2));
        m_bounds |= rect;
    }
    reserve(plot);
    update();
}

void LeftCategoryLabels::layOut(qreal chartWidth, const QFont &font)
{
    // As wide as the widest name, up to MaxShare of the chart; a longer name wraps between words,
    // or between letters where one word is wider than that.
    const QFontMetricsF metrics(font);
    const QMarginsF inset = ChartStyle::backgroundInset(m_chart);
    const qreal usable = chartWidth - inset.left() - inset.right() - 2 * ChartStyle::Margin;
    qreal widest = 0;
    for (const QString &name : std::as_const(m_categories))
        widest = std::max(widest, std::ceil(metrics.horizontalAdvance(name)));
    const qreal share = std::floor(leftlabels::MaxShare * usable);
    m_width = m_categories.isEmpty() ? 0 : (ChartStyle::tooNarrowToWrap(font, share) ? widest : std::min(widest, share));
    m_labels.clear();
    m_tallest = 0;
    constexpr int Alignment = Qt::AlignRight | Qt::AlignVCenter;
    for (const QString &name : std::as_const(m_categories)) {
        const int flags = std::ceil(metrics.horizontalAdvance(name)) <= m_width
            ? Alignment
            : ChartStyle::wrapFlags(metrics, m_width, name, Alignment);
        const qreal height = std::ceil(metrics.boundingRect(QRectF(0, 0, m_width, 1e6), flags, name).height());
        m_labels.append({QRectF(0, 0, m_width, height), flags, ChartStyle::staticText(name, font, m_width, flags)});
        m_tallest = std::max(m_tallest, height);
    }
}

void LeftCategoryLabels::reserve(const QRectF &plot)
{
    // The hidden axis takes no room: the margin takes what the names need beside the plot, beyond
    // what the layout leaves there of its own.
    QMargins margins = m_chart->margins();
    const qreal room = plot.left() - ChartStyle::backgroundInset(m_chart).left() - margins.left();
    const qreal beyond = m_width > 0 ? m_width + leftlabels::Padding - std::max(0.0, room) : 0;
    const int left = ChartStyle::Margin + std::max(0, int(std::ceil(beyond)));
    if (plot.width() > 0 && margins.left() != left) {
        margins.setLeft(left);
        m_chart->setMargins(margins);
    }
}

QRectF LeftCategoryLabels::boundingRect() const
{
    return m_bounds;
}

void LeftCategoryLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_axis)
        return;
    painter->setFont(m_axis->labelsFont());
    painter->setPen(m_axis->labelsBrush().color());
    for (const Label &label : std::as_const(m_labels))
        painter->drawStaticText(label.rect.topLeft(), label.shaped);
}

} // namespace kai::ui
