// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/RowHash.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace kai::store {

class SqlConnection;
class SqliteConnection;

// Each table's share of the DatabaseFingerprint, kept in the database itself (table
// content_checksum) so that an export need not read every row: with ten million usage rows the
// full scan took 17 s.
//
// Every user table carries plain-SQL triggers (no application function, so any program, the
// sqlite3 shell included, can write) that copy each row an INSERT, UPDATE or DELETE adds or removes
// into the journal content_checksum_change, in the same transaction. An entry plus its table's
// journal rows is the table's checksum: reading it costs the rows written since the entry was
// stored, whatever the table's size, and the next application write transaction (refresh) folds
// the journal into the entries. An INSERT that collides with a stored key (it may REPLACE rows,
// which fires no DELETE trigger) drops the entry instead, as does any write to a table that cannot
// be journaled (generated columns, expression or partial unique indexes); such a table is scanned
// at the next refresh. An entry is further trusted only if the table's CREATE statement is the one
// it was computed for (ALTER TABLE fires no trigger) and the table's triggers exist with exactly the
// expected text (a table created later, by a migration or another program, is scanned until
// install() covers it). VACUUM and row order change nothing. A program that writes with triggers
// disabled (SQLITE_DBCONFIG_ENABLE_TRIGGER) or edits content_checksum or its journal is not covered.
class ContentChecksumCache
{
public:
    static QString tableName();

    // Creates content_checksum and the triggers of every user table that lacks them (dropping
    // the table's entry, which no trigger guarded). Idempotent; needs a writable connection and
    // runs in its own transaction unless one is open.
    static void install(SqliteConnection &connection);
    // Computes and stores the entry of every table that has none trusted, and folds the journal
    // into the others. Costs the rows written since the last refresh (and a scan of a table whose
    // entry was dropped); call it inside the write transaction, after the last write.
    static void refresh(SqliteConnection &connection);

    // The trusted entries with their journals added, by table name: each table's current share.
    static QHash<QString, TableChecksum> trusted(SqliteConnection &connection);
    static std::optional<TableChecksum> trusted(SqliteConnection &connection, const QString &table);
    // Writes an entry the caller computed (e.g. an importer that hashed what it inserted) and clears
    // the table's journal; call after the table's last write in the transaction.
    static void store(SqliteConnection &connection, const QString &table, const TableChecksum &checksum);

    // For a bulk load by a writer that hashes the rows it inserts and store()s the result: forgets
    // the table's entry and drops its INSERT guards, which would otherwise run once per inserted row
    // (measured: the largest cost of a usage import after SQLite's own insert). Both this and
    // restoreInsertGuard() run inside the caller's write transaction, so no other connection ever
    // sees the table unguarded, and a rollback restores the guard. False (nothing done) when the
    // table is not guarded as install() guards it.
    static bool suspendInsertGuard(SqliteConnection &connection, const QString &table);
    // Puts the guard back; call before store() and before the transaction commits.
    static void restoreInsertGuard(SqliteConnection &connection, const QString &table);

    // SQLite refuses to drop or rename a column a trigger names, and the journaling guards name every
    // column: a migration calls this inside its transaction first. It folds the journal into the
    // entries and puts entry-dropping guards (which name no column) in place; the next install()
    // journals again and keeps the entries of the tables the migration left unchanged.
    static void freeColumnsForMigration(SqliteConnection &connection);

    // The tables whose content the fingerprint covers: every table except SQLite's own,
    // content_checksum, its journal and VerifiedRules' content_verified (bookkeeping about the content, not content).
    static QStringList contentTables(SqlConnection &connection);
    // A full scan of one table.
    static TableChecksum scan(SqlConnection &connection, const QString &table);
};

} // namespace kai::store
