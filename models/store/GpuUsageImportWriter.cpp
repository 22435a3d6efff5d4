// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageImportWriter.h"

#include "store/ContentChecksumCache.h"
#include "store/SqliteConnection.h"
#include "store/VerifiedRules.h"
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

// Names are compared in Unicode's composed form: a Korean name typed on macOS or copied from some
// PDFs arrives decomposed (NFD) and would otherwise not match the composed name stored.
std::string normalisedKey(const QString &text)
{
    return lowered(text.trimmed().normalized(QString::NormalizationForm_C).toStdString());
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

const QString UsageTable = QStringLiteral("gpu_usage");
// The column order of gpu_usage that rowHash() follows.
const QStringList UsageColumns = {QStringLiteral("period_start"), QStringLiteral("consortium_id"),
                                  QStringLiteral("node_id"),      QStringLiteral("gpu_model_id"),
                                  QStringLiteral("period_end"),   QStringLiteral("provider_id"),
                                  QStringLiteral("gpu_hours"),    QStringLiteral("utilization_pct"),
                                  QStringLiteral("source_id")};
// Rows per INSERT statement: one statement per row spent a good part of the insert in starting
// and finishing the statement.
constexpr int InsertBatch = 64;

QString insertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO gpu_usage (period_start, consortium_id, node_id, gpu_model_id, "
                                 "period_end, provider_id, gpu_hours, utilization_pct, source_id) VALUES ");
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? QStringLiteral("(?,?,?,?,?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?,?,?,?)");
    return sql;
}

// Samples arrive time-ordered and the key is time-first, so inserts touch the right edge of the
// tree. The cache is nearly all the memory an import keeps (besides a few batches of rows): 128 MB
// took a 10M-row import to 151 MB peak, over its 150 MB budget; 96 MB leaves room.
constexpr qint64 BulkCacheKib = 96 * 1024;
} // namespace

GpuUsageImportWriter::GpuUsageImportWriter(SqliteConnection &connection, const QString &sourceCode,
                                           const QString &sourceTitle)
    : m_connection(connection),
      m_insertSample(connection.prepare(insertSql(1))),
      m_insertSamples(connection.prepare(insertSql(InsertBatch))),
      m_insertNode(connection.prepare(QStringLiteral("INSERT INTO gpu_node (id, name) VALUES (?1, ?2)"))),
      m_findKey(connection.prepare(QStringLiteral(
          "SELECT period_end, provider_id, gpu_hours, utilization_pct FROM gpu_usage "
          " WHERE period_start = ?1 AND consortium_id = ?2 AND node_id = ?3 AND gpu_model_id = ?4"))),
      // Bounded below by the node's longest period so that the time-first key narrows the scan.
      m_findOverlap(connection.prepare(QStringLiteral(
          "SELECT period_start, period_end FROM gpu_usage "
          " WHERE period_start > ?1 AND period_start < ?2 AND consortium_id = ?3 AND node_id = ?4 "
          "   AND gpu_model_id = ?5 AND period_end > ?6 LIMIT 1")))
{
    // Read before the first write below: the rules' state includes the source table.
    m_foreignKeysHeld = VerifiedRules::holds(connection, VerifiedRules::Rule::UsageForeignKeys);
    m_rollupHeld = VerifiedRules::holds(connection, VerifiedRules::Rule::DailyRollup);
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
    loadNodeSpans();
    loadUsageChecksum();
}

void GpuUsageImportWriter::loadUsageChecksum()
{
    // A later migration that changes gpu_usage's columns must not leave a wrong entry behind:
    // then the table is rescanned instead.
    SqliteStatement columns = m_connection.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    columns.bind(1, UsageTable);
    QStringList names;
    while (columns.step())
        names << columns.columnText(0);
    if (names == UsageColumns)
        m_usageChecksum = ContentChecksumCache::trusted(m_connection, UsageTable);
    // The rows' hashes make the guard's per-row work redundant; without a trusted entry it stays
    // and finish() rescans.
    if (m_usageChecksum)
        m_insertGuardSuspended = ContentChecksumCache::suspendInsertGuard(m_connection, UsageTable);
}

