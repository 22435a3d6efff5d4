// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QVector>
#include <optional>

namespace kai {

// The numbers one chart plots, as plain data: a chart's text alternative, its "Show as table" view
// and a slide's picture alt text are all built from this, so they can never disagree with the bars.
struct ChartFigures
{
    // Amounts compare by size (highest, lowest); ranks are read as positions (1 is best).
    enum class Kind { Amounts, Ranks };
    struct Series
    {
        QString name;
        QVector<double> values;  // one per category; NaN where there is no value
    };

    QString title;         // what the chart shows
    QString categoryName;  // heading of the category column ("Period", "Consortium", "Round")
    QString unit;          // what a value counts ("GPU-hours", "%"); may be empty
    QStringList categories;
    QVector<Series> series;
    Kind kind = Kind::Amounts;
    bool stacked = false;  // the series are parts of one total per category
    int decimals = 0;
    std::optional<double> reference;  // a target line drawn across the chart
    QString referenceName;

    bool isEmpty() const;
    // One value as the chart's axis would show it, with the unit: "1,912,345 GPU-hours", "95.0 %".
    QString formatValue(double value, const QLocale &locale) const;
};

// Sentences about a chart for assistive technology and alt text: what it shows, over which range,
// and its main figures ("GPU-hours used per month, Aug 2025 – Nov 2026; highest: Oct 2026, …").
// No widget involved: exports reuse the same text.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    static QString describe(const ChartFigures &figures, const QLocale &locale = QLocale());

private:
    static QString describeAmounts(const ChartFigures &figures, const QLocale &locale);
    static QString describeRanks(const ChartFigures &figures, const QLocale &locale);
};

} // namespace kai
