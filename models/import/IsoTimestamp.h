// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <optional>
#include <string_view>

namespace kai::import {

// ISO 8601 period boundaries as the usage CSV writes them, parsed by hand: QDateTime costs more
// than the whole SQLite insert per row at ten million rows.
//   YYYY-MM-DD                                  a calendar day, stored as 00:00 UTC of that day,
//                                               the convention of gpu_usage_daily's day column
//   YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM] a moment; 'T' may be a space. Without a zone it is
//                                               Korea Standard Time (+09:00), where the clusters run.
struct IsoTimestamp
{
    qint64 secondsSinceEpoch = 0;  // UTC
    bool dateOnly = false;
    // The calendar day and time as written, before the zone is applied: range checks read the
    // date the way the file's author wrote it.
    qint64 writtenDay = 0;          // days since 1970-01-01
    int writtenSecondOfDay = 0;

    static std::optional<IsoTimestamp> parse(std::string_view text);
    static constexpr int DefaultOffsetSeconds = 9 * 3600;
};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day);

} // namespace kai::import
