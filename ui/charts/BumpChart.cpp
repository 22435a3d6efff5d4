// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BumpChart.h"

#include "charts/ChartStyle.h"

#include <QEvent>
#include <cmath>

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace kai::ui {

BumpChart::BumpChart(QWidget *parent) : ChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignRight);
    ChartStyle::apply(chart(), palette());
}

namespace {
QList<QPointF> pointsOf(const BumpChart::Line &line)
{
    QList<QPointF> points;
    for (int i = 0; i < line.ranks.size(); ++i) {
        if (line.ranks[i] > 0)
            points.append(QPointF(i, line.ranks[i]));
    }
    return points;
}

int worstRank(const QVector<BumpChart::Line> &lines)
{
    int worst = 1;
    for (const BumpChart::Line &line : lines) {
        for (const int rank : line.ranks)
            worst = qMax(worst, rank);
    }
    return worst;
}
} // namespace

void BumpChart::setData(const Data &data)
{
    // When only the ranks and line names change, the lines and axes stay and their points are
    // replaced. New texts on the axes build the chart again: each text set on an axis already in a
    // chart lays the whole chart out again at once, while a new axis is laid out once.
    const bool sameShape = m_rankAxis && m_lines.size() == data.lines.size() && data.title == m_data.title
        && data.rounds == m_data.rounds && data.rankAxisTitle == m_data.rankAxisTitle;
    if (sameShape)
        replaceData(data);
    else
        rebuild(data);
    m_data = data;
    m_rankAxis->setRange(0.5, worstRank(data.lines) + 0.5);
    ChartStyle::localiseNumbers(chart());

    ChartFigures figures;
    figures.title = data.title;
    figures.unit = data.rankAxisTitle;
    figures.categoryName = tr("Round");
    figures.categories = data.rounds;
    figures.kind = ChartFigures::Kind::Ranks;
    for (const Line &line : data.lines) {
        QVector<double> ranks;
        for (const int rank : line.ranks)
            ranks.append(rank > 0 ? double(rank) : qQNaN());
        figures.series.append({line.name, ranks});
    }
    setFigures(figures);
}

void BumpChart::rebuild(const Data &data)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_lines.clear();
    setChartTitle(data.title);

    m_roundAxis = new QCategoryAxis;
    for (int i = 0; i < data.rounds.size(); ++i)
        m_roundAxis->append(data.rounds[i], i);
    m_roundAxis->setRange(-0.5, qMax(0.5, data.rounds.size() - 0.5));
    m_roundAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_rankAxis = new QValueAxis;
    m_rankAxis->setReverse(true);
    m_rankAxis->setLabelFormat(QStringLiteral("%d"));
    m_rankAxis->setTitleText(data.rankAxisTitle);
    c->addAxis(m_roundAxis, Qt::AlignBottom);
    c->addAxis(m_rankAxis, Qt::AlignLeft);

    for (const Line &line : data.lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->replace(pointsOf(line));
        c->addSeries(series);  // first: the theme gives the series its colour here
        series->setMarkerSize(7);
        series->setPointsVisible(true);
        series->setPointLabelsVisible(true);
        series->setPointLabelsClipping(false);
        styleLine(series, line);
        series->attachAxis(m_roundAxis);
        series->attachAxis(m_rankAxis);
        m_lines.append(series);
    }
    m_rankAxis->setTickType(QValueAxis::TicksDynamic);
    m_rankAxis->setTickAnchor(1);
    m_rankAxis->setTickInterval(1);
    ChartStyle::applyToAxes(c, palette());
}

void BumpChart::replaceData(const Data &data)
{
    for (int at = 0; at < m_lines.size(); ++at) {
        QLineSeries *series = m_lines[at];
        const Line &line = data.lines[at];
        if (series->name() != line.name)
            series->setName(line.name);
        const QList<QPointF> points = pointsOf(line);
        if (series->points() != points)
            series->replace(points);
        styleLine(series, line);
    }
}

void BumpChart::styleLine(QLineSeries *series, const Line &line) const
{
    // Each point names its consortium and rank, so lines are told apart without colour.
    const QString format = line.name + QStringLiteral(": @yPoint");
    if (series->pointLabelsFormat() != format)
        series->setPointLabelsFormat(format);
    if (series->pointLabelsColor() != palette().color(QPalette::Text))
        series->setPointLabelsColor(palette().color(QPalette::Text));
    QPen pen = series->pen();
    if (line.colour.isValid())
        pen.setColor(line.colour);
    pen.setWidth(3);
    if (series->pen() != pen)
        series->setPen(pen);
}

void BumpChart::resizeEvent(QResizeEvent *event)
{
    ChartView::resizeEvent(event);  // wraps the title for the new width
    // Qt Charts only ever raises a chart view's minimum height to its chart's: the lines a title
    // took while the chart was narrow would otherwise stay reserved after it widens. Unlike the
    // bar and line charts (CategoryAxisLabels) no other part of this chart sets its least height.
    ChartStyle::setMinimumHeightLater(this, int(std::ceil(chart()->minimumSize().height())));
}

void BumpChart::changeEvent(QEvent *event)
{
    // A theme switch changes the palette: titles, legend, axes and background follow it.
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::follow(chart(), palette());
    ChartView::changeEvent(event);
}

} // namespace kai::ui
