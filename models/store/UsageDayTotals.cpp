// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageDayTotals.h"

#include "store/SqlConnection.h"
#include "store/SqliteConnection.h"

#include <limits>
#include <sqlite3.h>

namespace kai::store {

using domain::GpuUsageTotal;

namespace {
const QDate epoch(1970, 1, 1);

// One statement for both: the sums per consortium, or per consortium and day (grouped by both).
QString usageSql(bool perDay)
{
    return QStringLiteral(
               "SELECT d.consortium_id, %1 SUM(d.gpu_hours), SUM(d.gpu_hours * m.h100_equivalent), SUM(d.samples), "
               "       SUM(d.illustrative_samples) "
               "  FROM gpu_usage_daily d JOIN gpu_model m ON m.id = d.gpu_model_id "
               " WHERE d.day BETWEEN ?1 AND ?2 GROUP BY d.consortium_id %2 ORDER BY d.consortium_id %2")
        .arg(perDay ? QStringLiteral("d.day,") : QString(), perDay ? QStringLiteral(", d.day") : QString());
}

GpuUsageTotal totalAt(const SqlQuery &row, int first)
{
    return {row.columnInt(0), row.columnDouble(first), row.columnDouble(first + 1), row.columnInt(first + 2),
            row.columnInt(first + 3)};
}
} // namespace

std::optional<UsageDayTotals::Version> UsageDayTotals::versionOf(SqlConnection &connection)
{
    SqliteConnection *sqlite = connection.sqlite();
    if (!sqlite || sqlite->inTransaction())
        return std::nullopt;
    return Version{sqlite->queryInt(QStringLiteral("PRAGMA data_version")), sqlite3_total_changes64(sqlite->handle())};
}

QVector<GpuUsageTotal> UsageDayTotals::sum(SqlConnection &connection, const QDate &from, const QDate &asOf)
{
    SqlQuery query = connection.query(usageSql(false));
    query.bind(1, epoch.daysTo(from)).bind(2, epoch.daysTo(asOf) - 1);
    QVector<GpuUsageTotal> totals;
    while (query.step())
        totals.append(totalAt(query, 1));
    return totals;
}

void UsageDayTotals::read(SqlConnection &connection)
{
    SqlQuery query = connection.query(usageSql(true));
    query.bind(1, std::numeric_limits<qint64>::min()).bind(2, std::numeric_limits<qint64>::max());
    m_days.clear();
    while (query.step())
        m_days.append({query.columnInt(0), query.columnInt(1), totalAt(query, 2)});
    ++m_reads;
}

QVector<GpuUsageTotal> UsageDayTotals::totals(SqlConnection &connection, const QDate &from, const QDate &asOf)
{
    // Read before the rollup: a commit in between then only makes the next call read again.
    const std::optional<Version> version = versionOf(connection);
    if (!version)
        return sum(connection, from, asOf);
    if (version != m_version) {
        m_version.reset();  // a failed read leaves nothing to trust
        read(connection);
        m_version = version;
    }
    const qint64 firstDay = epoch.daysTo(from);
    const qint64 lastDay = epoch.daysTo(asOf) - 1;
    QVector<GpuUsageTotal> totals;
    for (const Day &day : m_days) {
        if (day.day < firstDay || day.day > lastDay)
            continue;
        if (totals.isEmpty() || totals.last().consortiumId != day.consortiumId)
            totals.append({day.consortiumId, 0, 0, 0, 0});
        GpuUsageTotal &total = totals.last();
        total.gpuHours += day.sums.gpuHours;
        total.h100EquivalentHours += day.sums.h100EquivalentHours;
        total.samples += day.sums.samples;
        total.illustrativeSamples += day.sums.illustrativeSamples;
    }
    return totals;
}

} // namespace kai::store
