// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/VerifiedRules.h"

#include "store/ContentChecksumCache.h"
#include "store/SqliteConnection.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace kai::store {

namespace {
const QString VerifiedTable = QStringLiteral("content_verified");
const QString UsageTable = QStringLiteral("gpu_usage");

bool hasVerifiedTable(SqliteConnection &connection)
{
    SqliteStatement statement =
        connection.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1"));
    statement.bind(1, VerifiedTable);
    return statement.step();
}
} // namespace

QString VerifiedRules::tableName()
{
    return VerifiedTable;
}

QString VerifiedRules::usageTable()
{
    return UsageTable;
}

QString VerifiedRules::key(Rule rule)
{
    switch (rule) {
    case Rule::UsageForeignKeys:
        return QStringLiteral("foreign-key gpu_usage");
    case Rule::DailyRollup:
        return QStringLiteral("gpu-rollup");
    case Rule::NodeSpans:
        break;
    }
    return QStringLiteral("gpu-node-spans");
}

QStringList VerifiedRules::tablesOf(SqliteConnection &connection, Rule rule)
{
    QStringList tables{UsageTable};
    if (rule == Rule::NodeSpans)
        return tables;
    if (rule == Rule::DailyRollup) {
        tables << QStringLiteral("gpu_usage_daily");
        return tables;
    }
    // A parent row deleted breaks the usage rows' keys without touching gpu_usage, so the
    // parents' state is part of the verdict.
    SqliteStatement parents =
        connection.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1) ORDER BY 1"));
    parents.bind(1, UsageTable);
    while (parents.step())
        tables << parents.columnText(0);
    return tables;
}

QByteArray VerifiedRules::stateOf(SqliteConnection &connection, const QStringList &tables, const QByteArray &extra)
{
    const QHash<QString, TableChecksum> entries = ContentChecksumCache::trusted(connection);
    QCryptographicHash state(QCryptographicHash::Sha256);
    SqliteStatement schema =
        connection.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1"));
    for (const QString &table : tables) {
        const auto found = entries.constFind(table);
        if (found == entries.cend())
            return {};
        schema.bind(1, table);
        if (!schema.step())
            return {};
        state.addData(table.toUtf8() + '\0' + schema.columnText(0).toUtf8() + '\0');
        schema.reset();
        const quint64 counts[] = {qToLittleEndian(found->rows), qToLittleEndian(found->sum)};
        state.addData(QByteArrayView(reinterpret_cast<const char *>(counts), sizeof counts));
    }
    state.addData(extra);
    return state.result();
}

bool VerifiedRules::holds(SqliteConnection &connection, Rule rule, const QByteArray &extra)
{
    if (!hasVerifiedTable(connection))
        return false;
    const QByteArray state = stateOf(connection, tablesOf(connection, rule), extra);
    if (state.isEmpty())
        return false;
    SqliteStatement stored =
        connection.prepare(QStringLiteral("SELECT state FROM %1 WHERE rule = ?1").arg(VerifiedTable));
    stored.bind(1, key(rule));
    return stored.step() && QByteArray(stored.columnText(0).toLatin1()) == state.toHex();
}

void VerifiedRules::record(SqliteConnection &connection, Rule rule, const QByteArray &extra)
{
    if (connection.isReadOnly())
        return;
    const QByteArray state = stateOf(connection, tablesOf(connection, rule), extra);
    if (state.isEmpty())
        return;
    connection.execute(
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (rule TEXT PRIMARY KEY, state TEXT NOT NULL)").arg(VerifiedTable));
    connection.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (rule, state) VALUES (?1, ?2)").arg(VerifiedTable))
        .bind(1, key(rule))
        .bind(2, QString::fromLatin1(state.toHex()))
        .run();
}

} // namespace kai::store
