// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageImportWriter.h"

#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <algorithm>

namespace kai::store {

namespace {
std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return result;
}

const QString UnspecifiedNode = QStringLiteral("unspecified");
// Samples arrive time-ordered and the key is time-first, so inserts touch the right edge of the
// tree: 128 MB holds it with room to spare and keeps the import under its 300 MB memory budget.
constexpr qint64 BulkCacheKib = 128 * 1024;
} // namespace

GpuUsageImportWriter::GpuUsageImportWriter(SqliteConnection &connection, const QString &sourceCode,
                                           const QString &sourceTitle)
    : m_connection(connection),
      m_insertSample(connection.prepare(QStringLiteral(
          "INSERT OR IGNORE INTO gpu_usage (period_start, consortium_id, node_id, gpu_model_id, period_end, "
          "                                 provider_id, gpu_hours, utilization_pct, source_id) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))),
      m_insertNode(connection.prepare(QStringLiteral("INSERT INTO gpu_node (name) VALUES (?1)")))
{
    // Imported figures are the user's own reports: 'U' (unverified), never illustrative.
    connection.prepare(QStringLiteral("INSERT OR IGNORE INTO source (code, title, confidence) VALUES (?1, ?2, 'U')"))
        .bind(1, sourceCode)
        .bind(2, sourceTitle)
        .run();
    SqliteStatement source = connection.prepare(QStringLiteral("SELECT id FROM source WHERE code = ?1"));
    source.bind(1, sourceCode);
    if (!source.step())
        throw StoreError(QStringLiteral("could not record the import source"));
    m_sourceId = source.columnInt(0);
    loadLookups();
}

GpuUsageImportWriter::~GpuUsageImportWriter()
{
    if (m_previousCacheSize) {
        try {
            m_connection.execute(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previousCacheSize));
        } catch (const StoreError &) {
            // The connection is closing or broken; its cache size no longer matters.
        }
    }
}

void GpuUsageImportWriter::tuneForBulkLoad()
{
    m_previousCacheSize = m_connection.queryInt(QStringLiteral("PRAGMA cache_size"));
    m_connection.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKib));
}

void GpuUsageImportWriter::loadLookups()
{
    SqliteStatement consortia = m_connection.prepare(QStringLiteral(
        "SELECT c.id, c.code, c.name_ko, c.name_en, o.name_ko, o.name_en, o.code "
        "  FROM consortium c JOIN organisation o ON o.id = c.lead_organisation_id"));
    while (consortia.step()) {
        const qint64 id = consortia.columnInt(0);
        for (int column = 1; column <= 6; ++column)
            m_consortia.emplace(lowered(consortia.columnText(column).trimmed().toStdString()), id);
    }
    SqliteStatement models = m_connection.prepare(QStringLiteral("SELECT id, code, name FROM gpu_model"));
    while (models.step()) {
        m_gpuModels.emplace(lowered(models.columnText(1).toStdString()), models.columnInt(0));
        m_gpuModels.emplace(lowered(models.columnText(2).toStdString()), models.columnInt(0));
    }
    SqliteStatement providers = m_connection.prepare(QStringLiteral("SELECT id, code, name_ko, name_en FROM gpu_provider"));
    while (providers.step()) {
        for (int column = 1; column <= 3; ++column)
            m_providers.emplace(lowered(providers.columnText(column).toStdString()), providers.columnInt(0));
    }
    m_defaultProviderId = find(m_providers, "undisclosed").value_or(0);
    SqliteStatement nodes = m_connection.prepare(QStringLiteral("SELECT id, name FROM gpu_node"));
    while (nodes.step())
        m_nodes.emplace(nodes.columnText(1).toStdString(), nodes.columnInt(0));
}

std::optional<qint64> GpuUsageImportWriter::find(const Lookup &lookup, std::string_view key)
{
    auto it = lookup.find(key);
    if (it == lookup.end()) {
        const std::string lower = lowered(key);
        it = lookup.find(lower);
        if (it == lookup.end())
            return std::nullopt;
    }
    return it->second;
}

std::optional<qint64> GpuUsageImportWriter::consortiumId(std::string_view text) const
{
    return find(m_consortia, text);
}

std::optional<qint64> GpuUsageImportWriter::gpuModelId(std::string_view code) const
{
    return find(m_gpuModels, code);
}

std::optional<qint64> GpuUsageImportWriter::providerId(std::string_view text) const
{
    if (text.empty())
        return m_defaultProviderId ? std::optional<qint64>(m_defaultProviderId) : std::nullopt;
    return find(m_providers, text);
}

qint64 GpuUsageImportWriter::nodeId(std::string_view name)
{
    const std::string key = name.empty() ? UnspecifiedNode.toStdString() : std::string(name);
    if (const auto it = m_nodes.find(key); it != m_nodes.end())
        return it->second;
    m_insertNode.bindUtf8(1, key.data(), int(key.size())).run();
    const qint64 id = m_connection.lastInsertRowId();
    m_nodes.emplace(key, id);
    return id;
}

bool GpuUsageImportWriter::insert(const Sample &sample)
{
    m_insertSample.bind(1, sample.periodStart)
        .bind(2, sample.consortiumId)
        .bind(3, sample.nodeId)
        .bind(4, sample.gpuModelId)
        .bind(5, sample.periodEnd)
        .bind(6, sample.providerId)
        .bind(7, sample.gpuHours)
        .bind(8, sample.utilizationPct)
        .bind(9, m_sourceId)
        .run();
    if (m_connection.changes() == 0)
        return false;
    // Accumulated here rather than re-aggregated from gpu_usage afterwards: a GROUP BY over the
    // imported days of ten million rows would cost as much as the import itself.
    // Same day convention as GpuUsageRollup (SQL integer division of period_start by 86400).
    DailyTotals &totals =
        m_daily[{sample.periodStart / 86400, sample.consortiumId, sample.gpuModelId, sample.providerId}];
    totals.gpuHours += sample.gpuHours;
    if (sample.utilizationPct) {
        totals.utilizationWeighted += *sample.utilizationPct * sample.gpuHours;
        totals.utilizationHours += sample.gpuHours;
    }
    ++totals.samples;
    return true;
}

void GpuUsageImportWriter::finish()
{
    SqliteStatement upsert = m_connection.prepare(QStringLiteral(
        "INSERT INTO gpu_usage_daily (day, consortium_id, gpu_model_id, provider_id, gpu_hours, "
        "                             utilization_weighted, utilization_hours, samples, illustrative_samples) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0) "
        "ON CONFLICT (day, consortium_id, gpu_model_id, provider_id) DO UPDATE SET "
        "  gpu_hours = gpu_hours + excluded.gpu_hours, "
        "  utilization_weighted = utilization_weighted + excluded.utilization_weighted, "
        "  utilization_hours = utilization_hours + excluded.utilization_hours, "
        "  samples = samples + excluded.samples"));
    for (const auto &[key, totals] : m_daily) {
        upsert.bind(1, std::get<0>(key))
            .bind(2, std::get<1>(key))
            .bind(3, std::get<2>(key))
            .bind(4, std::get<3>(key))
            .bind(5, totals.gpuHours)
            .bind(6, totals.utilizationWeighted)
            .bind(7, totals.utilizationHours)
            .bind(8, totals.samples)
            .run();
    }
    m_daily.clear();
}

} // namespace kai::store
