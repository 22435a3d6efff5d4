// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>
#include <QStringList>
#include <QVector>
#include <functional>

class QAbstractAxis;
class QBarCategoryAxis;
class QChart;
class QChartView;

namespace kai::ui {

// The labels of a chart's bottom category axis, drawn by the chart instead of by Qt Charts.
// Qt Charts gives a horizontal axis at most 40 % of the chart's height and ends a longer label
// in "...": on a chart 260 pixels high, "2025년 12월" turned -90° became "2025년 1...", and
// "Motif Technologies" at -30° "Motif Tech...". Here the labels are never cut: a series of
// periods stays horizontal and labels every n-th one that fits (with the year where it changes),
// names wrap onto up to three lines (else all turn -90°), and the chart's bottom margin keeps
// exactly the height they take. The axis itself is hidden (it still places the bars).
class CategoryAxisLabels : public QGraphicsItem
{
public:
    // The texts of the categories at the given indexes, for an axis that shows only some of them
    // (a month's year is named where it changes among those shown).
    using LabelsOf = std::function<QStringList(const QVector<int> &shown)>;

    // Hides the axis; the item lives in the view's chart. The view's minimum height
    // (set before) grows with large system text and with labels of more than one line.
    CategoryAxisLabels(QChartView *view, QAbstractAxis *axis);

    // labelsOf empty: every category is labelled with its own text, wrapped where it is too wide.
    void setCategories(const QStringList &categories, LabelsOf labelsOf = {});
    // Places the labels under the chart's plot area and sets the chart's bottom margin to the
    // height they take; call after the plot area or the axis font changed.
    void arrange();

    // Gives an axis whose labels this draws `count` categories. They are the bars' numbers: the
    // axis only places the bars, and a language, as-of or filter change mostly keeps their number,
    // so the axis is not laid out again.
    static void numberCategories(QBarCategoryAxis *axis, int count);

    // What is drawn, in order, where, and with which text flags (for tests).
    QStringList shownTexts() const;
    QRectF placeOf(int shown) const { return m_labels.value(shown).rect; }
    int flagsOf(int shown) const { return m_labels.value(shown).flags; }
    // The reserved height under the plot area.
    qreal reservedHeight() const { return m_height; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Label
    {
        QRectF rect;
        QString text;
        QStaticText shaped;  // one line, laid out once: a chart repaints far more often than its labels change
        int flags = 0;       // of an upright label
    };
    void arrangeSeries(const QRectF &plot, qreal slot);
    void arrangeNames(const QRectF &plot, qreal slot);
    void reserve(const QRectF &plot);

    QChartView *m_view;
    QChart *m_chart;
    QAbstractAxis *m_axis;
    int m_leastViewHeight;
    QStringList m_categories;
    LabelsOf m_labelsOf;
    QVector<Label> m_labels;
    bool m_upright = true;  // else turned -90°, when names would take more than a few lines
    qreal m_height = 0;
    QRectF m_bounds;
    // What the labels were arranged for: a layout that keeps the plot's left edge and width (a
    // margin or height change) only moves them.
    bool m_stale = true;
    qreal m_arrangedLeft = 0;
    qreal m_arrangedWidth = -1;
    QFont m_arrangedFont;
};

} // namespace kai::ui
