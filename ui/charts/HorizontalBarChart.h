// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"
#include "charts/ChartLegend.h"
#include "charts/LeftCategoryLabels.h"

#include <optional>

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace kai::ui {

// Horizontal stacked bars over named categories, with an optional vertical reference line (the
// 95 % target). Each set has its own fill pattern and outline so that a set is recognisable
// without colour; the caller puts the figures into the category labels. Takes plain, already
// translated data: the owner calls setData() again after a language change. The bar names and the
// legend are drawn here (LeftCategoryLabels, ChartLegend): they wrap where Qt Charts would cut.
class HorizontalBarChart : public ChartView
{
    Q_OBJECT

public:
    struct Set
    {
        QString name;
        QVector<double> values;  // one per category; 0 where the set does not apply
        QColor colour;
        Qt::BrushStyle pattern = Qt::SolidPattern;
        Qt::PenStyle outline = Qt::SolidLine;
    };

    struct Data
    {
        QString title;
        QString valueAxisTitle;
        QString categoryAxisTitle;  // heads the first column of "Show as table"
        QStringList categories;  // top to bottom
        QVector<Set> sets;
        double maximum = 100;
        std::optional<double> referenceLine;
        QString referenceLineName;
    };

    explicit HorizontalBarChart(QWidget *parent = nullptr);

    void setData(const Data &data);
    const Data &data() const { return m_data; }
    // The least height with one line per bar name: the chart grows by what longer names and large
    // text need (use this, not setMinimumHeight).
    void setLeastHeight(int height);
    const LeftCategoryLabels *categoryLabels() const { return m_labels; }
    const ChartLegend *legendItem() const { return m_legend; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyPalette();
    void rebuild(const Data &data);
    void replaceData(const Data &data);
    void updateLegend();
    void fitValueAxis();
    qreal shownPlotWidth() const;
    QString valueAxisTitle(const QString &title) const;  // wrapped for the plot's width
    void fitHeight();
    QPen referencePen() const;

    Data m_data;
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_referenceLine = nullptr;  // only with Data::referenceLine
    LeftCategoryLabels *m_labels;
    int m_valueTicks = 6;  // at most, as many as have room for their labels
    int m_leastHeight = 0;
    ChartLegend *m_legend;
};

} // namespace kai::ui
