// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuNodeSpanCache.h"

#include "store/BatchedInsert.h"
#include "store/SqliteConnection.h"
#include "store/VerifiedRules.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace kai::store {

namespace {
const QString SpanTable = QStringLiteral("gpu_usage_node_span");
// A server's one-row table: covers_all is true while the spans cover every usage row (migration 14).
const QString ServerStateTable = QStringLiteral("gpu_usage_node_span_state");
constexpr int ValuesPerSpan = 6;
} // namespace

QStringList GpuNodeSpanCache::tableNames()
{
    return {SpanTable, ServerStateTable};
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

std::optional<GpuNodeSpans> GpuNodeSpanCache::load(SqlConnection &connection)
{
    if (SqliteConnection *file = connection.sqlite())
        return loadFromFile(*file);
    // Locked until the import's transaction ends: another client's write to gpu_usage then waits to
    // mark the spans unknown until after this import has stored its own. Kept spans count only while
    // every table of usage rows has its enabled trigger (none attached or disabled by hand).
    SqlQuery state = connection.query(
        QStringLiteral("SELECT covers_all AND kai_gpu_usage_spans_watched() FROM %1 FOR UPDATE").arg(ServerStateTable));
    if (!state.step() || state.columnInt(0) == 0)
        return std::nullopt;
    return read(connection);
}

void GpuNodeSpanCache::store(SqlConnection &connection, const GpuNodeSpans &spans)
{
    if (SqliteConnection *file = connection.sqlite())
        return storeInFile(*file, spans);
    write(connection, spans);
    connection.execute(QStringLiteral("UPDATE %1 SET covers_all = true").arg(ServerStateTable));
}

GpuNodeSpans GpuNodeSpanCache::read(SqlConnection &connection)
{
    SqlQuery rows = connection.query(
        QStringLiteral("SELECT consortium_id, node_id, gpu_model_id, first_start, last_end, longest FROM %1").arg(SpanTable));
    GpuNodeSpans spans;
    while (rows.step()) {
        spans[{rows.columnInt(0), rows.columnInt(1), rows.columnInt(2)}] =
            GpuNodeSpan{rows.columnInt(3), rows.columnInt(4), rows.columnInt(5)};
    }
    return spans;
}

void GpuNodeSpanCache::write(SqlConnection &connection, const GpuNodeSpans &spans)
{
    connection.execute(QStringLiteral("DELETE FROM %1").arg(SpanTable));
    BatchedInsert insert(connection,
                         QStringLiteral("INSERT INTO %1 (consortium_id, node_id, gpu_model_id, first_start, last_end, "
                                        "longest) VALUES ").arg(SpanTable),
                         ValuesPerSpan);
    insert.write(spans, [](SqlQuery &query, int first, const auto &entry) {
        const auto &[key, span] = entry;
        query.bind(first, std::get<0>(key))
            .bind(first + 1, std::get<1>(key))
            .bind(first + 2, std::get<2>(key))
            .bind(first + 3, span.firstStart)
            .bind(first + 4, span.lastEnd)
            .bind(first + 5, span.longest);
    });
}

std::optional<GpuNodeSpans> GpuNodeSpanCache::loadFromFile(SqliteConnection &file)
{
    if (!file.hasTable(SpanTable))
        return std::nullopt;
    GpuNodeSpans spans = read(file);
    if (!VerifiedRules::holds(file, VerifiedRules::Rule::NodeSpans, digest(spans)))
        return std::nullopt;
    return spans;
}

void GpuNodeSpanCache::storeInFile(SqliteConnection &file, const GpuNodeSpans &spans)
{
    if (file.isReadOnly())
        return;
    file.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (consortium_id INTEGER NOT NULL, "
                                "node_id INTEGER NOT NULL, gpu_model_id INTEGER NOT NULL, "
                                "first_start INTEGER NOT NULL, last_end INTEGER NOT NULL, "
                                "longest INTEGER NOT NULL, "
                                "PRIMARY KEY (consortium_id, node_id, gpu_model_id)) WITHOUT ROWID")
                     .arg(SpanTable));
    write(file, spans);
    VerifiedRules::record(file, VerifiedRules::Rule::NodeSpans, digest(spans));
}

} // namespace kai::store
