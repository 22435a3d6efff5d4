// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BarChart.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <memory>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace kai::ui {

BarChart::BarChart(Layout layout, QWidget *parent)
    : ChartView(parent),
      m_series(layout == Layout::Stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                         : new QBarSeries),
      m_categoryAxis(new QBarCategoryAxis),
      m_valueAxis(new QValueAxis),
      m_labels(nullptr),
      m_layout(layout)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // The legend goes above the plot: the space under it is the category labels'.
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // setChart() releases the view's default chart without deleting it.
    std::unique_ptr<QChart> defaultChart(this->chart());
    setChart(chart);
    ChartStyle::follow(chart, palette());
    // No antialiasing: bars and grid lines are axis-aligned, where it only softens their edges,
    // while blending each pixel of each grid line was the largest single cost of a redraw.
    setMinimumHeight(260);
    m_labels = new CategoryAxisLabels(this, m_categoryAxis);
    connect(chart, &QChart::plotAreaChanged, this, [this] { m_labels->arrange(); });
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { emit categoryClicked(index); });
}

void BarChart::setData(const QStringList &categories, const QVector<Series> &series, CategoryAxisLabels::LabelsOf labelsOf)
{
    // An as-of, filter or language change mostly keeps the series: their sets (bars, legend
    // markers) are kept and only their values and names replaced. New sets are made when the number
    // of series or of categories changes, or whether the series bring their own colour (else the
    // theme's).
    QVector<bool> ownColours;
    for (const Series &one : series)
        ownColours.append(one.colour.isValid());
    const QList<QBarSet *> existing = m_series->barSets();
    const bool keepSets = existing.size() == series.size() && m_ownColours == ownColours
        && std::all_of(existing.cbegin(), existing.cend(),
                       [&categories](const QBarSet *set) { return set->count() == categories.size(); });
    if (!keepSets)
        m_series->clear();
    m_ownColours = ownColours;
    CategoryAxisLabels::numberCategories(m_categoryAxis, int(categories.size()));
    m_categories = categories;
    m_labels->setCategories(categories, std::move(labelsOf));
    double maximum = 0;
    QVector<double> stacked(categories.size(), 0.0);
    QList<QBarSet *> sets;
    for (int at = 0; at < series.size(); ++at) {
        const Series &one = series[at];
        QList<qreal> values(one.values.cbegin(), one.values.cend());
        values.resize(categories.size());
        if (keepSets)
            replaceValues(existing.at(at), one, values);
        else
            sets.append(newSet(one, values));
        for (int i = 0; i < values.size(); ++i) {
            stacked[i] += values[i];
            maximum = std::max(maximum, m_layout == Layout::Stacked ? stacked[i] : values[i]);
        }
    }
    if (!sets.isEmpty())
        m_series->append(sets);
    ChartStyle::localiseNumbers(chart());
    ChartStyle::setCountRange(m_valueAxis, maximum * 1.05);

    ChartFigures figures = this->figures();
    figures.categories = categories;
    figures.series.clear();
    for (const Series &one : series)
        figures.series.append({one.name, one.values});
    figures.stacked = m_layout == Layout::Stacked;
    figures.decimals = chartDecimals(figures.series);
    setFigures(figures);
}

QBarSet *BarChart::newSet(const Series &series, const QList<qreal> &values)
{
    auto *set = new QBarSet(series.name);
    if (series.colour.isValid())
        set->setColor(series.colour);
    set->append(values);
    return set;
}

void BarChart::replaceValues(QBarSet *set, const Series &series, const QList<qreal> &values)
{
    if (set->label() != series.name)
        set->setLabel(series.name);
    if (series.colour.isValid() && set->color() != series.colour)
        set->setColor(series.colour);
    // Each replaced value lays the bars out again: only the values that changed.
    for (int i = 0; i < set->count(); ++i) {
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
    }
}

void BarChart::setTitles(const QString &title, const QString &valueAxisTitle, const QString &categoryName)
{
    setChartTitle(title);
    m_valueAxis->setTitleText(valueAxisTitle);
    ChartFigures figures = this->figures();
    figures.title = title;
    figures.unit = valueAxisTitle;
    figures.categoryName = categoryName;
    setFigures(figures);
}

void BarChart::changeEvent(QEvent *event)
{
    // A theme switch changes the palette: titles, legend, axes and background follow it.
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::follow(chart(), palette());
    ChartView::changeEvent(event);
}

} // namespace kai::ui
