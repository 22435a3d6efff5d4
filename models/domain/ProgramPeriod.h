// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace kai::domain {

// The calendar the program spans: the as-of date moves within it and imported figures must fall
// inside it. One definition, so that the toolbar and the importer cannot disagree.
struct ProgramPeriod
{
    static QDate firstDay() { return QDate(2025, 6, 1); }
    static QDate lastDay() { return QDate(2027, 12, 31); }
};

} // namespace kai::domain
