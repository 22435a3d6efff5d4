// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/CategoryAxisLabels.h"
#include "charts/ChartView.h"

#include <QColor>
#include <QStringList>
#include <QVector>

class QAbstractBarSeries;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace kai::ui {

// A bar chart over plain data: one bar set per series, one category per label, either stacked
// (parts of a total) or side by side (compare). An update keeps the sets and replaces their values
// when the series are the same in number; the number of categories is whatever the caller
// aggregated to (months, days), never raw samples.
class BarChart : public ChartView
{
    Q_OBJECT

public:
    enum class Layout { Stacked, Grouped };
    struct Series
    {
        QString name;
        QVector<double> values;  // one per category
        QColor colour;           // invalid: the chart theme's next colour
    };

    explicit BarChart(Layout layout, QWidget *parent = nullptr);

    // categories name the bars (and the rows of "Show as table"); labelsOf, when given, writes the
    // axis labels of a series of periods, of which the axis may show only every n-th.
    void setData(const QStringList &categories, const QVector<Series> &series,
                 CategoryAxisLabels::LabelsOf labelsOf = {});
    // categoryName heads the first column of "Show as table" ("Period", "Consortium").
    void setTitles(const QString &title, const QString &valueAxisTitle, const QString &categoryName = {});
    QAbstractBarSeries *barSeries() const { return m_series; }
    QStringList categories() const { return m_categories; }
    const CategoryAxisLabels *categoryLabels() const { return m_labels; }

signals:
    void categoryClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QBarSet *newSet(const Series &series, const QList<qreal> &values);
    static void replaceValues(QBarSet *set, const Series &series, const QList<qreal> &values);

    QAbstractBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    CategoryAxisLabels *m_labels;
    QStringList m_categories;
    Layout m_layout;
    QVector<bool> m_ownColours;  // per set: whether its colour came with the data
};

} // namespace kai::ui
