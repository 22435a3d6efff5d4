// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/CategoryAxisLabels.h"

#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace kai::ui {

namespace {
constexpr qreal LabelGap = 8;     // at least this much free between two neighbouring labels
constexpr qreal TopPadding = 5;   // between the plot area and the labels
constexpr int MaxLines = 3;       // of a wrapped name
} // namespace

CategoryAxisLabels::CategoryAxisLabels(QChartView *view, QAbstractAxis *axis)
    : QGraphicsItem(view->chart()), m_view(view), m_chart(view->chart()), m_axis(axis),
      // Title, legend, value axis title and one line of labels, in lines of text.
      m_leastViewHeight(std::max(view->minimumHeight(), 17 * QFontMetrics(view->font()).lineSpacing()))
{
    // The whole axis is hidden, not only its labels: Qt Charts lays hidden labels out as rich text
    // on every layout all the same. The series still place their bars by it; the category grid
    // lines go with it (the value axis keeps its own).
    axis->setVisible(false);
}

void CategoryAxisLabels::setCategories(const QStringList &categories, LabelsOf labelsOf)
{
    m_categories = categories;
    m_labelsOf = std::move(labelsOf);
    m_stale = true;
    arrange();
}

void CategoryAxisLabels::arrange()
{
    prepareGeometryChange();
    const QRectF plot = m_chart->plotArea();
    const QFont font = m_axis->labelsFont();
    if (m_stale || plot.left() != m_arrangedLeft || plot.width() != m_arrangedWidth || font != m_arrangedFont) {
        m_labels.clear();
        m_height = 0;
        if (!m_categories.isEmpty() && plot.width() > 0) {
            const qreal slot = plot.width() / m_categories.size();
            if (m_labelsOf)
                arrangeSeries(plot, slot);
            else
                arrangeNames(plot, slot);
        }
        m_stale = false;
        m_arrangedLeft = plot.left();
        m_arrangedWidth = plot.width();
        m_arrangedFont = font;
    }
    // The first and last label move inwards rather than past the chart's background.
    const QMarginsF inset = ChartStyle::backgroundInset(m_chart);
    const qreal top = plot.bottom() + TopPadding;
    const qreal left = inset.left() + ChartStyle::Margin;
    const qreal right = m_chart->size().width() - inset.right() - ChartStyle::Margin;
    m_bounds = QRectF();
    for (Label &label : m_labels) {
        label.rect.moveTop(top);
        label.rect.moveLeft(std::max(left, std::min(label.rect.left(), right - label.rect.width())));
        m_bounds |= label.rect;
    }
    reserve(plot);
    update();
}

void CategoryAxisLabels::arrangeSeries(const QRectF &plot, qreal slot)
{
    // The fewest labels skipped such that the widest shown one fits its share of the axis.
    const QFontMetricsF metrics(m_axis->labelsFont());
    const int count = int(m_categories.size());
    int every = 1;
    QStringList texts;
    for (; every <= count; ++every) {
        QVector<int> shown;
        for (int i = 0; i < count; i += every)
            shown << i;
        texts = m_labelsOf(shown);
        qreal widest = 0;
        for (const QString &text : std::as_const(texts))
            widest = std::max(widest, metrics.horizontalAdvance(text));
        if (widest + LabelGap <= slot * every)
            break;
    }
    every = std::min(every, count);
    m_upright = true;
    m_height = metrics.height();
    for (int k = 0; k < texts.size() && k * every < count; ++k) {
        const qreal centre = plot.left() + slot * (k * every + 0.5);
        const qreal width = std::ceil(metrics.horizontalAdvance(texts[k]));
        QStaticText shaped(texts[k]);
        shaped.setTextFormat(Qt::PlainText);
        m_labels.append({QRectF(centre - width / 2, 0, width, m_height), texts[k], shaped, Qt::AlignHCenter | Qt::AlignTop});
    }
}

