// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/LineChart.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QEvent>
#include <memory>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace kai::ui {

LineChart::LineChart(QWidget *parent)
    : ChartView(parent), m_series(new QLineSeries), m_categoryAxis(new QBarCategoryAxis), m_valueAxis(new QValueAxis), m_labels(nullptr), m_grid(nullptr)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_series->setPointsVisible(true);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Qt Charts measures a value axis again when its range changes only once the axis has a
    // geometry (ChartAxisElement::handleRangeChanged): from the default 0-1, a first range of
    // 0-100 left the axis as wide as "1", and "100" read "1...". Start from the common range.
    m_valueAxis->setRange(0, 100);
    // The legend goes above the plot: the space under it is the category labels'.
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // setChart() releases the view's default chart without deleting it.
    std::unique_ptr<QChart> defaultChart(this->chart());
    setChart(chart);
    ChartStyle::follow(chart, palette());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    m_labels = new CategoryAxisLabels(this, m_categoryAxis);
    m_grid = new ValueGridLines(chart, m_valueAxis);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        m_labels->arrange();
        m_grid->arrange();
    });
    const auto arrangeGrid = [this] { m_grid->arrange(); };
    connect(m_valueAxis, &QValueAxis::rangeChanged, this, arrangeGrid);
    connect(m_valueAxis, &QValueAxis::tickCountChanged, this, arrangeGrid);
    connect(m_valueAxis, &QValueAxis::tickTypeChanged, this, arrangeGrid);
    connect(m_valueAxis, &QValueAxis::tickIntervalChanged, this, arrangeGrid);
    connect(m_valueAxis, &QValueAxis::tickAnchorChanged, this, arrangeGrid);
    connect(m_valueAxis, &QValueAxis::reverseChanged, this, arrangeGrid);
}

void LineChart::setData(const QStringList &categories, const QVector<double> &values, double minimum, double maximum,
                        CategoryAxisLabels::LabelsOf labelsOf)
{
    CategoryAxisLabels::numberCategories(m_categoryAxis, int(categories.size()));
    m_labels->setCategories(categories, std::move(labelsOf));
    QList<QPointF> points;
    points.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            points.append(QPointF(i, values[i]));
    }
    m_series->replace(points);
    ChartStyle::localiseNumbers(chart());
    m_valueAxis->setRange(minimum, maximum);

    ChartFigures figures = this->figures();
    figures.categories = categories;
    figures.series = {{m_series->name(), values}};
    figures.decimals = chartDecimals(figures.series);
    setFigures(figures);
}

void LineChart::setTitles(const QString &title, const QString &seriesName, const QString &valueAxisTitle,
                          const QString &categoryName)
{
    setChartTitle(title);
    m_series->setName(seriesName);
    m_valueAxis->setTitleText(valueAxisTitle);
    ChartFigures figures = this->figures();
    figures.title = title;
    figures.unit = valueAxisTitle;
    figures.categoryName = categoryName;
    if (!figures.series.isEmpty())
        figures.series.first().name = seriesName;
    setFigures(figures);
}

void LineChart::changeEvent(QEvent *event)
{
    // A theme switch changes the palette: titles, legend, axes and background follow it.
    if (event->type() == QEvent::PaletteChange) {
        ChartStyle::follow(chart(), palette());
        m_grid->update();  // its pen is the axis's, which follow() recoloured
    }
    ChartView::changeEvent(event);
}

} // namespace kai::ui
