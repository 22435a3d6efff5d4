// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuNodeSpanCache.h"

#include "store/SqliteConnection.h"
#include "store/VerifiedRules.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace kai::store {

namespace {
const QString SpanTable = QStringLiteral("gpu_usage_node_span");
} // namespace

QString GpuNodeSpanCache::tableName()
{
    return SpanTable;
}

QByteArray GpuNodeSpanCache::digest(const GpuNodeSpans &spans)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[key, span] : spans) {
        const qint64 values[] = {qToLittleEndian(std::get<0>(key)), qToLittleEndian(std::get<1>(key)),
                                 qToLittleEndian(std::get<2>(key)), qToLittleEndian(span.firstStart),
                                 qToLittleEndian(span.lastEnd),     qToLittleEndian(span.longest)};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(values), sizeof values));
    }
    return hash.result();
}

std::optional<GpuNodeSpans> GpuNodeSpanCache::load(SqliteConnection &connection)
{
    if (!connection.hasTable(SpanTable))
        return std::nullopt;
    SqliteStatement rows = connection.prepare(
        QStringLiteral("SELECT consortium_id, node_id, gpu_model_id, first_start, last_end, longest FROM %1").arg(SpanTable));
    GpuNodeSpans spans;
    while (rows.step()) {
        spans[{rows.columnInt(0), rows.columnInt(1), rows.columnInt(2)}] =
            GpuNodeSpan{rows.columnInt(3), rows.columnInt(4), rows.columnInt(5)};
    }
    if (!VerifiedRules::holds(connection, VerifiedRules::Rule::NodeSpans, digest(spans)))
        return std::nullopt;
    return spans;
}

void GpuNodeSpanCache::store(SqliteConnection &connection, const GpuNodeSpans &spans)
{
    if (connection.isReadOnly())
        return;
    connection.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (consortium_id INTEGER NOT NULL, "
                                      "node_id INTEGER NOT NULL, gpu_model_id INTEGER NOT NULL, "
                                      "first_start INTEGER NOT NULL, last_end INTEGER NOT NULL, "
                                      "longest INTEGER NOT NULL, "
                                      "PRIMARY KEY (consortium_id, node_id, gpu_model_id)) WITHOUT ROWID")
                           .arg(SpanTable));
    connection.execute(QStringLiteral("DELETE FROM %1").arg(SpanTable));
    SqliteStatement insert = connection.prepare(QStringLiteral("INSERT INTO %1 (consortium_id, node_id, "
                                                               "gpu_model_id, first_start, last_end, longest) "
                                                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                                                    .arg(SpanTable));
    for (const auto &[key, span] : spans) {
        insert.bind(1, std::get<0>(key))
            .bind(2, std::get<1>(key))
            .bind(3, std::get<2>(key))
            .bind(4, span.firstStart)
            .bind(5, span.lastEnd)
            .bind(6, span.longest)
            .run();
    }
    VerifiedRules::record(connection, VerifiedRules::Rule::NodeSpans, digest(spans));
}

} // namespace kai::store
