// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IllustrativeUsageGenerator.h"

#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVector>
#include <algorithm>
#include <cstdint>

namespace kai::store {

namespace {
struct AllocationRow
{
    qint64 id;
    qint64 consortiumId;
    qint64 providerId;
    qint64 gpuModelId;
    int gpuCount;
    QDate start;
    QDate end;
    QString nodeName;
};

// splitmix64: a portable, well-mixed hash, unlike std:: distributions whose output differs
// between standard libraries.
double unitNoise(std::uint64_t seed)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z >> 11) / double(1ull << 53);
}

QVector<AllocationRow> readAllocations(SqliteConnection &connection)
{
    SqliteStatement query = connection.prepare(QStringLiteral(
        "SELECT a.id, a.consortium_id, a.provider_id, a.gpu_model_id, a.gpu_count, a.period_start, a.period_end, "
        "       c.code || '-' || p.code || '-' || lower(m.code) || '-pool' "
        "  FROM gpu_allocation a JOIN consortium c ON c.id = a.consortium_id "
        "  JOIN gpu_provider p ON p.id = a.provider_id JOIN gpu_model m ON m.id = a.gpu_model_id "
        " ORDER BY a.id"));
    QVector<AllocationRow> rows;
    while (query.step()) {
        rows.append({query.columnInt(0), query.columnInt(1), query.columnInt(2), query.columnInt(3),
                     int(query.columnInt(4)), QDate::fromString(query.columnText(5), Qt::ISODate),
                     QDate::fromString(query.columnText(6), Qt::ISODate), query.columnText(7)});
    }
    return rows;
}

qint64 internNode(SqliteConnection &connection, const QString &name)
{
    connection.prepare(QStringLiteral("INSERT OR IGNORE INTO gpu_node (name) VALUES (?1)")).bind(1, name).run();
    SqliteStatement query = connection.prepare(QStringLiteral("SELECT id FROM gpu_node WHERE name = ?1"));
    query.bind(1, name);
    return query.step() ? query.columnInt(0) : 0;
}
} // namespace

double IllustrativeUsageGenerator::utilisationPct(qint64 allocationId, int dayIndex, int dayOfWeek)
{
    // Teams need two to three weeks to bring a new cluster to full load.
    const double rampUp = std::min(1.0, 0.35 + dayIndex / 21.0 * 0.65);
    const double weekend = dayOfWeek >= 6 ? -6.0 : 0.0;
    // Each allocation gets its own plateau between 72 % and 92 %.
    const double plateau = 72.0 + 20.0 * unitNoise(std::uint64_t(allocationId) * 7919u);
    const double noise = (unitNoise(std::uint64_t(allocationId) << 20 ^ std::uint64_t(dayIndex)) - 0.5) * 12.0;
    return std::clamp(plateau * rampUp + weekend + noise, 0.0, 100.0);
}

void IllustrativeUsageGenerator::generate(SqliteConnection &connection, const QDate &cutoff)
{
    const qint64 sourceId = connection.queryInt(QStringLiteral("SELECT id FROM source WHERE code = 'ILLUSTRATIVE'"));
    if (sourceId == 0)
        throw StoreError(QStringLiteral("the sample data has no 'ILLUSTRATIVE' source"));

    SqliteStatement insert = connection.prepare(QStringLiteral(
        "INSERT INTO gpu_usage (period_start, consortium_id, node_id, gpu_model_id, period_end, provider_id, "
        "                       gpu_hours, utilization_pct, source_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    for (const AllocationRow &allocation : readAllocations(connection)) {
        const qint64 nodeId = internNode(connection, allocation.nodeName);
        const QDate last = std::min(allocation.end, cutoff);
        int dayIndex = 0;
        for (QDate day = allocation.start; day <= last; day = day.addDays(1), ++dayIndex) {
            const double pct = utilisationPct(allocation.id, dayIndex, day.dayOfWeek());
            const qint64 start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            insert.bind(1, start)
                .bind(2, allocation.consortiumId)
                .bind(3, nodeId)
                .bind(4, allocation.gpuModelId)
                .bind(5, start + 86400)
                .bind(6, allocation.providerId)
                .bind(7, allocation.gpuCount * 24.0 * pct / 100.0)
                .bind(8, pct)
                .bind(9, sourceId)
                .run();
        }
    }
}

} // namespace kai::store
