// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteUsageRows.h"

#include "store/SqliteConnection.h"

#include <algorithm>

namespace kai::store {

namespace {
// Rows per INSERT statement: one statement per row spent a good part of the insert in starting
// and finishing the statement.
constexpr int SqliteUsageInsertBatch = 64;

const QString SetAsideTable = QStringLiteral("gpu_usage_set_aside");
const QString UsageColumnNames = gpuUsageColumnNames();
// gpu_usage's columns without its references and checks: the rows set aside were stored under them.
const QString UsageColumnDefinitions = QStringLiteral(
    "period_start INTEGER NOT NULL, consortium_id INTEGER NOT NULL, node_id INTEGER NOT NULL, "
    "gpu_model_id INTEGER NOT NULL, period_end INTEGER NOT NULL, provider_id INTEGER NOT NULL, "
    "gpu_hours REAL NOT NULL, utilization_pct REAL, source_id INTEGER NOT NULL");
const QString UsageKeyColumns = QStringLiteral("period_start, consortium_id, node_id, gpu_model_id");

QString sqliteUsageInsertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO gpu_usage (%1) VALUES ").arg(UsageColumnNames);
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? QStringLiteral("(?,?,?,?,?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?,?,?,?)");
    return sql;
}
} // namespace

SqliteUsageRows::SqliteUsageRows(SqliteConnection &connection)
    : m_insertSample(connection.prepare(sqliteUsageInsertSql(1))),
      m_insertSamples(connection.prepare(sqliteUsageInsertSql(SqliteUsageInsertBatch))),
      m_insertNode(connection.prepare(QStringLiteral("INSERT INTO gpu_node (id, name) VALUES (?1, ?2)"))),
      m_findKey(nullptr, nullptr),
      m_findOverlap(nullptr, nullptr),
      m_connection(connection)
{
    prepareLookups(false);
}

void SqliteUsageRows::prepareLookups(bool withSetAside)
{
    // Rows set aside are stored rows all the same: each look-up reads both tables.
    const auto fromBoth = [withSetAside](const QString &select, const QString &where) {
        QString sql = select + QStringLiteral(" FROM main.gpu_usage WHERE ") + where;
        if (withSetAside)
            sql += QStringLiteral(" UNION ALL ") + select + QStringLiteral(" FROM temp.") + SetAsideTable
                + QStringLiteral(" WHERE ") + where;
        return sql;
    };
    m_findKey = m_connection.prepare(
        fromBoth(QStringLiteral("SELECT period_end, provider_id, gpu_hours, utilization_pct"),
                 QStringLiteral("period_start = ?1 AND consortium_id = ?2 AND node_id = ?3 AND gpu_model_id = ?4")));
    // Bounded below by the node's longest period so that the time-first key narrows the scan.
    m_findOverlap = m_connection.prepare(
        fromBoth(QStringLiteral("SELECT period_start, period_end"),
                 QStringLiteral("period_start > ?1 AND period_start < ?2 AND consortium_id = ?3 AND node_id = ?4 "
                                "AND gpu_model_id = ?5 AND period_end > ?6"))
        + QStringLiteral(" LIMIT 1"));
}

void SqliteUsageRows::beginImportFrom(qint64 periodStart, qint64 expectedRows)
{
    const qint64 mostToMove = std::min(expectedRows / SetAsideShare, MostRowsSetAside);
    if (mostToMove <= 0 || m_setAside)
        return;
    SqliteStatement ahead = m_connection.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM main.gpu_usage WHERE period_start >= ?1 LIMIT ?2)"));
    ahead.bind(1, periodStart).bind(2, mostToMove + 1);
    const qint64 inTheWay = ahead.step() ? ahead.columnInt(0) : 0;
    if (inTheWay == 0 || inTheWay > mostToMove)
        return;
    // A temporary table belongs to this connection and to this transaction: nobody else sees the
    // rows gone, and a rollback brings them back.
    m_connection.execute(QStringLiteral("DROP TABLE IF EXISTS temp.%1; "
                                        "CREATE TEMP TABLE %1 (%2, PRIMARY KEY (%3)) WITHOUT ROWID")
                             .arg(SetAsideTable, UsageColumnDefinitions, UsageKeyColumns));
    m_connection.prepare(QStringLiteral("INSERT INTO temp.%1 (%2) SELECT %2 FROM main.gpu_usage WHERE period_start >= ?1")
                             .arg(SetAsideTable, UsageColumnNames))
        .bind(1, periodStart)
        .run();
    m_connection.prepare(QStringLiteral("DELETE FROM main.gpu_usage WHERE period_start >= ?1")).bind(1, periodStart).run();
    m_setAside = true;
    prepareLookups(true);
}

