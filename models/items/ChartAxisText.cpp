// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ChartAxisText.h"

#include "items/DisplayFormat.h"

#include <cmath>

namespace kai {

QStringList ChartAxisText::months(const QVector<QDate> &months, domain::Language language)
{
    const DisplayFormat format(language);
    const QString monthOnly = language == domain::Language::Korean ? QStringLiteral("M월") : QStringLiteral("MMM");
    QStringList labels;
    int year = 0;
    for (const QDate &month : months) {
        labels << (month.year() != year ? format.month(month) : format.locale().toString(month, monthOnly));
        year = month.year();
    }
    return labels;
}

QString ChartAxisText::number(double value, const QLocale &locale)
{
    int decimals = 0;
    while (decimals < 3 && std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    // -0 would read "-0".
    return locale.toString(value == 0 ? 0.0 : value, 'f', decimals);
}

} // namespace kai
