// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace kai::store {

class PgConnection;

// Schema versions on a PostgreSQL server: the same numbers as MigrationRunner's SQLite scripts,
// from scripts of the same names under migrations/postgres/. The version and application id live
// in the table kai_schema (SQLite keeps them in PRAGMA user_version and application_id).
class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)

public:
    // Creates the schema on an empty database or upgrades an older one, one transaction per
    // version. Throws StoreError, naming the server as `shown`, for a newer schema or a database
    // of another application (which it leaves untouched).
    static void migrate(PgConnection &connection, const QString &shown);
    // The reason the database cannot be opened as it is (newer, foreign, older than this version
    // and opened read-only); empty when it can.
    static QString refusal(PgConnection &connection, const QString &shown);
    // The group roles kai_reader (reads) and kai_editor (reads and edits), created when missing and
    // granted the rights on this database's tables; a login role gets them with
    // GRANT kai_editor TO alice. Returns a translated note: what was done, or why not (a role
    // without CREATEROLE cannot create them; the schema still works for its owner).
    static QString grantRoles(PgConnection &connection);
    static QString readerRole() { return QStringLiteral("kai_reader"); }
    static QString editorRole() { return QStringLiteral("kai_editor"); }
};

} // namespace kai::store