void SqliteUsageRows::endImport()
{
    if (!m_setAside)
        return;
    m_connection.execute(QStringLiteral("INSERT INTO main.gpu_usage (%2) SELECT %2 FROM temp.%1; DROP TABLE temp.%1")
                             .arg(SetAsideTable, UsageColumnNames));
    m_setAside = false;
    prepareLookups(false);
}

void SqliteUsageRows::add(const GpuUsageSample &sample, qint64 sourceId)
{
    m_sourceId = sourceId;
    m_pending.push_back(sample);
    if (m_pending.size() == size_t(SqliteUsageInsertBatch))
        flush();
}

void SqliteUsageRows::addNode(qint64 id, std::string_view name)
{
    m_insertNode.bind(1, id).bindUtf8(2, name.data(), int(name.size())).run();
}

void SqliteUsageRows::bindSample(SqliteStatement &statement, int first, const GpuUsageSample &sample) const
{
    statement.bind(first, sample.periodStart)
        .bind(first + 1, sample.consortiumId)
        .bind(first + 2, sample.nodeId)
        .bind(first + 3, sample.gpuModelId)
        .bind(first + 4, sample.periodEnd)
        .bind(first + 5, sample.providerId)
        .bind(first + 6, sample.gpuHours)
        .bind(first + 7, sample.utilizationPct)
        .bind(first + 8, m_sourceId);
}

void SqliteUsageRows::flush()
{
    if (m_pending.size() == size_t(SqliteUsageInsertBatch)) {
        for (int row = 0; row < SqliteUsageInsertBatch; ++row)
            bindSample(m_insertSamples, 1 + row * 9, m_pending[size_t(row)]);
        m_insertSamples.run();
    } else {
        for (const GpuUsageSample &sample : m_pending) {
            bindSample(m_insertSample, 1, sample);
            m_insertSample.run();
        }
    }
    m_pending.clear();
}

std::optional<GpuUsageRowSink::StoredRow> SqliteUsageRows::findKey(const GpuUsageSample &sample)
{
    // The row it looks for may still wait in m_pending.
    flush();
    m_findKey.bind(1, sample.periodStart).bind(2, sample.consortiumId).bind(3, sample.nodeId).bind(4, sample.gpuModelId);
    std::optional<StoredRow> row;
    if (m_findKey.step())
        row = StoredRow{m_findKey.columnInt(0), m_findKey.columnInt(1), m_findKey.columnDouble(2),
                        m_findKey.columnOptionalDouble(3)};
    m_findKey.reset();
    return row;
}

std::optional<GpuUsageRowSink::Period> SqliteUsageRows::findOverlap(const GpuUsageSample &sample, qint64 earliestStart)
{
    flush();
    m_findOverlap.bind(1, earliestStart)
        .bind(2, sample.periodEnd)
        .bind(3, sample.consortiumId)
        .bind(4, sample.nodeId)
        .bind(5, sample.gpuModelId)
        .bind(6, sample.periodStart);
    std::optional<Period> period;
    if (m_findOverlap.step())
        period = Period{m_findOverlap.columnInt(0), m_findOverlap.columnInt(1)};
    m_findOverlap.reset();
    return period;
}

} // namespace kai::store
