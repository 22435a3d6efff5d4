// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewManifest.h"

#include <QCoreApplication>

namespace kai::store {
class Database;
}

namespace kai::review {

// Writes a review copy: a self-contained single file (rollback journal, no -wal) made with
// SQLite's online backup from the open database, so a live database is never file-copied, with a
// manifest inside. From a server database the same file is written row by row from one snapshot
// of the server (SqliteTableCopy), and its manifest names the server. The copy is built in a temporary file beside the target and renamed over it
// only when complete: a failure leaves nothing half-written and keeps any older file.
class ReviewCopyMaker
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopyMaker)

public:
    struct Result
    {
        QString error;  // translated; empty on success
        ReviewManifest manifest;
        explicit operator bool() const { return error.isEmpty(); }
    };

    static Result make(store::Database &source, const QString &outPath, const QDate &asOf);

private:
    static void buildInto(store::Database &source, const QString &tempPath, ReviewManifest &manifest);
    static QString replace(const QString &tempPath, const QString &outPath);
};

} // namespace kai::review
