// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"

#include <QColor>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace kai::ui {

// Rank movement across rounds: one line per consortium, rank 1 at the top, each point labelled
// with its rank so that the lines can be told apart without colour. Plain, translated data in.
class BumpChart : public ChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QVector<int> ranks;  // one per round; 0 where the consortium was not ranked
        QColor colour;       // the consortium's own colour
    };

    struct Data
    {
        QString title;
        QString rankAxisTitle;
        QStringList rounds;
        QVector<Line> lines;
    };

    explicit BumpChart(QWidget *parent = nullptr);
    void setData(const Data &data);
    const Data &data() const { return m_data; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild(const Data &data);
    void replaceData(const Data &data);
    void styleLine(QLineSeries *series, const Line &line) const;

    Data m_data;
    QCategoryAxis *m_roundAxis = nullptr;
    QValueAxis *m_rankAxis = nullptr;
    QVector<QLineSeries *> m_lines;  // one per Data::lines, in order
};

} // namespace kai::ui