quint64 GpuUsageImportWriter::rowHash(const Sample &sample, qint64 sourceId)
{
    thread_local RowHash hash;
    hash.addInteger(sample.periodStart);
    hash.addInteger(sample.consortiumId);
    hash.addInteger(sample.nodeId);
    hash.addInteger(sample.gpuModelId);
    hash.addInteger(sample.periodEnd);
    hash.addInteger(sample.providerId);
    hash.addReal(sample.gpuHours);
    if (sample.utilizationPct)
        hash.addReal(*sample.utilizationPct);
    else
        hash.addNull();
    hash.addInteger(sourceId);
    return hash.finish();
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
            m_consortia.emplace(normalisedKey(consortia.columnText(column)), id);
    }
    SqliteStatement models = m_connection.prepare(QStringLiteral("SELECT id, code, name FROM gpu_model"));
    while (models.step()) {
        m_gpuModels.emplace(lowered(models.columnText(1).toStdString()), models.columnInt(0));
        m_gpuModels.emplace(lowered(models.columnText(2).toStdString()), models.columnInt(0));
    }
    SqliteStatement providers = m_connection.prepare(QStringLiteral("SELECT id, code, name_ko, name_en FROM gpu_provider"));
    while (providers.step()) {
        for (int column = 1; column <= 3; ++column)
            m_providers.emplace(normalisedKey(providers.columnText(column)), providers.columnInt(0));
    }
    m_defaultProviderId = find(m_providers, "undisclosed").value_or(0);
    SqliteStatement nodes = m_connection.prepare(QStringLiteral("SELECT id, name FROM gpu_node"));
    while (nodes.step())
        m_nodes.add(nodes.columnText(1).toStdString(), nodes.columnInt(0));
}

std::optional<qint64> GpuUsageImportWriter::find(const Lookup &lookup, std::string_view key)
{
    auto it = lookup.find(key);
    if (it == lookup.end())
        it = lookup.find(lowered(key));
    if (it == lookup.end() && !isAscii(key))
        it = lookup.find(normalisedKey(QString::fromUtf8(key.data(), qsizetype(key.size()))));
    return it == lookup.end() ? std::nullopt : std::optional<qint64>(it->second);
}

