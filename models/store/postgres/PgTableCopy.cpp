// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/PgTableCopy.h"

#include "store/GpuNodeSpanCache.h"
#include "store/SqlIdentifier.h"
#include "store/StoreError.h"
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgUsageRows.h"

#include <QStringList>

namespace kai::store {

namespace {
QStringList insertableColumns(PgConnection &to, const QString &table)
{
    SqlQuery columns = to.query(QStringLiteral(
        "SELECT column_name FROM information_schema.columns "
        " WHERE table_schema = current_schema() AND table_name = ?1 AND is_generated = 'NEVER' "
        " ORDER BY ordinal_position"));
    columns.bind(1, table);
    QStringList names;
    while (columns.step())
        names << quotedIdentifier(columns.columnText(0));
    return names;
}

void bindValue(SqlQuery &insert, int index, const SqlQuery &row, int column)
{
    switch (row.columnType(column)) {
    case SqlType::Null: insert.bindNull(index); break;
    case SqlType::Integer: insert.bind(index, row.columnInt(column)); break;
    case SqlType::Real: insert.bind(index, row.columnDouble(column)); break;
    default: insert.bind(index, row.columnText(column)); break;
    }
}
} // namespace

qint64 PgTableCopy::copy(SqlConnection &from, PgConnection &to)
{
    const QStringList sourceTables = from.tableNames();
    // The importer's spans are the server's own: the rows copied into gpu_usage mark them unknown,
    // and the next import computes them again from the rows.
    const QStringList notCopied = GpuNodeSpanCache::tableNames();
    qint64 rows = 0;
    to.execute(QStringLiteral("BEGIN"));
    try {
        // A partitioned table takes only rows whose partition exists.
        PgUsageRows::createPartitionsFor(from, to);
        // The server lists its tables in creation order, so a referenced table is filled first.
        for (const QString &table : to.tableNames()) {
            if (!sourceTables.contains(table) || notCopied.contains(table))
                continue;
            rows += copyTable(from, to, table);
            continueIdentity(to, table);
        }
        to.execute(QStringLiteral("COMMIT"));
    } catch (const StoreError &) {
        to.execute(QStringLiteral("ROLLBACK"));
        throw;
    }
    return rows;
}

qint64 PgTableCopy::copyTable(SqlConnection &from, PgConnection &to, const QString &table)
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
    qint64 rows = 0;
    while (read.step()) {
        SqlQuery insert = to.query(insertSql);
        for (int column = 0; column < columns.size(); ++column)
            bindValue(insert, column + 1, read, column);
        insert.run();
        ++rows;
    }
    return rows;
}

void PgTableCopy::continueIdentity(PgConnection &to, const QString &table)
{
    SqlQuery identity = to.query(QStringLiteral(
        "SELECT column_name FROM information_schema.columns "
        " WHERE table_schema = current_schema() AND table_name = ?1 AND is_identity = 'YES'"));
    identity.bind(1, table);
    while (identity.step()) {
        const QString column = identity.columnText(0);
        to.query(QStringLiteral("SELECT setval(pg_get_serial_sequence(?1, ?2), "
                                "(SELECT COALESCE(max(%1), 0) + 1 FROM %2), false)")
                     .arg(quotedIdentifier(column), quotedIdentifier(table)))
            .bind(1, quotedIdentifier(table))
            .bind(2, column)
            .run();
    }
}

} // namespace kai::store
