// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/HorizontalBarChart.h"

#include "charts/ChartStyle.h"

#include <QEvent>
#include <QFontMetricsF>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace kai::ui {

HorizontalBarChart::HorizontalBarChart(QWidget *parent)
    : ChartView(parent), m_labels(new LeftCategoryLabels(chart())), m_legend(new ChartLegend(this))
{
    // No antialiasing, as in BarChart: bars, grid and the reference line are axis-aligned.
    applyPalette();
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        m_legend->arrange();
        m_labels->arrange();
        fitValueAxis();
        fitHeight();
    });
}

void HorizontalBarChart::applyPalette()
{
    ChartStyle::apply(chart(), palette());
}

void HorizontalBarChart::setData(const Data &data)
{
    // When only values and set names change, the series, axes and legend stay and the values are
    // replaced. New texts on the axes build the chart again: each text set on an axis already in
    // a chart lays the whole chart out again at once (measuring every label), while a new axis is
    // laid out once.
    const bool sameShape = m_bars && m_bars->count() == data.sets.size() && data.title == m_data.title
        && data.categories == m_data.categories && data.valueAxisTitle == m_data.valueAxisTitle
        && bool(m_referenceLine) == bool(data.referenceLine);
    if (sameShape)
        replaceData(data);
    else
        rebuild(data);
    m_data = data;
    fitValueAxis();
    updateLegend();
    ChartStyle::localiseNumbers(chart());

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

namespace {
// Qt draws the first category at the bottom: reversed so the list reads top to bottom.
template <typename List>
List bottomUp(List list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

QList<qreal> valuesOf(const HorizontalBarChart::Set &set)
{
    return bottomUp(QList<qreal>(set.values.cbegin(), set.values.cend()));
}

QBrush brushOf(const HorizontalBarChart::Set &set)
{
    return QBrush(set.colour, set.pattern);
}

QPen penOf(const HorizontalBarChart::Set &set)
{
    return QPen(set.colour.darker(170), 1.5, set.outline);
}

void styleSet(QBarSet *barSet, const HorizontalBarChart::Set &set)
{
    if (barSet->brush() != brushOf(set))
        barSet->setBrush(brushOf(set));
    if (barSet->pen() != penOf(set))
        barSet->setPen(penOf(set));
}

QList<QPointF> referencePoints(double value, qsizetype categories)
{
    return {QPointF(value, -0.5), QPointF(value, categories - 0.5)};
}
} // namespace

void HorizontalBarChart::rebuild(const Data &data)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_referenceLine = nullptr;
    setChartTitle(data.title);

    const QStringList categories = bottomUp(data.categories);
    m_bars = new QHorizontalStackedBarSeries;
    for (const Set &set : data.sets) {
        auto *barSet = new QBarSet(set.name);
        barSet->append(valuesOf(set));
        styleSet(barSet, set);
        m_bars->append(barSet);
    }
    m_bars->setBarWidth(0.6);
    c->addSeries(m_bars);

    m_categoryAxis = new QBarCategoryAxis;
    m_categoryAxis->append(categories);
    m_labels->setCategories(m_categoryAxis, data.categories);
    m_valueAxis = new QValueAxis;
    ChartStyle::setCountRange(m_valueAxis, data.maximum, m_valueTicks);
    // Set before the axis joins the chart, which then lays it out once.
    m_valueAxis->setTitleText(valueAxisTitle(data.valueAxisTitle));
    c->addAxis(m_categoryAxis, Qt::AlignLeft);
    c->addAxis(m_valueAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_categoryAxis);
    m_bars->attachAxis(m_valueAxis);

    if (data.referenceLine) {
        // The line needs a numeric vertical axis spanning the same bands as the categories.
        auto *bandAxis = new QValueAxis;
        bandAxis->setRange(-0.5, categories.size() - 0.5);
        bandAxis->setVisible(false);
        c->addAxis(bandAxis, Qt::AlignRight);
        m_referenceLine = new QLineSeries;
        m_referenceLine->setName(data.referenceLineName);
        m_referenceLine->replace(referencePoints(*data.referenceLine, categories.size()));
        m_referenceLine->setPen(referencePen());
        c->addSeries(m_referenceLine);
        m_referenceLine->attachAxis(m_valueAxis);
        m_referenceLine->attachAxis(bandAxis);
    }
    ChartStyle::applyToAxes(c, palette());
}

void HorizontalBarChart::replaceData(const Data &data)
{
    const QList<QBarSet *> barSets = m_bars->barSets();
    for (int at = 0; at < barSets.size(); ++at) {
        QBarSet *barSet = barSets[at];
        const Set &set = data.sets[at];
        if (barSet->label() != set.name)
            barSet->setLabel(set.name);
        const QList<qreal> values = valuesOf(set);
        // Each replaced value lays the bars out again: only those that changed.
        for (int i = 0; i < barSet->count() && i < values.size(); ++i) {
            if (barSet->at(i) != values[i])
                barSet->replace(i, values[i]);
        }
        styleSet(barSet, set);
    }
    ChartStyle::setCountRange(m_valueAxis, data.maximum, m_valueTicks);
    if (m_referenceLine) {
        if (m_referenceLine->name() != data.referenceLineName)
            m_referenceLine->setName(data.referenceLineName);
        const QList<QPointF> points = referencePoints(*data.referenceLine, data.categories.size());
        if (m_referenceLine->points() != points)
            m_referenceLine->replace(points);
        if (m_referenceLine->pen() != referencePen())  // the theme may have changed
            m_referenceLine->setPen(referencePen());
    }
}

void HorizontalBarChart::setLeastHeight(int height)
{
    m_leastHeight = height;
    fitHeight();
}

void HorizontalBarChart::fitHeight()
{
    // The view grows until every bar's band holds its name, and until the value axis (its labels
    // and its title, perhaps on several lines) needs no more than the 40 % of the chart's content
    // height Qt Charts gives a horizontal axis before it cuts the title to "...". Measured once
    // shown: a hidden chart's plot is not the one it will have.
    const QRectF plot = chart()->plotArea();
    if (!isVisible() || plot.height() <= 0) {
        // Nothing to measure: the least height holds, a height measured while shown stays.
        if (minimumHeight() < m_leastHeight)
            ChartStyle::setMinimumHeightLater(this, m_leastHeight);
        return;
    }
    int least = m_leastHeight;
    const qreal outside = height() - plot.height();  // title, legend, value axis, margins
    least = std::max(least, int(std::ceil(outside + m_labels->neededPlotHeight())));
    if (m_valueAxis) {
        const QMarginsF inset = ChartStyle::backgroundInset(chart());
        const qreal content = chart()->size().height() - inset.bottom() - chart()->margins().bottom() - plot.top();
        const int titleLines = int(m_valueAxis->titleText().count(QStringLiteral("<br>"))) + 1;
        constexpr qreal Paddings = 4 * 5 + 4;  // Qt Charts' label and title paddings, and a little spare
        const qreal axis = QFontMetricsF(m_valueAxis->labelsFont()).height()
            + titleLines * QFontMetricsF(m_valueAxis->titleFont()).lineSpacing() + Paddings;
        constexpr qreal AxisShare = 0.4;
        least = std::max(least, int(std::ceil(height() - content + axis / AxisShare)));
    }
    ChartStyle::setMinimumHeightLater(this, least);
}

void HorizontalBarChart::fitValueAxis()
{
    // Fewer ticks and a title on more lines where the plot is narrow (large text, long names).
    if (!m_valueAxis)
        return;
    const qreal width = shownPlotWidth();
    const int ticks = width > 0 ? ChartStyle::ticksThatFit(m_valueAxis->labelsFont(), m_data.maximum, width) : m_valueTicks;
    if (ticks != m_valueTicks) {
        m_valueTicks = ticks;
        ChartStyle::setCountRange(m_valueAxis, m_data.maximum, m_valueTicks);
    }
    const QString title = valueAxisTitle(m_data.valueAxisTitle);
    if (m_valueAxis->titleText() != title)
        m_valueAxis->setTitleText(title);
}

qreal HorizontalBarChart::shownPlotWidth() const
{
    // A hidden chart's plot is not the one it will be shown with (a tab not yet laid out may leave
    // it a few pixels wide): 0 until showEvent().
    return isVisible() ? chart()->plotArea().width() : 0;
}

QString HorizontalBarChart::valueAxisTitle(const QString &title) const
{
    return ChartStyle::wrappedTitle(title, m_valueAxis->titleFont(), shownPlotWidth() - 2);
}

QPen HorizontalBarChart::referencePen() const
{
    return QPen(palette().color(QPalette::Text), 2, Qt::DashLine);
}

void HorizontalBarChart::updateLegend()
{
    // Sets that are empty everywhere (e.g. no planned step any more) would only clutter the legend.
    QVector<ChartLegend::Entry> entries;
    for (const Set &set : std::as_const(m_data.sets)) {
        if (std::any_of(set.values.cbegin(), set.values.cend(), [](double v) { return v > 0; }))
            entries.append({set.name, brushOf(set), penOf(set)});
    }
    if (m_data.referenceLine)
        entries.append({m_data.referenceLineName, {}, referencePen(), true});
    m_legend->setEntries(entries);
}

void HorizontalBarChart::showEvent(QShowEvent *event)
{
    ChartView::showEvent(event);
    fitValueAxis();
    fitHeight();
}

void HorizontalBarChart::changeEvent(QEvent *event)
{
    // A theme switch changes the palette: titles, legend, axes and background follow it.
    if (event->type() == QEvent::PaletteChange) {
        ChartStyle::follow(chart(), palette());
        if (m_referenceLine)
            m_referenceLine->setPen(referencePen());
        if (m_bars)
            updateLegend();
    }
    ChartView::changeEvent(event);
}

} // namespace kai::ui
