// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageRepository.h"

#include "store/SqliteConnection.h"

#include <limits>

namespace kai::store {

namespace {
qint64 dayNumber(const QDate &date, qint64 fallback)
{
    return date.isValid() ? QDate(1970, 1, 1).daysTo(date) : fallback;
}
} // namespace

QVector<GpuUsageRepository::Bucket> GpuUsageRepository::usage(const Filter &filter, Granularity granularity) const
{
    // Months are grouped by SQLite's own calendar ('start of month'), days by the day number.
    SqliteStatement query = m_connection.prepare(QStringLiteral(
        "SELECT CASE ?6 WHEN 1 THEN date(d.day * 86400, 'unixepoch', 'start of month') "
        "               ELSE date(d.day * 86400, 'unixepoch') END AS period, "
        "       d.consortium_id, d.gpu_model_id, SUM(d.gpu_hours), SUM(d.gpu_hours) * m.h100_equivalent, "
        "       SUM(d.utilization_weighted), SUM(d.utilization_hours), SUM(d.samples), SUM(d.illustrative_samples) "
        "  FROM gpu_usage_daily d JOIN gpu_model m ON m.id = d.gpu_model_id "
        " WHERE d.day BETWEEN ?1 AND ?2 "
        "   AND (?3 IS NULL OR d.consortium_id = ?3) "
        "   AND (?4 IS NULL OR d.provider_id = ?4) "
        "   AND (?5 IS NULL OR d.gpu_model_id = ?5) "
        " GROUP BY period, d.consortium_id, d.gpu_model_id "
        " ORDER BY period, d.consortium_id, d.gpu_model_id"));
    query.bind(1, dayNumber(filter.from, std::numeric_limits<int>::min()))
        .bind(2, dayNumber(filter.to, std::numeric_limits<int>::max()))
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
    SqliteStatement query = m_connection.prepare(
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
    SqliteStatement query = m_connection.prepare(QStringLiteral(
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
