// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportIssue.h"

#include <QStringList>

namespace kai::import {

struct GpuUsageImportResult
{
    enum class Outcome {
        Committed,       // the valid rows are in the database (some may have been skipped)
        Cancelled,       // the database is as it was
        RejectedStrict,  // strict mode met an invalid row; the database is as it was
        Failed           // unreadable file, missing columns or a database error; the database is as it was
    };

    Outcome outcome = Outcome::Failed;
    QString error;          // translated; set unless Committed
    qint64 rowsRead = 0;    // data records, the header not counted
    qint64 inserted = 0;
    qint64 duplicates = 0;  // valid rows whose sample was already stored (re-import)
    qint64 skipped = 0;     // invalid rows
    QStringList unknownColumns;
    ImportIssues issues;    // the first issues, in file order
    qint64 issuesNotListed = 0;
    QString reportPath;     // written next to the file when there were issues; empty otherwise
    QString reportError;    // translated: why the report could not be written; empty otherwise
    qint64 firstDay = 0;    // range of days touched, days since 1970-01-01 UTC; valid when inserted > 0
    qint64 lastDay = 0;

    bool committed() const { return outcome == Outcome::Committed; }
};

} // namespace kai::import