void CategoryAxisLabels::arrangeNames(const QRectF &plot, qreal slot)
{
    // Each name under its own category, on as many lines as it needs, broken between words; a
    // word wider than its share (a long Korean name has no spaces) breaks between letters rather
    // than being cut. Past MaxLines the names turn to read upwards instead: their height then no
    // longer depends on the plot's width, which the margin they reserve could otherwise squeeze
    // without end.
    const QFontMetricsF metrics(m_axis->labelsFont());
    const qreal width = std::max(1.0, slot - LabelGap);
    const QRectF room(0, 0, width, 1e6);
    QVector<int> flags;
    QVector<qreal> heights;
    for (const QString &name : std::as_const(m_categories)) {
        const int one = ChartStyle::wrapFlags(metrics, width, name, Qt::AlignHCenter | Qt::AlignTop);
        flags << one;
        heights << metrics.boundingRect(room, one, name).height();
    }
    m_upright = *std::max_element(heights.cbegin(), heights.cend()) <= metrics.lineSpacing() * MaxLines + 1;
    if (!m_upright) {
        for (int i = 0; i < m_categories.size(); ++i)
            heights[i] = std::ceil(metrics.horizontalAdvance(m_categories[i]));
    }
    const qreal lineWidth = m_upright ? width : metrics.height();
    for (int i = 0; i < m_categories.size(); ++i) {
        m_height = std::max(m_height, heights[i]);
        const qreal centre = plot.left() + slot * (i + 0.5);
        m_labels.append({QRectF(centre - lineWidth / 2, 0, lineWidth, heights[i]), m_categories[i], {}, flags[i]});
    }
}

void CategoryAxisLabels::reserve(const QRectF &plot)
{
    // Below the plot area the layout keeps a little room of its own (the value axis's last label,
    // the background's frame): the margin takes what the labels need beyond it.
    QMargins margins = m_chart->margins();
    const qreal band = m_chart->size().height() - margins.bottom() - plot.bottom() - ChartStyle::backgroundInset(m_chart).bottom();
    const qreal beyond = m_height > 0 ? m_height + TopPadding - std::max(0.0, band) : 0;
    const int bottom = ChartStyle::Margin + std::max(0, int(std::ceil(beyond)));
    if (plot.height() > 0 && margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }
    // Labels on further lines (or turned) take their height from the plot: the view grows instead.
    const qreal line = QFontMetricsF(m_axis->labelsFont()).height();
    const int least = m_leastViewHeight + std::max(0, int(std::ceil(m_height - line)));
    ChartStyle::setMinimumHeightLater(m_view, least);
}

void CategoryAxisLabels::numberCategories(QBarCategoryAxis *axis, int count)
{
    if (axis->count() == count)
        return;
    QStringList numbers;
    for (int i = 0; i < count; ++i)
        numbers << QString::number(i);
    // clear() alone would leave the old range on an axis that gets no categories.
    axis->setCategories(numbers);
    if (numbers.isEmpty())
        axis->setRange(QString(), QString());
}

QStringList CategoryAxisLabels::shownTexts() const
{
    QStringList texts;
    for (const Label &label : m_labels)
        texts << label.text;
    return texts;
}

QRectF CategoryAxisLabels::boundingRect() const
{
    return m_bounds;
}

void CategoryAxisLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(m_axis->labelsFont());
    painter->setPen(m_axis->labelsBrush().color());
    for (const Label &label : std::as_const(m_labels)) {
        if (m_upright && m_labelsOf) {  // one line each
            painter->drawStaticText(label.rect.topLeft(), label.shaped);
            continue;
        }
        if (m_upright) {
            painter->drawText(label.rect, label.flags, label.text);
            continue;
        }
        // Turned -90° about the label's centre, its end towards the axis.
        painter->save();
        painter->translate(label.rect.center());
        painter->rotate(-90);
        const QSizeF turned(label.rect.height(), label.rect.width());
        painter->drawText(QRectF(QPointF(-turned.width() / 2, -turned.height() / 2), turned),
                          Qt::AlignRight | Qt::AlignVCenter, label.text);
        painter->restore();
    }
}

} // namespace kai::ui
