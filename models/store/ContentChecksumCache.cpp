// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ContentChecksumCache.h"

#include "store/GpuNodeSpanCache.h"
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
// The rows written to guarded tables since their entry was last stored, each with a sign (+1 added,
// -1 removed) and its values as stored: the journal's value columns have no declared type, so
// SQLite keeps every value's storage class and bytes and a journal row hashes as the table's row did.
const QString ChangeTable = QStringLiteral("content_checksum_change");
constexpr int ChangeValueColumns = 64;

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

// What a table's journaling guards are built from. A table is journaled only when every row it
// can hold fits the journal and every key a REPLACE could delete by is a plain column list;
// otherwise (generated columns, more columns than the journal has, expression or partial unique
// indexes) its guards drop its entry on any write, and the next refresh scans it.
struct GuardedTableShape
{
    QStringList columns;
    QStringList replaceKeys;  // SQL conditions, one per unique key, true when NEW collides with a row
    bool journaled = true;
};

GuardedTableShape guardedShapeOf(SqliteConnection &connection, const QString &table)
{
    GuardedTableShape shape;
    SqliteStatement columns = connection.prepare(QStringLiteral("SELECT name, hidden FROM pragma_table_xinfo(?1) ORDER BY cid"));
    columns.bind(1, table);
    while (columns.step()) {
        shape.columns << columns.columnText(0);
        shape.journaled = shape.journaled && columns.columnInt(1) == 0;
    }
    shape.journaled = shape.journaled && !shape.columns.isEmpty() && shape.columns.size() <= ChangeValueColumns;
    SqliteStatement indexes =
        connection.prepare(QStringLiteral("SELECT name, partial FROM pragma_index_list(?1) WHERE \"unique\" = 1"));
    indexes.bind(1, table);
    SqliteStatement keyColumns =
        connection.prepare(QStringLiteral("SELECT cid, name, coll FROM pragma_index_xinfo(?1) WHERE key = 1 ORDER BY seqno"));
    while (indexes.step()) {
        shape.journaled = shape.journaled && indexes.columnInt(1) == 0;
        keyColumns.bind(1, indexes.columnText(0));
        QStringList terms;
        while (keyColumns.step()) {
            shape.journaled = shape.journaled && keyColumns.columnInt(0) >= 0;
            const QString column = quotedIdentifier(keyColumns.columnText(1));
            terms << QStringLiteral("%1 = NEW.%1 COLLATE %2").arg(column, quotedIdentifier(keyColumns.columnText(2)));
        }
        keyColumns.reset();
        shape.replaceKeys << QLatin1Char('(') + terms.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    try {
        connection.prepare(QStringLiteral("SELECT rowid FROM %1").arg(quotedIdentifier(table)));
        shape.replaceKeys << QStringLiteral("(rowid = NEW.rowid)");
    } catch (const StoreError &) {
        // WITHOUT ROWID: its primary key is among the unique indexes above.
    }
    return shape;
}

QString guardName(const QString &table, const char *suffix)
{
    return QStringLiteral("%1 %2 %3").arg(CacheTable, table, QLatin1String(suffix));
}

// The guards of the first version: any write drops the table's entry. Still used for tables that
// cannot be journaled; a table found with exactly these keeps its entry when its guards change.
QList<Guard> entryDroppingGuardsOf(const QString &table)
{
    const char *const events[][2] = {{"insert", "INSERT"}, {"update", "UPDATE"}, {"delete", "DELETE"}};
    QList<Guard> guards;
    for (const auto &[suffix, event] : events) {
        const QString name = guardName(table, suffix);
        guards.append({name, QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN DELETE FROM %4 WHERE table_name = %5; END")
                                 .arg(quotedIdentifier(name), QLatin1String(event), quotedIdentifier(table),
                                      CacheTable, quotedLiteral(table))});
    }
    return guards;
}

QString guardJournalRows(const QString &table, const GuardedTableShape &shape, std::initializer_list<std::pair<const char *, int>> rows)
{
    QStringList targets{QStringLiteral("table_name"), QStringLiteral("sign")};
    for (int column = 0; column < shape.columns.size(); ++column)
        targets << QStringLiteral("v%1").arg(column);
    QStringList tuples;
    for (const auto &[prefix, sign] : rows) {
        QStringList values{quotedLiteral(table), QString::number(sign)};
        for (const QString &column : shape.columns)
            values << QLatin1String(prefix) + QLatin1Char('.') + quotedIdentifier(column);
        tuples << QLatin1Char('(') + values.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3;").arg(ChangeTable, targets.join(QLatin1String(", ")),
                                                               tuples.join(QLatin1String(", ")));
}

// Written the way SQLite stores trigger text in sqlite_schema (single spaces after the first two
// keywords), so that the stored text can be compared with it. The first two guards fire on INSERT
// (suspendInsertGuard drops both). An INSERT that may replace rows (REPLACE deletes them without
// firing DELETE triggers unless recursive triggers are on) drops the entry instead of journaling:
// the guard cannot know the conflict resolution, so any insert colliding with a stored key does.
QList<Guard> guardsOf(const QString &table, const GuardedTableShape &shape)
{
    if (!shape.journaled)
        return entryDroppingGuardsOf(table);
    const QString quoted = quotedIdentifier(table);
    const auto guard = [&](const char *suffix, const QString &timing, const QString &body) {
        const QString name = guardName(table, suffix);
        return Guard{name, QStringLiteral("CREATE TRIGGER %1 %2 ON %3 BEGIN %4 END")
                               .arg(quotedIdentifier(name), timing, quoted, body)};
    };
    return {guard("replace",
                  QStringLiteral("BEFORE INSERT"),
                  QStringLiteral("DELETE FROM %1 WHERE table_name = %2 AND EXISTS (SELECT 1 FROM %3 WHERE %4);")
                      .arg(CacheTable, quotedLiteral(table), quoted, shape.replaceKeys.join(QLatin1String(" OR ")))),
            guard("insert", QStringLiteral("AFTER INSERT"), guardJournalRows(table, shape, {{"NEW", 1}})),
            guard("update", QStringLiteral("AFTER UPDATE"), guardJournalRows(table, shape, {{"OLD", -1}, {"NEW", 1}})),
            guard("delete", QStringLiteral("AFTER DELETE"), guardJournalRows(table, shape, {{"OLD", -1}}))};
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

bool hasGuards(const QList<Guard> &guards, const QMap<QString, QString> &existing)
{
    return std::all_of(guards.cbegin(), guards.cend(),
                       [&existing](const Guard &guard) { return existing.value(guard.name) == guard.sql; });
}

bool checksumSchemaHasTable(SqliteConnection &connection, const QString &name)
{
    SqliteStatement statement =
        connection.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1"));
    statement.bind(1, name);
    return statement.step();
}

bool hasCacheTable(SqliteConnection &connection)
{
    return checksumSchemaHasTable(connection, CacheTable);
}

bool hasFirstVersionGuards(const QString &table, const QMap<QString, QString> &existing)
{
    return hasGuards(entryDroppingGuardsOf(table), existing) && !existing.contains(guardName(table, "replace"));
}

// The guarded content tables and their shapes. A table still guarded by the first version (a file
// not yet opened writable by this version) counts as guarded, unjournaled, when readers ask; install()
// replaces its guards.
enum class FirstVersionGuards { Accepted, Replaced };
QHash<QString, GuardedTableShape> guardedTables(SqliteConnection &connection, const QMap<QString, QString> &existing,
                                                FirstVersionGuards firstVersion)
{
    QHash<QString, GuardedTableShape> guarded;
    for (const QString &table : ContentChecksumCache::contentTables(connection)) {
        GuardedTableShape shape = guardedShapeOf(connection, table);
        if (!hasGuards(guardsOf(table, shape), existing)) {
            if (firstVersion == FirstVersionGuards::Replaced || !hasFirstVersionGuards(table, existing))
                continue;
            shape.journaled = false;
        }
        guarded.insert(table, std::move(shape));
    }
    return guarded;
}

QStringList unguardedTables(SqliteConnection &connection)
{
    const QHash<QString, GuardedTableShape> guarded =
        guardedTables(connection, triggers(connection), FirstVersionGuards::Replaced);
    QStringList unguarded;
    for (const QString &table : ContentChecksumCache::contentTables(connection)) {
        if (!guarded.contains(table))
            unguarded << table;
    }
    return unguarded;
}

// Adds the journaled rows to the entries they belong to: the cost of an entry follows the rows
// written since it was stored, not the table's size.
void addJournal(SqliteConnection &connection, const QHash<QString, GuardedTableShape> &shapes,
                QHash<QString, TableChecksum> &entries)
{
    if (!checksumSchemaHasTable(connection, ChangeTable))
        return;
    QStringList values;
    for (int column = 0; column < ChangeValueColumns; ++column)
        values << QStringLiteral("v%1").arg(column);
    SqliteStatement changes =
        connection.prepare(QStringLiteral("SELECT table_name, sign, %1 FROM %2").arg(values.join(QLatin1String(", ")), ChangeTable));
    RowHash row;
    while (changes.step()) {
        const auto entry = entries.find(changes.columnText(0));
        const auto shape = shapes.constFind(changes.columnText(0));
        if (entry == entries.end() || shape == shapes.cend() || !shape->journaled)
            continue;
        const qsizetype columns = shape->columns.size();
        for (int column = 0; column < columns; ++column)
            row.addColumn(changes.handle(), 2 + column);
        const quint64 hash = row.finish();
        if (changes.columnInt(1) > 0) {
            entry->add(hash);
        } else {
            --entry->rows;
            entry->sum -= hash;
        }
    }
}

QStringList journaledTables(SqliteConnection &connection)
{
    QStringList tables;
    if (!checksumSchemaHasTable(connection, ChangeTable))
        return tables;
    SqliteStatement statement = connection.prepare(QStringLiteral("SELECT DISTINCT table_name FROM %1").arg(ChangeTable));
    while (statement.step())
        tables << statement.columnText(0);
    return tables;
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
    // (it records this checksum); the importer's summary of where each GPU node's periods lie (GpuNodeSpanCache);
    // reviewers' notes (remarks about the data, not the data).
    const QStringList notContent = QStringList{CacheTable, ChangeTable, VerifiedRules::tableName(),
                                               ReviewManifestStore::tableName(), QStringLiteral("change_log"),
                                               QStringLiteral("export_register"), QStringLiteral("review_note")}
                                   + GpuNodeSpanCache::tableNames();
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
    SqlQuery rows = connection.scan(QStringLiteral("SELECT * FROM %1").arg(quotedIdentifier(table)));
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
    if (connection.isReadOnly()
        || (hasCacheTable(connection) && checksumSchemaHasTable(connection, ChangeTable) && unguardedTables(connection).isEmpty()))
        return;
    std::optional<SqliteTransaction> transaction;
    if (!connection.inTransaction())
        transaction.emplace(connection);
    connection.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name TEXT PRIMARY KEY, "
                                      "table_sql TEXT NOT NULL, row_count INTEGER NOT NULL, row_sum INTEGER NOT NULL)")
                           .arg(CacheTable));
    QStringList values;
    for (int column = 0; column < ChangeValueColumns; ++column)
        values << QStringLiteral("v%1").arg(column);
    connection.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name TEXT NOT NULL, sign INTEGER NOT NULL, %2)")
                           .arg(ChangeTable, values.join(QLatin1String(", "))));
    const QMap<QString, QString> existing = triggers(connection);
    SqliteStatement forget = connection.prepare(QStringLiteral("DELETE FROM %1 WHERE table_name = ?1").arg(CacheTable));
    for (const QString &table : unguardedTables(connection)) {
        // Guards of the first version (drop the entry on any write) kept the entry exact: it stays.
        const bool entryStillExact = hasFirstVersionGuards(table, existing);
        for (const char *suffix : {"replace", "insert", "update", "delete"})
            connection.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quotedIdentifier(guardName(table, suffix))));
        for (const Guard &guard : guardsOf(table, guardedShapeOf(connection, table)))
            connection.execute(guard.sql);
        if (!entryStillExact)
            forget.bind(1, table).run();
        // Rows journaled before the table lost its journaling guards are not in its entry.
        connection.prepare(QStringLiteral("DELETE FROM %1 WHERE table_name = ?1").arg(ChangeTable)).bind(1, table).run();
    }
    if (transaction)
        transaction->commit();
}

