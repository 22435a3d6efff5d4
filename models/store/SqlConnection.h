// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqlQuery.h"

#include <QString>
#include <QStringList>

namespace kai::store {

class SqliteConnection;

// The seam between the store and its engines: SQLite (a file, the default) and PostgreSQL (a
// server). An engine-neutral connection and statement, rather than one interface per repository,
// keeps the store's queries written once: the repositories' SQL is kept to the part both dialects
// share (?N parameters, COALESCE, CASE), and the few engine-specific fragments ask engine().
// Edits, seals, corrections and the export register write through it on both engines (see
// SqlTransaction); importers, review notes and SQLite file features (backups, PRAGMAs, the
// checksum cache) still use SqliteConnection directly; sqlite() is their way in and is null on a
// server.
class SqlConnection
{
public:
    enum class Engine { Sqlite, PostgreSql };

    virtual ~SqlConnection() = default;

    virtual Engine engine() const = 0;
    // A prepared statement; parameters are written ?1, ?2, ... whatever the engine.
    virtual SqlQuery query(const QString &sql) = 0;
    // A query over many rows (a whole table's scan), read in batches where the engine would
    // otherwise hold its whole result in memory; batches need an open transaction (ReadSnapshot),
    // without one it is query(). Other queries may run on the connection while it is read.
    virtual SqlQuery scan(const QString &sql) { return query(sql); }
    // Statements without parameters (schema scripts, transaction control).
    virtual void execute(const QString &sql) = 0;
    virtual bool isReadOnly() const = 0;
    virtual bool inTransaction() const = 0;
    // Opens a transaction whose reads all see one snapshot of the data.
    virtual void beginRead() = 0;
    // One write transaction at a time per database, whichever engine: SQLite takes its write lock
    // up front (BEGIN IMMEDIATE); a server serialises writers so that what a writer reads inside
    // its transaction (the optimistic check) is what it overwrites. Use SqlTransaction.
    virtual void beginWrite() { execute(QStringLiteral("BEGIN")); }
    // A server also tells every listening client, in the same transaction, that data changed.
    virtual void commitWrite() { execute(QStringLiteral("COMMIT")); }
    virtual void rollbackWrite()
    {
        if (inTransaction())
            execute(QStringLiteral("ROLLBACK"));
    }
    // The user tables in the order they were created (SQLite's and the engine's own excluded).
    virtual QStringList tableNames() = 0;
    // The application id the database is marked with, and its schema version.
    virtual qint64 applicationId() = 0;
    virtual int schemaVersion() = 0;
    virtual SqliteConnection *sqlite() { return nullptr; }

    bool hasTable(const QString &name) { return tableNames().contains(name); }

protected:
    SqlConnection() = default;
    SqlConnection(const SqlConnection &) = default;
    SqlConnection &operator=(const SqlConnection &) = default;
};

} // namespace kai::store
