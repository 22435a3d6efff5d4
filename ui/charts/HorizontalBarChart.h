// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"

#include <optional>

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace kai::ui {

// Horizontal stacked bars over named categories, with an optional vertical reference line (the
// 95 % target). Each set has its own fill pattern and outline so that a set is recognisable
// without colour; the caller puts the figures into the category labels. Takes plain, already
// translated data: the owner calls setData() again after a language change.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void rebuild(const Data &data);
    void replaceData(const Data &data);

    Data m_data;
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_referenceLine = nullptr;  // only with Data::referenceLine
};

} // namespace kai::ui
