// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BumpChart.h"

#include "charts/ChartStyle.h"

#include <QEvent>

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

void BumpChart::setData(const Data &data)
{
    m_data = data;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(data.title);

    int worst = 1;
    auto *roundAxis = new QCategoryAxis;
    for (int i = 0; i < data.rounds.size(); ++i)
        roundAxis->append(data.rounds[i], i);
    roundAxis->setRange(-0.5, qMax(0.5, data.rounds.size() - 0.5));
    roundAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *rankAxis = new QValueAxis;
    rankAxis->setReverse(true);
    rankAxis->setLabelFormat(QStringLiteral("%d"));
    rankAxis->setTitleText(data.rankAxisTitle);
    c->addAxis(roundAxis, Qt::AlignBottom);
    c->addAxis(rankAxis, Qt::AlignLeft);

    for (const Line &line : data.lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        QList<QPointF> points;
        for (int i = 0; i < line.ranks.size(); ++i) {
            if (line.ranks[i] > 0) {
                points.append(QPointF(i, line.ranks[i]));
                worst = qMax(worst, line.ranks[i]);
            }
        }
        series->replace(points);
        c->addSeries(series);  // first: the theme gives the series its colour here
        series->setMarkerSize(7);
        series->setPointsVisible(true);
        // Each point names its consortium and rank, so lines are told apart without colour.
        series->setPointLabelsFormat(line.name + QStringLiteral(": @yPoint"));
        series->setPointLabelsVisible(true);
        series->setPointLabelsClipping(false);
        series->setPointLabelsColor(palette().color(QPalette::Text));
        QPen pen = series->pen();
        if (line.colour.isValid())
            pen.setColor(line.colour);
        pen.setWidth(3);
        series->setPen(pen);
        series->attachAxis(roundAxis);
        series->attachAxis(rankAxis);
    }
    rankAxis->setRange(0.5, worst + 0.5);
    rankAxis->setTickType(QValueAxis::TicksDynamic);
    rankAxis->setTickAnchor(1);
    rankAxis->setTickInterval(1);
    ChartStyle::applyToAxes(c, palette());
    ChartStyle::localiseNumbers(c);

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

void BumpChart::changeEvent(QEvent *event)
{
    // A theme switch changes the palette: titles, legend, axes and background follow it.
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::follow(chart(), palette());
    ChartView::changeEvent(event);
}

} // namespace kai::ui