QHash<QString, TableChecksum> ContentChecksumCache::trusted(SqliteConnection &connection)
{
    QHash<QString, TableChecksum> entries;
    if (!hasCacheTable(connection))
        return entries;
    const QHash<QString, GuardedTableShape> guarded =
        guardedTables(connection, triggers(connection), FirstVersionGuards::Accepted);
    SqliteStatement statement = connection.prepare(QStringLiteral(
        "SELECT c.table_name, c.row_count, c.row_sum FROM %1 c "
        "  JOIN sqlite_schema s ON s.type = 'table' AND s.name = c.table_name AND s.sql = c.table_sql")
                                                       .arg(CacheTable));
    while (statement.step()) {
        const QString table = statement.columnText(0);
        if (guarded.contains(table))
            entries.insert(table, {quint64(statement.columnInt(1)), quint64(statement.columnInt(2))});
    }
    addJournal(connection, guarded, entries);
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
    // The entry now counts every row written so far.
    if (checksumSchemaHasTable(connection, ChangeTable))
        connection.prepare(QStringLiteral("DELETE FROM %1 WHERE table_name = ?1").arg(ChangeTable)).bind(1, table).run();
}

namespace {
QList<Guard> insertGuardsOf(SqliteConnection &connection, const QString &table)
{
    QList<Guard> guards = guardsOf(table, guardedShapeOf(connection, table));
    // The journaling guards list the two INSERT guards first; the entry-dropping ones, one.
    guards.resize(guards.size() == 4 ? 2 : 1);
    return guards;
}
} // namespace

