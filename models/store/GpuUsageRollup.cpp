// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageRollup.h"

#include "store/SqliteConnection.h"

#include <limits>

namespace kai::store {

void GpuUsageRollup::rebuild(SqliteConnection &connection)
{
    rebuildDays(connection, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

void GpuUsageRollup::rebuildDays(SqliteConnection &connection, long long firstDay, long long lastDay)
{
    connection.prepare(QStringLiteral("DELETE FROM gpu_usage_daily WHERE day BETWEEN ?1 AND ?2"))
        .bind(1, qint64(firstDay))
        .bind(2, qint64(lastDay))
        .run();
    // The range on period_start (not on period_start / 86400) lets SQLite use the primary key.
    connection
        .prepare(QStringLiteral(
            "INSERT INTO gpu_usage_daily (day, consortium_id, gpu_model_id, provider_id, gpu_hours, "
            "  utilization_weighted, utilization_hours, samples, illustrative_samples) "
            "SELECT u.period_start / 86400, u.consortium_id, u.gpu_model_id, u.provider_id, SUM(u.gpu_hours), "
            "       SUM(COALESCE(u.utilization_pct * u.gpu_hours, 0)), "
            "       SUM(CASE WHEN u.utilization_pct IS NULL THEN 0 ELSE u.gpu_hours END), "
            "       COUNT(*), SUM(s.is_illustrative) "
            "  FROM gpu_usage u JOIN source s ON s.id = u.source_id "
            " WHERE u.period_start >= ?1 * 86400 AND u.period_start < (?2 + 1) * 86400 "
            " GROUP BY u.period_start / 86400, u.consortium_id, u.gpu_model_id, u.provider_id"))
        .bind(1, qint64(firstDay))
        .bind(2, qint64(lastDay))
        .run();
}

} // namespace kai::store
