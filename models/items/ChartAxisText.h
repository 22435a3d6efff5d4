// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QVector>

namespace kai {

// The words on chart axes, in the conventions of the display language, for the window's charts and
// the slides alike: months as a newspaper graphic writes them and figures grouped the way the
// tables show them, never "2026-03" or "1.5M".
struct ChartAxisText
{
    // One label per month, the year where it starts or changes: "2025년 11월", "12월", "2026년 1월" /
    // "Nov 2025", "Dec", "Jan 2026". Over more than a year a month's short label comes back ("9월" of
    // 2025 and of 2026): an axis that needs distinct categories (QBarCategoryAxis) takes
    // DisplayFormat::month() for every one instead.
    static QStringList months(const QVector<QDate> &months, domain::Language language);
    // A tick value grouped by the locale ("1,500,000"), with the decimals it needs (at most 3): the
    // same digits the tables show; the unit belongs in the axis title.
    static QString number(double value, const QLocale &locale);
};

} // namespace kai