bool ContentChecksumCache::suspendInsertGuard(SqliteConnection &connection, const QString &table)
{
    if (connection.isReadOnly() || !connection.inTransaction() || !hasCacheTable(connection)
        || !hasGuards(guardsOf(table, guardedShapeOf(connection, table)), triggers(connection)))
        return false;
    connection.prepare(QStringLiteral("DELETE FROM %1 WHERE table_name = ?1").arg(CacheTable)).bind(1, table).run();
    for (const Guard &guard : insertGuardsOf(connection, table))
        connection.execute(QStringLiteral("DROP TRIGGER %1").arg(quotedIdentifier(guard.name)));
    return true;
}

void ContentChecksumCache::restoreInsertGuard(SqliteConnection &connection, const QString &table)
{
    const QMap<QString, QString> existing = triggers(connection);
    for (const Guard &guard : insertGuardsOf(connection, table)) {
        if (!existing.contains(guard.name))
            connection.execute(guard.sql);
    }
}

void ContentChecksumCache::freeColumnsForMigration(SqliteConnection &connection)
{
    if (connection.isReadOnly() || !hasCacheTable(connection))
        return;
    const QHash<QString, GuardedTableShape> journaled =
        guardedTables(connection, triggers(connection), FirstVersionGuards::Replaced);
    const QHash<QString, TableChecksum> entries = trusted(connection);
    for (auto table = journaled.cbegin(); table != journaled.cend(); ++table) {
        if (!table->journaled)
            continue;
        // Folded first: the entry-dropping guards keep an exact entry exact, and install() keeps it.
        if (entries.contains(table.key()))
            store(connection, table.key(), entries.value(table.key()));
        for (const char *suffix : {"replace", "insert", "update", "delete"})
            connection.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quotedIdentifier(guardName(table.key(), suffix))));
        for (const Guard &guard : entryDroppingGuardsOf(table.key()))
            connection.execute(guard.sql);
    }
}

void ContentChecksumCache::refresh(SqliteConnection &connection)
{
    install(connection);
    if (connection.isReadOnly() || !hasCacheTable(connection))
        return;
    const QHash<QString, TableChecksum> known = trusted(connection);
    const QStringList journaled = journaledTables(connection);
    for (const QString &table : contentTables(connection)) {
        if (!known.contains(table))
            store(connection, table, scan(connection, table));
        else if (journaled.contains(table))
            store(connection, table, known.value(table));
    }
    // What is left belongs to tables no longer content (dropped, or renamed and rescanned).
    if (!journaledTables(connection).isEmpty())
        connection.execute(QStringLiteral("DELETE FROM %1").arg(ChangeTable));
}

} // namespace kai::store
