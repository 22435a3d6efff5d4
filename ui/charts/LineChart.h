// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/CategoryAxisLabels.h"
#include "charts/ChartView.h"
#include "charts/ValueGridLines.h"

#include <QStringList>
#include <QVector>

class QBarCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace kai::ui {

// One line over labelled categories (e.g. utilisation % per month). Points arrive in one
// replace(): append() per point on a visible chart is quadratic. NaN values leave gaps.
class LineChart : public ChartView
{
    Q_OBJECT

public:
    explicit LineChart(QWidget *parent = nullptr);

    // labelsOf as for BarChart::setData().
    void setData(const QStringList &categories, const QVector<double> &values, double minimum, double maximum,
                 CategoryAxisLabels::LabelsOf labelsOf = {});
    void setTitles(const QString &title, const QString &seriesName, const QString &valueAxisTitle,
                   const QString &categoryName = {});
    QLineSeries *lineSeries() const { return m_series; }
    const CategoryAxisLabels *categoryLabels() const { return m_labels; }
    const ValueGridLines *gridLines() const { return m_grid; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    CategoryAxisLabels *m_labels;
    ValueGridLines *m_grid;
};

} // namespace kai::ui
