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
// Writers, importers and SQLite file features (backups, PRAGMAs, the checksum cache) still use
// SqliteConnection directly; sqlite() is their way in and is null on a server.
class SqlConnection
{
public:
    enum class Engine { Sqlite, PostgreSql };

    virtual ~SqlConnection() = default;

    virtual Engine engine() const = 0;
    // A prepared statement; parameters are written ?1, ?2, ... whatever the engine.
    virtual SqlQuery query(const QString &sql) = 0;
    // Statements without parameters (schema scripts, transaction control).
    virtual void execute(const QString &sql) = 0;
    virtual bool isReadOnly() const = 0;
    virtual bool inTransaction() const = 0;
    // Opens a transaction whose reads all see one snapshot of the data.
    virtual void beginRead() = 0;
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
