// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageRollup.h"

#include "store/SqlConnection.h"

#include <limits>

namespace kai::store {

void GpuUsageRollup::rebuild(SqlConnection &connection)
{
    rebuildDays(connection, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

void GpuUsageRollup::rebuildDays(SqlConnection &connection, long long firstDay, long long lastDay)
{
    connection.query(QStringLiteral("DELETE FROM gpu_usage_daily WHERE day BETWEEN ?1 AND ?2"))
        .bind(1, qint64(firstDay))
        .bind(2, qint64(lastDay))
        .run();
    // The range on period_start (not on period_start / 86400) lets SQLite use the primary key. The casts
    // keep PostgreSQL from taking the day for a 32-bit integer, whose product with 86400 overflows.
    connection
        .query(QStringLiteral(
            "INSERT INTO gpu_usage_daily (day, consortium_id, gpu_model_id, provider_id, gpu_hours, "
            "  utilization_weighted, utilization_hours, samples, illustrative_samples) "
            "SELECT u.period_start / 86400, u.consortium_id, u.gpu_model_id, u.provider_id, SUM(u.gpu_hours), "
            "       SUM(COALESCE(u.utilization_pct * u.gpu_hours, 0)), "
            "       SUM(CASE WHEN u.utilization_pct IS NULL THEN 0 ELSE u.gpu_hours END), "
            "       COUNT(*), SUM(s.is_illustrative) "
            "  FROM gpu_usage u JOIN source s ON s.id = u.source_id "
            " WHERE u.period_start >= CAST(?1 AS BIGINT) * 86400 AND u.period_start < (CAST(?2 AS BIGINT) + 1) * 86400 "
            " GROUP BY u.period_start / 86400, u.consortium_id, u.gpu_model_id, u.provider_id"))
        .bind(1, qint64(firstDay))
        .bind(2, qint64(lastDay))
        .run();
}

QVector<GpuUsageRollup::Difference> GpuUsageRollup::differences(SqlConnection &connection)
{
    // Compared per day, consortium and model (providers summed); hours with a relative tolerance,
    // because SQL and the importer add the same figures in different orders.
    SqlQuery query = connection.query(QStringLiteral(
        "WITH raw AS (SELECT period_start / 86400 AS day, consortium_id, gpu_model_id, "
        "                    SUM(gpu_hours) AS hours, COUNT(*) AS samples "
        "               FROM gpu_usage GROUP BY 1, 2, 3), "
        "     roll AS (SELECT day, consortium_id, gpu_model_id, SUM(gpu_hours) AS hours, SUM(samples) AS samples "
        "                FROM gpu_usage_daily GROUP BY 1, 2, 3), "
        "     keys AS (SELECT day, consortium_id, gpu_model_id FROM raw "
        "              UNION SELECT day, consortium_id, gpu_model_id FROM roll) "
        "SELECT k.day, COALESCE(c.code, CAST(k.consortium_id AS TEXT)), COALESCE(m.code, CAST(k.gpu_model_id AS TEXT)), "
        "       COALESCE(roll.hours, 0), COALESCE(roll.samples, 0), COALESCE(raw.hours, 0), COALESCE(raw.samples, 0) "
        "  FROM keys k "
        "  LEFT JOIN raw ON raw.day = k.day AND raw.consortium_id = k.consortium_id "
        "                AND raw.gpu_model_id = k.gpu_model_id "
        "  LEFT JOIN roll ON roll.day = k.day AND roll.consortium_id = k.consortium_id "
        "                AND roll.gpu_model_id = k.gpu_model_id "
        "  LEFT JOIN consortium c ON c.id = k.consortium_id "
        "  LEFT JOIN gpu_model m ON m.id = k.gpu_model_id "
        " WHERE COALESCE(roll.samples, 0) <> COALESCE(raw.samples, 0) "
        "    OR abs(COALESCE(roll.hours, 0) - COALESCE(raw.hours, 0)) "
        "       > 1e-9 * CASE WHEN abs(COALESCE(raw.hours, 0)) > 1.0 THEN abs(COALESCE(raw.hours, 0)) ELSE 1.0 END "
        " ORDER BY k.day, 2, 3"));
    QVector<Difference> differences;
    while (query.step()) {
        differences.append({query.columnInt(0), query.columnText(1), query.columnText(2), query.columnDouble(3),
                            query.columnInt(4), query.columnDouble(5), query.columnInt(6)});
    }
    return differences;
}

} // namespace kai::store
