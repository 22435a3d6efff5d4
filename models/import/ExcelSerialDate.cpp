// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ExcelSerialDate.h"

#include "import/IsoTimestamp.h"

#include <cmath>
#include <cstdio>

namespace kai::import {

namespace {
struct Civil
{
    int year;
    unsigned month;
    unsigned day;
};

// The inverse of daysFromCivil (Howard Hinnant's civil_from_days).
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {int(y + (m <= 2 ? 1 : 0)), m, d};
}
} // namespace

ExcelSerialDate::Problem ExcelSerialDate::toIso(double serial, System system, bool withTime, std::string &out)
{
    if (!std::isfinite(serial) || serial > LastSerial1900)
        return Problem::TooLate;
    if (serial < (system == System::Excel1900 ? 1.0 : 0.0))
        return Problem::BeforeFirstDay;
    qint64 day = qint64(std::floor(serial));
    qint64 millis = std::llround((serial - double(day)) * 86400000.0);
    if (millis >= 86400000) {  // rounding reached the next midnight
        ++day;
        millis = 0;
    }
    qint64 unixDay = 0;
    if (system == System::Excel1904) {
        unixDay = daysFromCivil(1904, 1, 1) + day;
    } else {
        if (day == 60)
            return Problem::LeapYearBug;
        // Day 1 is 1900-01-01; past the phantom 29 February every serial is one day ahead.
        unixDay = daysFromCivil(1899, 12, 31) + day - (day > 60 ? 1 : 0);
    }
    const Civil date = civilFromDays(unixDay);
    char text[40];
    int length = std::snprintf(text, sizeof text, "%04d-%02u-%02u", date.year, date.month, date.day);
    if (withTime || millis != 0) {
        const qint64 seconds = millis / 1000;
        length += std::snprintf(text + length, sizeof text - size_t(length), "T%02lld:%02lld:%02lld",
                                seconds / 3600, seconds / 60 % 60, seconds % 60);
        if (millis % 1000 != 0)
            length += std::snprintf(text + length, sizeof text - size_t(length), ".%03lld", millis % 1000);
    }
    out.assign(text, size_t(length));
    return Problem::None;
}

} // namespace kai::import