void GpuUsageImportWriter::loadNodeSpans()
{
    SqliteStatement spans = m_connection.prepare(QStringLiteral(
        "SELECT consortium_id, node_id, gpu_model_id, MIN(period_start), MAX(period_end), "
        "       MAX(period_end - period_start) "
        "  FROM gpu_usage GROUP BY consortium_id, node_id, gpu_model_id"));
    while (spans.step()) {
        m_nodeSpans[{spans.columnInt(0), spans.columnInt(1), spans.columnInt(2)}] =
            NodeSpan{spans.columnInt(3), spans.columnInt(4), spans.columnInt(5)};
    }
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

std::optional<qint64> GpuUsageImportWriter::existingNodeId(std::string_view name) const
{
    return m_nodes.find(name);
}

void GpuUsageImportWriter::addNode(const GpuNodeDirectory::NewNode &node)
{
    m_insertNode.bind(1, node.id).bindUtf8(2, node.name.data(), int(node.name.size())).run();
    m_nodes.add(node.name, node.id);
}

GpuUsageImportWriter::Outcome GpuUsageImportWriter::insert(const Sample &sample, quint64 rowHash)
{
    const NodeKey nodeKey{sample.consortiumId, sample.nodeId, sample.gpuModelId};
    const auto found = m_nodeSpans.find(nodeKey);
    if (found != m_nodeSpans.end() && sample.periodStart < found->second.lastEnd
        && sample.periodEnd > found->second.firstStart) {
        if (const Outcome outcome = collision(sample, found->second); outcome.insertion != Insertion::Inserted)
            return outcome;
    }
    m_pending.push_back(sample);
    if (m_pending.size() == size_t(InsertBatch))
        flushPending();
    if (m_usageChecksum)
        m_usageChecksum->add(rowHash);
    const qint64 length = sample.periodEnd - sample.periodStart;
    if (found == m_nodeSpans.end()) {
        m_nodeSpans.emplace(nodeKey, NodeSpan{sample.periodStart, sample.periodEnd, length});
    } else {
        NodeSpan &span = found->second;
        span.firstStart = std::min(span.firstStart, sample.periodStart);
        span.lastEnd = std::max(span.lastEnd, sample.periodEnd);
        span.longest = std::max(span.longest, length);
    }
    addToDaily(sample);
    return {};
}

void GpuUsageImportWriter::bindSample(SqliteStatement &statement, int first, const Sample &sample) const
{
    statement.bind(first, sample.periodStart)
        .bind(first + 1, sample.consortiumId)
        .bind(first + 2, sample.nodeId)
        .bind(first + 3, sample.gpuModelId)
        .bind(first + 4, sample.periodEnd)
        .bind(first + 5, sample.providerId)
        .bind(first + 6, sample.gpuHours)
        .bind(first + 7, sample.utilizationPct)
        .bind(first + 8, m_sourceId);
}

void GpuUsageImportWriter::flushPending()
{
    if (m_pending.size() == size_t(InsertBatch)) {
        for (int row = 0; row < InsertBatch; ++row)
            bindSample(m_insertSamples, 1 + row * 9, m_pending[size_t(row)]);
        m_insertSamples.run();
    } else {
        for (const Sample &sample : m_pending) {
            bindSample(m_insertSample, 1, sample);
            m_insertSample.run();
        }
    }
    m_pending.clear();
}

GpuUsageImportWriter::Outcome GpuUsageImportWriter::collision(const Sample &sample, const NodeSpan &span)
{
    // The rows it looks for may still wait in m_pending.
    flushPending();
    m_findKey.bind(1, sample.periodStart).bind(2, sample.consortiumId).bind(3, sample.nodeId).bind(4, sample.gpuModelId);
    if (m_findKey.step()) {
        const qint64 end = m_findKey.columnInt(0);
        const bool same = m_findKey.columnInt(1) == sample.providerId && m_findKey.columnDouble(2) == sample.gpuHours
            && m_findKey.columnOptionalDouble(3) == sample.utilizationPct;
        m_findKey.reset();
        // A daily row and an hourly row starting the same instant share the key but are
        // different periods: that is an overlap, not a duplicate.
        if (end != sample.periodEnd)
            return {Insertion::Overlaps, sample.periodStart, end};
        return {same ? Insertion::AlreadyPresent : Insertion::SameKeyOtherValues, sample.periodStart, end};
    }
    m_findKey.reset();
    m_findOverlap.bind(1, sample.periodStart - span.longest)
        .bind(2, sample.periodEnd)
        .bind(3, sample.consortiumId)
        .bind(4, sample.nodeId)
        .bind(5, sample.gpuModelId)
        .bind(6, sample.periodStart);
    Outcome outcome;
    if (m_findOverlap.step())
        outcome = {Insertion::Overlaps, m_findOverlap.columnInt(0), m_findOverlap.columnInt(1)};
    m_findOverlap.reset();
    return outcome;
}

void GpuUsageImportWriter::addToDaily(const Sample &sample)
{
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
}

void GpuUsageImportWriter::finish()
{
    flushPending();
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
    if (m_insertGuardSuspended)
        ContentChecksumCache::restoreInsertGuard(m_connection, UsageTable);
    if (m_usageChecksum)
        ContentChecksumCache::store(m_connection, UsageTable, *m_usageChecksum);
    ContentChecksumCache::refresh(m_connection);
    // Every id was resolved from its parent table in this transaction and every inserted sample
    // was added to gpu_usage_daily above, so rules that held before still hold.
    if (m_foreignKeysHeld)
        VerifiedRules::record(m_connection, VerifiedRules::Rule::UsageForeignKeys);
    if (m_rollupHeld)
        VerifiedRules::record(m_connection, VerifiedRules::Rule::DailyRollup);
}

} // namespace kai::store
