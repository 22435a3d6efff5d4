// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/HorizontalBarChart.h"

#include "charts/ChartStyle.h"

#include <QEvent>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace kai::ui {

HorizontalBarChart::HorizontalBarChart(QWidget *parent) : ChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    applyPalette();
}

void HorizontalBarChart::applyPalette()
{
    ChartStyle::apply(chart(), palette());
}

void HorizontalBarChart::setData(const Data &data)
{
    m_data = data;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(data.title);

    // Qt draws the first category at the bottom: reverse so the list reads top to bottom.
    QStringList categories = data.categories;
    std::reverse(categories.begin(), categories.end());
    auto *bars = new QHorizontalStackedBarSeries;
    for (const Set &set : data.sets) {
        auto *barSet = new QBarSet(set.name);
        QList<qreal> values(set.values.cbegin(), set.values.cend());
        std::reverse(values.begin(), values.end());
        barSet->append(values);
        barSet->setBrush(QBrush(set.colour, set.pattern));
        barSet->setPen(QPen(set.colour.darker(170), 1.5, set.outline));
        bars->append(barSet);
    }
    bars->setBarWidth(0.6);
    c->addSeries(bars);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    ChartStyle::setCountRange(valueAxis, data.maximum);
    valueAxis->setTitleText(data.valueAxisTitle);
    c->addAxis(categoryAxis, Qt::AlignLeft);
    c->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);

    if (data.referenceLine) {
        // The line needs a numeric vertical axis spanning the same bands as the categories.
        auto *bandAxis = new QValueAxis;
        bandAxis->setRange(-0.5, categories.size() - 0.5);
        bandAxis->setVisible(false);
        c->addAxis(bandAxis, Qt::AlignRight);
        auto *line = new QLineSeries;
        line->setName(data.referenceLineName);
        line->replace({QPointF(*data.referenceLine, -0.5), QPointF(*data.referenceLine, categories.size() - 0.5)});
        line->setPen(QPen(palette().color(QPalette::Text), 2, Qt::DashLine));
        c->addSeries(line);
        line->attachAxis(valueAxis);
        line->attachAxis(bandAxis);
    }
    // Sets that are empty everywhere (e.g. no planned step any more) would only clutter the legend.
    const auto markers = c->legend()->markers(bars);
    for (int i = 0; i < markers.size() && i < data.sets.size(); ++i) {
        const auto &values = data.sets[i].values;
        markers[i]->setVisible(std::any_of(values.cbegin(), values.cend(), [](double v) { return v > 0; }));
    }
    ChartStyle::applyToAxes(c, palette());
    ChartStyle::localiseNumbers(c);

    ChartFigures figures;
    figures.title = data.title;
    figures.unit = data.valueAxisTitle;
    figures.categoryName = data.categoryAxisTitle;
    figures.categories = data.categories;
    for (const Set &set : data.sets)
        figures.series.append({set.name, set.values});
    figures.stacked = true;
    figures.decimals = chartDecimals(figures.series);
    figures.reference = data.referenceLine;
    figures.referenceName = data.referenceLineName;
    setFigures(figures);
}

void HorizontalBarChart::changeEvent(QEvent *event)
{
    // A theme switch changes the palette: titles, legend, axes and background follow it.
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::follow(chart(), palette());
    ChartView::changeEvent(event);
}

} // namespace kai::ui
