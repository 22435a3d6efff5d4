// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace kai::import {

// A spreadsheet date (a serial number of days) as the ISO 8601 text the usage CSV would hold,
// without a zone: the importer reads a zoneless time as Korea Standard Time, the way an official
// typed it. Both of Excel's date systems:
//  - 1900 (the default): day 1 is 1900-01-01 and day 60 the non-existent 1900-02-29 that Lotus 1-2-3
//    counted, so from day 61 on the days are off by one against a real calendar;
//  - 1904 (workbookPr date1904, old Mac workbooks): day 0 is 1904-01-01.
class ExcelSerialDate
{
public:
    enum class System { Excel1900, Excel1904 };
    enum class Problem { None, BeforeFirstDay, LeapYearBug, TooLate };

    // Writes YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS[.fff] when withTime or the serial has a time of day.
    static Problem toIso(double serial, System system, bool withTime, std::string &out);

    static constexpr double LastSerial1900 = 2958465.0;  // 9999-12-31
};

} // namespace kai::import
