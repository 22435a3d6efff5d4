// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportIssue.h"

#include <QString>

namespace kai::import {

// Writes an import's issues as CSV (file, line, column, reason) next to the imported file, through
// QSaveFile so a crash never leaves half a report that looks complete.
class ImportReportWriter
{
public:
    static QString reportPathFor(const QString &csvPath);
    // Returns an empty string on success, otherwise the reason.
    static QString write(const QString &reportPath, const ImportIssues &issues, qint64 issuesNotListed);
};

} // namespace kai::import
