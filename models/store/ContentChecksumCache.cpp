// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ContentChecksumCache.h"

#include "store/ReviewManifestStore.h"

#include "store/SqlIdentifier.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"
#include "store/VerifiedRules.h"

#include <QMap>
#include <algorithm>
#include <optional>

namespace kai::store {

namespace {

const QString CacheTable = QStringLiteral("content_checksum");

QString quotedLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

struct Guard
{
    QString name;
    QString sql;
};

// Written the way SQLite stores trigger text in sqlite_schema (single spaces after the first two
// keywords), so that the stored text can be compared with it.
QList<Guard> guardsOf(const QString &table)
{
    const char *const events[][2] = {{"insert", "INSERT"}, {"update", "UPDATE"}, {"delete", "DELETE"}};
    QList<Guard> guards;
    for (const auto &[suffix, event] : events) {
        const QString name = QStringLiteral("%1 %2 %3").arg(CacheTable, table, QLatin1String(suffix));
        guards.append({name, QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN DELETE FROM %4 WHERE table_name = %5; END")
                                 .arg(quotedIdentifier(name), QLatin1String(event), quotedIdentifier(table),
                                      CacheTable, quotedLiteral(table))});
    }
    return guards;
}

QMap<QString, QString> triggers(SqliteConnection &connection)
{
    SqliteStatement statement =
        connection.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"));
    QMap<QString, QString> found;
    while (statement.step())
        found.insert(statement.columnText(0), statement.columnText(1));
    return found;
}

bool isGuarded(const QString &table, const QMap<QString, QString> &existing)
{
    for (const Guard &guard : guardsOf(table)) {
        if (existing.value(guard.name) != guard.sql)
            return false;
    }
    return true;
}

bool hasCacheTable(SqliteConnection &connection)
{
    SqliteStatement statement =
        connection.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1"));
    statement.bind(1, CacheTable);
    return statement.step();
}

QStringList unguardedTables(SqliteConnection &connection)
{
    const QMap<QString, QString> existing = triggers(connection);
    QStringList unguarded;
    for (const QString &table : ContentChecksumCache::contentTables(connection)) {
        if (!isGuarded(table, existing))
            unguarded << table;
    }
    return unguarded;
}

} // namespace

QString ContentChecksumCache::tableName()
{
    return CacheTable;
}

QStringList ContentChecksumCache::contentTables(SqlConnection &connection)
{
    // Not content: the engine's own tables and this cache's bookkeeping; the change log (the history
    // of the data: an edit and its undo give back the same checksum); the register of exports (every
    // export writes to it, and the same data must keep the same checksum); a review copy's manifest
    // (it records this checksum); reviewers' notes (remarks about the data, not the data).
    const QStringList notContent = {CacheTable, VerifiedRules::tableName(), ReviewManifestStore::tableName(),
                                    QStringLiteral("change_log"), QStringLiteral("export_register"),
                                    QStringLiteral("review_note")};
    QStringList names;
    for (const QString &name : connection.tableNames()) {
        if (!notContent.contains(name))
            names << name;
    }
    // By code unit, as SQLite's BINARY collation orders them: a server's collation may not.
    std::sort(names.begin(), names.end());
    return names;
}

TableChecksum ContentChecksumCache::scan(SqlConnection &connection, const QString &table)
{
    SqlQuery rows = connection.query(QStringLiteral("SELECT * FROM %1").arg(quotedIdentifier(table)));
    TableChecksum checksum;
    RowHash row;
    while (rows.step()) {
        const int columns = rows.columnCount();
        for (int column = 0; column < columns; ++column)
            row.addColumn(rows, column);
        checksum.add(row.finish());
    }
    return checksum;
}

void ContentChecksumCache::install(SqliteConnection &connection)
{
    if (connection.isReadOnly() || (hasCacheTable(connection) && unguardedTables(connection).isEmpty()))
        return;
    std::optional<SqliteTransaction> transaction;
    if (!connection.inTransaction())
        transaction.emplace(connection);
    connection.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name TEXT PRIMARY KEY, "
                                      "table_sql TEXT NOT NULL, row_count INTEGER NOT NULL, row_sum INTEGER NOT NULL)")
                           .arg(CacheTable));
    SqliteStatement forget = connection.prepare(QStringLiteral("DELETE FROM %1 WHERE table_name = ?1").arg(CacheTable));
    for (const QString &table : unguardedTables(connection)) {
        for (const Guard &guard : guardsOf(table)) {
            connection.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quotedIdentifier(guard.name)));
            connection.execute(guard.sql);
        }
        forget.bind(1, table).run();
    }
    if (transaction)
        transaction->commit();
}

QHash<QString, TableChecksum> ContentChecksumCache::trusted(SqliteConnection &connection)
{
    QHash<QString, TableChecksum> entries;
    if (!hasCacheTable(connection))
        return entries;
    const QMap<QString, QString> existing = triggers(connection);
    SqliteStatement statement = connection.prepare(QStringLiteral(
        "SELECT c.table_name, c.row_count, c.row_sum FROM %1 c "
        "  JOIN sqlite_schema s ON s.type = 'table' AND s.name = c.table_name AND s.sql = c.table_sql")
                                                       .arg(CacheTable));
    while (statement.step()) {
        const QString table = statement.columnText(0);
        if (isGuarded(table, existing))
            entries.insert(table, {quint64(statement.columnInt(1)), quint64(statement.columnInt(2))});
    }
    return entries;
}

std::optional<TableChecksum> ContentChecksumCache::trusted(SqliteConnection &connection, const QString &table)
{
    const QHash<QString, TableChecksum> entries = trusted(connection);
    const auto found = entries.constFind(table);
    return found == entries.cend() ? std::nullopt : std::optional<TableChecksum>(*found);
}

void ContentChecksumCache::store(SqliteConnection &connection, const QString &table, const TableChecksum &checksum)
{
    if (!hasCacheTable(connection))
        return;
    connection
        .prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (table_name, table_sql, row_count, row_sum) "
                                "SELECT ?1, sql, ?2, ?3 FROM sqlite_schema WHERE type = 'table' AND name = ?1")
                     .arg(CacheTable))
        .bind(1, table)
        .bind(2, qint64(checksum.rows))
        .bind(3, qint64(checksum.sum))
        .run();
}

bool ContentChecksumCache::suspendInsertGuard(SqliteConnection &connection, const QString &table)
{
    if (connection.isReadOnly() || !connection.inTransaction() || !hasCacheTable(connection)
        || !isGuarded(table, triggers(connection)))
        return false;
    connection.prepare(QStringLiteral("DELETE FROM %1 WHERE table_name = ?1").arg(CacheTable)).bind(1, table).run();
    connection.execute(QStringLiteral("DROP TRIGGER %1").arg(quotedIdentifier(guardsOf(table).constFirst().name)));
    return true;
}

void ContentChecksumCache::restoreInsertGuard(SqliteConnection &connection, const QString &table)
{
    const Guard insertGuard = guardsOf(table).constFirst();
    if (!triggers(connection).contains(insertGuard.name))
        connection.execute(insertGuard.sql);
}

void ContentChecksumCache::refresh(SqliteConnection &connection)
{
    install(connection);
    if (connection.isReadOnly() || !hasCacheTable(connection))
        return;
    const QHash<QString, TableChecksum> known = trusted(connection);
    for (const QString &table : contentTables(connection)) {
        if (!known.contains(table))
            store(connection, table, scan(connection, table));
    }
}

} // namespace kai::store
