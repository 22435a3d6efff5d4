// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace kai::store {

// Usage days are stored as days since 1970-01-01 (UTC) in the samples' day column and the daily
// rollup alike. An open end of a filter (an invalid date) becomes the given fallback.
inline qint64 usageDayNumber(const QDate &date, qint64 fallback)
{
    return date.isValid() ? QDate(1970, 1, 1).daysTo(date) : fallback;
}

} // namespace kai::store
