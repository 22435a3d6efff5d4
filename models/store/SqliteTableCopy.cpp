// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteTableCopy.h"

#include "store/MigrationRunner.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"
#include "store/ReadSnapshot.h"
#include "store/SqlIdentifier.h"
#include "store/StoreError.h"

#include <QStringList>

namespace kai::store {

namespace {
// The columns a row is inserted with: generated ones (hidden 2 or 3) are computed by SQLite.
QStringList insertableColumns(SqliteConnection &to, const QString &table)
{
    SqlQuery columns = to.query(QStringLiteral("SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0 ORDER BY cid"));
    columns.bind(1, table);
    QStringList names;
    while (columns.step())
        names << quotedIdentifier(columns.columnText(0));
    return names;
}

void bindValue(SqliteStatement &insert, int index, const SqlQuery &row, int column)
{
    switch (row.columnType(column)) {
    case SqlType::Null: insert.bindNull(index); break;
    case SqlType::Integer: insert.bind(index, row.columnInt(column)); break;
    case SqlType::Real: insert.bind(index, row.columnDouble(column)); break;
    default: insert.bind(index, row.columnText(column)); break;
    }
}

} // namespace

qint64 SqliteTableCopy::copyInto(SqlConnection &from, const QString &path)
{
    SqliteConnection to = SqliteConnection::open(path, SqliteConnection::OpenMode::Create);
    to.applyConnectionSettings();
    MigrationRunner::migrate(to);
    const ReadSnapshot snapshot(from);
    const QStringList sourceTables = from.tableNames();
    qint64 rows = 0;
    SqliteTransaction transaction(to);
    // SQLite lists its tables in creation order, so a referenced table is filled first.
    for (const QString &table : to.tableNames()) {
        if (!sourceTables.contains(table))
            continue;
        clearTable(to, table);
        rows += copyTable(from, to, table);
    }
    transaction.commit();
    return rows;
}

void SqliteTableCopy::clearTable(SqliteConnection &to, const QString &table)
{
    SqlQuery any = to.query(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quotedIdentifier(table)));
    if (!any.step())
        return;
    // Only the change log has rows in a new file (its migrations' own), and its triggers refuse
    // deletes: they are set aside and put back as they were, in the same transaction.
    SqlQuery triggers = to.query(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1"));
    triggers.bind(1, table);
    QStringList names;
    QStringList definitions;
    while (triggers.step()) {
        names << triggers.columnText(0);
        definitions << triggers.columnText(1);
    }
    for (const QString &name : std::as_const(names))
        to.execute(QStringLiteral("DROP TRIGGER %1").arg(quotedIdentifier(name)));
    to.execute(QStringLiteral("DELETE FROM %1").arg(quotedIdentifier(table)));
    for (const QString &definition : std::as_const(definitions))
        to.execute(definition);
}

qint64 SqliteTableCopy::copyTable(SqlConnection &from, SqliteConnection &to, const QString &table)
{
    const QStringList columns = insertableColumns(to, table);
    QStringList placeholders;
    for (int i = 1; i <= columns.size(); ++i)
        placeholders << QStringLiteral("?%1").arg(i);
    // In key order: a row that refers to another row of its table (a criterion's parent) follows it.
    SqlQuery read = from.query(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columns.join(QLatin1String(", ")), quotedIdentifier(table)));
    const QString insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(quotedIdentifier(table), columns.join(QLatin1String(", ")),
                                       placeholders.join(QLatin1String(", ")));
    SqliteStatement insert = to.prepare(insertSql);
    qint64 rows = 0;
    while (read.step()) {
        for (int column = 0; column < columns.size(); ++column)
            bindValue(insert, column + 1, read, column);
        insert.run();  // resets it for the next row; every parameter is bound again
        ++rows;
    }
    return rows;
}

} // namespace kai::store
