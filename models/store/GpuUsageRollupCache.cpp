// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageRollupCache.h"

#include "store/SqlConnection.h"
#include "store/UsageDayNumber.h"
#include "store/SqliteConnection.h"

#include <limits>
#include <map>
#include <sqlite3.h>
#include <tuple>

namespace kai::store {

using domain::GpuUsageTotal;

namespace {
const QDate epoch(1970, 1, 1);

bool matches(const std::optional<qint64> &wanted, qint64 value)
{
    return !wanted || *wanted == value;
}
} // namespace

std::optional<GpuUsageRollupCache::Version> GpuUsageRollupCache::versionOf(SqlConnection &connection)
{
    if (connection.inTransaction())
        return std::nullopt;
    if (SqliteConnection *sqlite = connection.sqlite())
        return Version{sqlite->queryInt(QStringLiteral("PRAGMA data_version")), sqlite3_total_changes64(sqlite->handle())};
    // A server has no data_version. Every write gives the rows it touches its transaction's id
    // (xmin), so the sum of the ids and the number of the rows the cache reads change with any
    // write to them; a scan of a few thousand rows instead of the view's queries on every change
    // (on 1M rows the server's filter redraw took 190 ms, a file's 116 ms, at the same load).
    SqlQuery version = connection.query(QStringLiteral(
        "SELECT (SELECT COALESCE(SUM(xmin::text::bigint), 0) FROM gpu_usage_daily) "
        "     + (SELECT COALESCE(SUM(xmin::text::bigint), 0) FROM gpu_model), "
        "       (SELECT COUNT(*) FROM gpu_usage_daily) * 65536 + (SELECT COUNT(*) FROM gpu_model)"));
    if (!version.step())
        return std::nullopt;
    return Version{version.columnInt(0), version.columnInt(1)};
}

QVector<GpuUsageTotal> GpuUsageRollupCache::sum(SqlConnection &connection, const QDate &from, const QDate &asOf)
{
    SqlQuery query = connection.query(QStringLiteral(
        "SELECT d.consortium_id, SUM(d.gpu_hours), SUM(d.gpu_hours * m.h100_equivalent), SUM(d.samples), "
        "       SUM(d.illustrative_samples) "
        "  FROM gpu_usage_daily d JOIN gpu_model m ON m.id = d.gpu_model_id "
        " WHERE d.day BETWEEN ?1 AND ?2 GROUP BY d.consortium_id ORDER BY d.consortium_id"));
    query.bind(1, epoch.daysTo(from)).bind(2, epoch.daysTo(asOf) - 1);
    QVector<GpuUsageTotal> totals;
    while (query.step()) {
        totals.append({query.columnInt(0), query.columnDouble(1), query.columnDouble(2), query.columnInt(3),
                       query.columnInt(4)});
    }
    return totals;
}

bool GpuUsageRollupCache::ensureRead(SqlConnection &connection)
{
    // The version is read before the rows: a commit in between only makes the next call read again.
    const std::optional<Version> version = versionOf(connection);
    if (!version)
        return false;
    if (version == m_version)
        return true;
    m_version.reset();  // a failed read leaves nothing to trust
    SqlQuery query = connection.query(QStringLiteral(
        "SELECT d.day, d.consortium_id, d.gpu_model_id, d.provider_id, d.gpu_hours, m.h100_equivalent, "
        "       d.utilization_weighted, d.utilization_hours, d.samples, d.illustrative_samples "
        "  FROM gpu_usage_daily d JOIN gpu_model m ON m.id = d.gpu_model_id ORDER BY d.consortium_id, d.day"));
    m_rows.clear();
    while (query.step()) {
        m_rows.append({query.columnInt(0), query.columnInt(1), query.columnInt(2), query.columnInt(3),
                       query.columnDouble(4), query.columnDouble(5), query.columnDouble(6), query.columnDouble(7),
                       query.columnInt(8), query.columnInt(9)});
    }
    ++m_reads;
    m_version = version;
    return true;
}

QVector<GpuUsageTotal> GpuUsageRollupCache::totals(SqlConnection &connection, const QDate &from, const QDate &asOf)
{
    if (!ensureRead(connection))
        return sum(connection, from, asOf);
    const qint64 firstDay = epoch.daysTo(from);
    const qint64 lastDay = epoch.daysTo(asOf) - 1;
    QVector<GpuUsageTotal> totals;
    for (const Row &row : m_rows) {
        if (row.day < firstDay || row.day > lastDay)
            continue;
        if (totals.isEmpty() || totals.last().consortiumId != row.consortiumId)
            totals.append({row.consortiumId, 0, 0, 0, 0});
        GpuUsageTotal &total = totals.last();
        total.gpuHours += row.gpuHours;
        total.h100EquivalentHours += row.gpuHours * row.h100Equivalent;
        total.samples += row.samples;
        total.illustrativeSamples += row.illustrativeSamples;
    }
    return totals;
}

std::optional<QVector<GpuUsageRepository::Bucket>> GpuUsageRollupCache::buckets(
    SqlConnection &connection, const GpuUsageRepository::Filter &filter, GpuUsageRepository::Granularity granularity)
{
    if (!ensureRead(connection))
        return std::nullopt;
    const qint64 firstDay = usageDayNumber(filter.from, std::numeric_limits<int>::min());
    const qint64 lastDay = usageDayNumber(filter.to, std::numeric_limits<int>::max());
    // Ordered as the query orders them: by period, consortium, GPU model.
    std::map<std::tuple<qint64, qint64, qint64>, GpuUsageRepository::Bucket> grouped;
    for (const Row &row : m_rows) {
        if (row.day < firstDay || row.day > lastDay || !matches(filter.consortiumId, row.consortiumId)
            || !matches(filter.providerId, row.providerId) || !matches(filter.gpuModelId, row.gpuModelId))
            continue;
        QDate period = epoch.addDays(row.day);
        if (granularity == GpuUsageRepository::Granularity::Month)
            period = QDate(period.year(), period.month(), 1);
        GpuUsageRepository::Bucket &bucket = grouped[{epoch.daysTo(period), row.consortiumId, row.gpuModelId}];
        bucket.period = period;
        bucket.consortiumId = row.consortiumId;
        bucket.gpuModelId = row.gpuModelId;
        bucket.gpuHours += row.gpuHours;
        bucket.h100Hours = bucket.gpuHours * row.h100Equivalent;  // one model per bucket
        bucket.utilizationWeighted += row.utilizationWeighted;
        bucket.utilizationHours += row.utilizationHours;
        bucket.samples += row.samples;
        bucket.illustrativeSamples += row.illustrativeSamples;
    }
    QVector<GpuUsageRepository::Bucket> buckets;
    buckets.reserve(qsizetype(grouped.size()));
    for (const auto &entry : grouped)
        buckets.append(entry.second);
    return buckets;
}

} // namespace kai::store
