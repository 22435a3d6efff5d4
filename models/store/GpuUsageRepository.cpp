// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageRepository.h"

#include "store/GpuUsageRollupCache.h"
#include "store/SqlConnection.h"
#include "store/UsageDayNumber.h"

#include <limits>

namespace kai::store {

namespace {
} // namespace

QVector<GpuUsageRepository::Bucket> GpuUsageRepository::usage(const Filter &filter, Granularity granularity) const
{
    if (m_rollup) {
        if (auto buckets = m_rollup->buckets(m_connection, filter, granularity))
            return *buckets;
    }
    // A parameter is typed by a CAST where IS NULL alone leaves PostgreSQL nothing to infer from.
    // Months are grouped by the engine's own calendar, days by the day number: the one fragment
    // the two dialects spell differently.
    const bool sqlite = m_connection.engine() == SqlConnection::Engine::Sqlite;
    const QString period = sqlite
        ? QStringLiteral("CASE WHEN ?6 = 1 THEN date(d.day * 86400, 'unixepoch', 'start of month') "
                         "ELSE date(d.day * 86400, 'unixepoch') END")
        : QStringLiteral("to_char(date '1970-01-01' + d.day::integer, CASE WHEN ?6 = 1 THEN 'YYYY-MM-01' "
                         "ELSE 'YYYY-MM-DD' END)");
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT %1 AS period, "
        "       d.consortium_id, d.gpu_model_id, SUM(d.gpu_hours), SUM(d.gpu_hours) * MAX(m.h100_equivalent), "
        "       SUM(d.utilization_weighted), SUM(d.utilization_hours), SUM(d.samples), SUM(d.illustrative_samples) "
        "  FROM gpu_usage_daily d JOIN gpu_model m ON m.id = d.gpu_model_id "
        " WHERE d.day BETWEEN ?1 AND ?2 "
        "   AND (CAST(?3 AS BIGINT) IS NULL OR d.consortium_id = ?3) "
        "   AND (CAST(?4 AS BIGINT) IS NULL OR d.provider_id = ?4) "
        "   AND (CAST(?5 AS BIGINT) IS NULL OR d.gpu_model_id = ?5) "
        " GROUP BY period, d.consortium_id, d.gpu_model_id "
        " ORDER BY period, d.consortium_id, d.gpu_model_id").arg(period));
    query.bind(1, usageDayNumber(filter.from, std::numeric_limits<int>::min()))
        .bind(2, usageDayNumber(filter.to, std::numeric_limits<int>::max()))
        .bind(3, filter.consortiumId)
        .bind(4, filter.providerId)
        .bind(5, filter.gpuModelId)
        .bind(6, granularity == Granularity::Month ? 1 : 0);
    QVector<Bucket> buckets;
    while (query.step()) {
        Bucket bucket;
        bucket.period = QDate::fromString(query.columnText(0), Qt::ISODate);
        bucket.consortiumId = query.columnInt(1);
        bucket.gpuModelId = query.columnInt(2);
        bucket.gpuHours = query.columnDouble(3);
        bucket.h100Hours = query.columnDouble(4);
        bucket.utilizationWeighted = query.columnDouble(5);
        bucket.utilizationHours = query.columnDouble(6);
        bucket.samples = query.columnInt(7);
        bucket.illustrativeSamples = query.columnInt(8);
        buckets.append(bucket);
    }
    return buckets;
}

QVector<GpuUsageRepository::Choice> GpuUsageRepository::providers() const
{
    SqlQuery query = m_connection.query(
        QStringLiteral("SELECT id, code, name_ko, name_en FROM gpu_provider ORDER BY name_en"));
    QVector<Choice> choices;
    while (query.step()) {
        Choice choice;
        choice.id = query.columnInt(0);
        choice.code = query.columnText(1);
        choice.nameKo = query.columnText(2);
        choice.nameEn = query.columnText(3);
        choices.append(choice);
    }
    return choices;
}

QVector<GpuUsageRepository::Choice> GpuUsageRepository::gpuModels() const
{
    SqlQuery query = m_connection.query(QStringLiteral(
        "SELECT m.id, m.code, m.name, m.h100_equivalent, s.title, s.is_illustrative, COALESCE(s.title_ko, '') "
        "  FROM gpu_model m JOIN source s ON s.id = m.source_id ORDER BY m.code"));
    QVector<Choice> choices;
    while (query.step()) {
        choices.append({query.columnInt(0), query.columnText(1), query.columnText(2), query.columnText(2),
                        query.columnDouble(3), {query.columnText(6), query.columnText(4)}, query.columnInt(5) != 0});
    }
    return choices;
}

} // namespace kai::store
