// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace kai::store {

class SqliteConnection;

// Writes the embedded sample database: public facts from resources/sample (each with its source)
// plus generated usage figures marked as illustrative. Built in a side file and renamed into
// place, so an interrupted first start never leaves a half-filled database behind.
class SampleDatabaseBuilder
{
public:
    // Usage is generated up to this fixed date, not "today", so the same build always produces
    // the same database and the same export images.
    static QDate usageCutoff() { return QDate(2026, 11, 28); }

    // Returns an empty string on success, otherwise the reason.
    static QString build(const QString &path);
    // Fills an already-migrated, empty database inside the caller's transaction.
    static void populate(SqliteConnection &connection);
};

} // namespace kai::store
