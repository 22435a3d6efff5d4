// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ChartFigures.h"

#include <algorithm>
#include <cmath>

namespace kai {

namespace {
struct Extreme
{
    int category = -1;
    int series = -1;
    double value = 0;
};

// Per category: the total of a stacked chart, or each series' own value otherwise. NaN is skipped.
std::pair<Extreme, Extreme> extremes(const ChartFigures &figures)
{
    Extreme highest;
    Extreme lowest;
    const auto consider = [&](int category, int series, double value) {
        if (!std::isfinite(value))
            return;
        if (highest.category < 0 || value > highest.value)
            highest = {category, series, value};
        if (lowest.category < 0 || value < lowest.value)
            lowest = {category, series, value};
    };
    for (int category = 0; category < figures.categories.size(); ++category) {
        if (figures.stacked || figures.series.size() == 1) {
            double total = 0;
            bool any = false;
            for (const ChartFigures::Series &series : figures.series) {
                const double value = series.values.value(category, NAN);
                if (std::isfinite(value)) {
                    total += value;
                    any = true;
                }
            }
            consider(category, -1, any ? total : NAN);
        } else {
            for (int series = 0; series < figures.series.size(); ++series)
                consider(category, series, figures.series[series].values.value(category, NAN));
        }
    }
    return {highest, lowest};
}

QStringList seriesNames(const ChartFigures &figures)
{
    QStringList names;
    for (const ChartFigures::Series &series : figures.series)
        names.append(series.name);
    return names;
}
} // namespace

bool ChartFigures::isEmpty() const
{
    for (const Series &one : series) {
        for (const double value : one.values) {
            if (std::isfinite(value))
                return false;
        }
    }
    return true;
}

QString ChartFigures::formatValue(double value, const QLocale &locale) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QString number = locale.toString(value, 'f', decimals);
    if (unit.isEmpty())
        return number;
    return unit == QStringLiteral("%") ? number + QStringLiteral(" %") : number + QLatin1Char(' ') + unit;
}

QString ChartText::describe(const ChartFigures &figures, const QLocale &locale)
{
    if (figures.categories.isEmpty() || figures.isEmpty())
        return tr("%1: no figures to show.").arg(figures.title);
    return figures.kind == ChartFigures::Kind::Ranks ? describeRanks(figures, locale) : describeAmounts(figures, locale);
}

QString ChartText::describeAmounts(const ChartFigures &figures, const QLocale &locale)
{
    const QString range = figures.categories.size() == 1
        ? figures.categories.first()
        : tr("%1 – %2").arg(figures.categories.first(), figures.categories.last());
    QStringList parts{tr("%1, %2").arg(figures.title, range)};
    if (figures.series.size() > 1)
        parts.append(tr("%n series: %1", nullptr, int(figures.series.size())).arg(seriesNames(figures).join(QStringLiteral(", "))));
    const auto [highest, lowest] = extremes(figures);
    const auto where = [&figures](const Extreme &extreme) {
        return extreme.series < 0 ? figures.categories[extreme.category]
                                  : tr("%1 in %2").arg(figures.series[extreme.series].name, figures.categories[extreme.category]);
    };
    const bool totals = figures.stacked && figures.series.size() > 1;
    parts.append((totals ? tr("highest total: %1, %2") : tr("highest: %1, %2"))
                     .arg(where(highest), figures.formatValue(highest.value, locale)));
    if (figures.categories.size() > 1 && lowest.category != highest.category)
        parts.append((totals ? tr("lowest total: %1, %2") : tr("lowest: %1, %2"))
                         .arg(where(lowest), figures.formatValue(lowest.value, locale)));
    if (figures.reference)
        parts.append(tr("%1: %2").arg(figures.referenceName, figures.formatValue(*figures.reference, locale)));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString ChartText::describeRanks(const ChartFigures &figures, const QLocale &locale)
{
    const QString range = figures.categories.size() == 1
        ? figures.categories.first()
        : tr("%1 – %2").arg(figures.categories.first(), figures.categories.last());
    // The latest rank of each line, best first: what the movement led to.
    QVector<std::pair<double, QString>> latest;
    for (const ChartFigures::Series &series : figures.series) {
        for (int category = int(series.values.size()) - 1; category >= 0; --category) {
            if (std::isfinite(series.values[category])) {
                latest.append({series.values[category], series.name});
                break;
            }
        }
    }
    std::stable_sort(latest.begin(), latest.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ranks;
    for (const auto &[rank, name] : latest)
        ranks.append(tr("%1 (%2)").arg(name, locale.toString(rank, 'f', 0)));
    return tr("%1, %2; latest rank: %3.").arg(figures.title, range, ranks.join(QStringLiteral(", ")));
}

} // namespace kai
