// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportIssue.h"

#include <QCoreApplication>
#include <QString>

namespace kai::import {

// Writes an import's issues as CSV (file, line, column, reason) next to the imported file, through
// QSaveFile so a crash never leaves half a report that looks complete. Writes only where an export
// may write (files::OutputFileGuard: never through a symbolic link, never over a device or a
// database), and only valid UTF-8 without NUL or other control bytes.
class ImportReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportWriter)

public:
    static QString reportPathFor(const QString &csvPath);
    // Returns an empty string on success, otherwise a translated reason naming the report file.
    static QString write(const QString &reportPath, const ImportIssues &issues, qint64 issuesNotListed);

private:
    static QString failure(const QString &reportPath, const QString &reason);
};

} // namespace kai::import
