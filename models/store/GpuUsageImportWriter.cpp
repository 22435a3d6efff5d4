// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpuUsageImportWriter.h"

#include "store/BatchedInsert.h"
#include "store/ContentChecksumCache.h"
#include "store/SqliteConnection.h"
#include "store/SqliteUsageRows.h"
#include "store/VerifiedRules.h"
#include "store/StoreError.h"
#ifdef KAI_WITH_POSTGRESQL
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgUsageRows.h"
#endif

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
// Bound per gpu_usage_daily row written: day, consortium, model, provider, four totals and the
// illustrative samples.
constexpr int DailyValuesPerRow = 9;
// The column order of gpu_usage that rowHash() follows.
const QStringList UsageColumns = gpuUsageColumnNames().split(QStringLiteral(", "));
// Samples arrive time-ordered and the key is time-first, so inserts touch the right edge of the
// tree. The cache is nearly all the memory an import keeps (besides a few batches of rows): 128 MB
// took a 10M-row import to 151 MB peak, over its 150 MB budget; 96 MB leaves room.
constexpr qint64 BulkCacheKib = 96 * 1024;

std::unique_ptr<GpuUsageRowSink> usageRowsFor(SqlConnection &connection)
{
    if (SqliteConnection *file = connection.sqlite())
        return std::make_unique<SqliteUsageRows>(*file);
#ifdef KAI_WITH_POSTGRESQL
    return std::make_unique<PgUsageRows>(static_cast<PgConnection &>(connection));
#else
    throw StoreError(QStringLiteral("this build cannot write to a server database"));
#endif
}
} // namespace

GpuUsageImportWriter::GpuUsageImportWriter(SqlConnection &connection, const QString &sourceCode,
                                           const QString &sourceTitle)
    : m_connection(connection), m_file(connection.sqlite())
{
    // Read before the first write below: the rules' state includes the source table. A server
    // keeps no verified rules; its constraints hold them.
    if (m_file) {
        m_foreignKeysHeld = VerifiedRules::holds(*m_file, VerifiedRules::Rule::UsageForeignKeys);
        m_rollupHeld = VerifiedRules::holds(*m_file, VerifiedRules::Rule::DailyRollup);
    }
    // Imported figures are the user's own reports: 'U' (unverified), never illustrative.
    connection.query(QStringLiteral("INSERT INTO source (code, title, confidence) VALUES (?1, ?2, 'U') "
                                    "ON CONFLICT DO NOTHING"))
        .bind(1, sourceCode)
        .bind(2, sourceTitle)
        .run();
    SqlQuery source = connection.query(QStringLiteral("SELECT id FROM source WHERE code = ?1"));
    source.bind(1, sourceCode);
    if (!source.step())
        throw StoreError(QStringLiteral("could not record the import source"));
    m_sourceId = source.columnInt(0);
    m_rows = usageRowsFor(connection);
    loadLookups();
    loadNodeSpans();
    loadUsageChecksum();
}

void GpuUsageImportWriter::loadUsageChecksum()
{
    if (!m_file)
        return;
    // A later migration that changes gpu_usage's columns must not leave a wrong entry behind:
    // then the table is rescanned instead.
    SqliteStatement columns = m_file->prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    columns.bind(1, UsageTable);
    QStringList names;
    while (columns.step())
        names << columns.columnText(0);
    m_usageColumnsKnown = names == UsageColumns;
    if (m_usageColumnsKnown)
        m_usageChecksum = ContentChecksumCache::trusted(*m_file, UsageTable);
    // The rows' hashes make the guard's per-row work redundant; without a trusted entry it stays
    // and finish() rescans.
    if (m_usageChecksum)
        m_insertGuardSuspended = ContentChecksumCache::suspendInsertGuard(*m_file, UsageTable);
}

quint64 GpuUsageImportWriter::rowHash(const Sample &sample, qint64 sourceId)
{
    thread_local RowHash hash;
    writeUsageColumns(sample, sourceId, hash);
    return hash.finish();
}

GpuUsageImportWriter::~GpuUsageImportWriter()
{
    if (m_previousCacheSize) {
        try {
            m_file->execute(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previousCacheSize));
        } catch (const StoreError &) {
            // The connection is closing or broken; its cache size no longer matters.
        }
    }
}

void GpuUsageImportWriter::tuneForBulkLoad(qint64 expectedRows)
{
    m_expectedRows = expectedRows;
    if (!m_file)
        return;
    m_previousCacheSize = m_file->queryInt(QStringLiteral("PRAGMA cache_size"));
    m_file->execute(QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKib));
}

void GpuUsageImportWriter::loadLookups()
{
    SqlQuery consortia = m_connection.query(QStringLiteral(
        "SELECT c.id, c.code, c.name_ko, c.name_en, o.name_ko, o.name_en, o.code "
        "  FROM consortium c JOIN organisation o ON o.id = c.lead_organisation_id"));
    while (consortia.step()) {
        const qint64 id = consortia.columnInt(0);
        for (int column = 1; column <= 6; ++column)
            m_consortia.emplace(normalisedKey(consortia.columnText(column)), id);
    }
    SqlQuery models = m_connection.query(QStringLiteral("SELECT id, code, name FROM gpu_model"));
    while (models.step()) {
        m_gpuModels.emplace(lowered(models.columnText(1).toStdString()), models.columnInt(0));
        m_gpuModels.emplace(lowered(models.columnText(2).toStdString()), models.columnInt(0));
    }
    SqlQuery providers = m_connection.query(QStringLiteral("SELECT id, code, name_ko, name_en FROM gpu_provider"));
    while (providers.step()) {
        for (int column = 1; column <= 3; ++column)
            m_providers.emplace(normalisedKey(providers.columnText(column)), providers.columnInt(0));
    }
    m_defaultProviderId = find(m_providers, "undisclosed").value_or(0);
    SqlQuery nodes = m_connection.query(QStringLiteral("SELECT id, name FROM gpu_node"));
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
    if (std::optional<GpuNodeSpans> kept = GpuNodeSpanCache::load(m_connection)) {
        m_nodeSpans = std::move(*kept);
        indexNodeSpans();
        return;
    }
    SqlQuery spans = m_connection.query(QStringLiteral(
        "SELECT consortium_id, node_id, gpu_model_id, MIN(period_start), MAX(period_end), "
        "       MAX(period_end - period_start) "
        "  FROM gpu_usage GROUP BY consortium_id, node_id, gpu_model_id"));
    while (spans.step()) {
        m_nodeSpans[{spans.columnInt(0), spans.columnInt(1), spans.columnInt(2)}] =
            GpuNodeSpan{spans.columnInt(3), spans.columnInt(4), spans.columnInt(5)};
    }
    indexNodeSpans();
}

void GpuUsageImportWriter::indexNodeSpans()
{
    m_nodeSpanIndex.clear();
    m_nodeSpanIndex.reserve(m_nodeSpans.size());
    for (auto &[key, span] : m_nodeSpans)
        m_nodeSpanIndex.emplace(key, &span);
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
    m_rows->addNode(node.id, node.name);
    m_nodes.add(node.name, node.id);
}

GpuUsageImportWriter::Outcome GpuUsageImportWriter::insert(const Sample &sample, quint64 rowHash)
{
    if (!m_begun) {
        m_begun = true;
        // Setting rows aside copies the columns it knows: a column added later would lose its values.
        if (m_usageColumnsKnown)
            m_rows->beginImportFrom(sample.periodStart, m_expectedRows);
    }
    const GpuNodeKey nodeKey{sample.consortiumId, sample.nodeId, sample.gpuModelId};
    const auto found = m_nodeSpanIndex.find(nodeKey);
    GpuNodeSpan *span = found == m_nodeSpanIndex.end() ? nullptr : found->second;
    if (span && sample.periodStart < span->lastEnd && sample.periodEnd > span->firstStart) {
        if (const Outcome outcome = collision(sample, *span); outcome.insertion != Insertion::Inserted)
            return outcome;
    }
    m_rows->add(sample, m_sourceId);
    if (m_usageChecksum)
        m_usageChecksum->add(rowHash);
    const qint64 length = sample.periodEnd - sample.periodStart;
    if (!span) {
        GpuNodeSpan &added = m_nodeSpans.emplace(nodeKey, GpuNodeSpan{sample.periodStart, sample.periodEnd, length}).first->second;
        m_nodeSpanIndex.emplace(nodeKey, &added);
    } else {
        span->firstStart = std::min(span->firstStart, sample.periodStart);
        span->lastEnd = std::max(span->lastEnd, sample.periodEnd);
        span->longest = std::max(span->longest, length);
    }
    addToDaily(sample);
    return {};
}

GpuUsageImportWriter::Outcome GpuUsageImportWriter::collision(const Sample &sample, const GpuNodeSpan &span)
{
    if (const std::optional<GpuUsageRowSink::StoredRow> stored = m_rows->findKey(sample)) {
        const bool same = stored->providerId == sample.providerId && stored->gpuHours == sample.gpuHours
            && stored->utilizationPct == sample.utilizationPct;
        // A daily row and an hourly row starting the same instant share the key but are
        // different periods: that is an overlap, not a duplicate.
        if (stored->periodEnd != sample.periodEnd)
            return {Insertion::Overlaps, sample.periodStart, stored->periodEnd};
        return {same ? Insertion::AlreadyPresent : Insertion::SameKeyOtherValues, sample.periodStart,
                stored->periodEnd};
    }
    if (const std::optional<GpuUsageRowSink::Period> other = m_rows->findOverlap(sample, sample.periodStart - span.longest))
        return {Insertion::Overlaps, other->start, other->end};
    return {};
}

void GpuUsageImportWriter::addToDaily(const Sample &sample)
{
    // Accumulated here rather than re-aggregated from gpu_usage afterwards: a GROUP BY over the
    // imported days of ten million rows would cost as much as the import itself.
    // Same day convention as GpuUsageRollup (SQL integer division of period_start by 86400).
    const DailyKey key{sample.periodStart / 86400, sample.consortiumId, sample.gpuModelId, sample.providerId};
    if (!m_lastDaily || key != m_lastDailyKey) {
        m_lastDailyKey = key;
        m_lastDaily = &m_daily[key];  // elements stay where they are when the table grows
    }
    DailyTotals &totals = *m_lastDaily;
    totals.gpuHours += sample.gpuHours;
    if (sample.utilizationPct) {
        totals.utilizationWeighted += *sample.utilizationPct * sample.gpuHours;
        totals.utilizationHours += sample.gpuHours;
    }
    ++totals.samples;
}

void GpuUsageImportWriter::writeDailyTotals()
{
    BatchedInsert upsert(m_connection,
                         QStringLiteral("INSERT INTO gpu_usage_daily (day, consortium_id, gpu_model_id, provider_id, gpu_hours, "
                                        "utilization_weighted, utilization_hours, samples, illustrative_samples) VALUES "),
                         DailyValuesPerRow,
                         QStringLiteral(" ON CONFLICT (day, consortium_id, gpu_model_id, provider_id) DO UPDATE SET "
                                        "  gpu_hours = gpu_usage_daily.gpu_hours + excluded.gpu_hours, "
                                        "  utilization_weighted = gpu_usage_daily.utilization_weighted + excluded.utilization_weighted, "
                                        "  utilization_hours = gpu_usage_daily.utilization_hours + excluded.utilization_hours, "
                                        "  samples = gpu_usage_daily.samples + excluded.samples"));
    upsert.write(m_daily, [](SqlQuery &query, int first, const auto &day) {
        const auto &[key, totals] = day;
        query.bind(first, std::get<0>(key))
            .bind(first + 1, std::get<1>(key))
            .bind(first + 2, std::get<2>(key))
            .bind(first + 3, std::get<3>(key))
            .bind(first + 4, totals.gpuHours)
            .bind(first + 5, totals.utilizationWeighted)
            .bind(first + 6, totals.utilizationHours)
            .bind(first + 7, totals.samples)
            .bind(first + 8, qint64(0));  // imported figures are never illustrative
    });
}

void GpuUsageImportWriter::finish()
{
    m_rows->flush();
    m_rows->endImport();
    writeDailyTotals();
    m_daily.clear();
    m_lastDaily = nullptr;
    if (m_file)
        recordFileState();
    // Every inserted sample widened its node's span in insert(): the spans are gpu_usage's as it is now.
    GpuNodeSpanCache::store(m_connection, m_nodeSpans);
}

void GpuUsageImportWriter::recordFileState()
{
    if (m_insertGuardSuspended)
        ContentChecksumCache::restoreInsertGuard(*m_file, UsageTable);
    if (m_usageChecksum)
        ContentChecksumCache::store(*m_file, UsageTable, *m_usageChecksum);
    ContentChecksumCache::refresh(*m_file);
    // Every id was resolved from its parent table in this transaction and every inserted sample
    // was added to gpu_usage_daily above, so rules that held before still hold.
    if (m_foreignKeysHeld)
        VerifiedRules::record(*m_file, VerifiedRules::Rule::UsageForeignKeys);
    if (m_rollupHeld)
        VerifiedRules::record(*m_file, VerifiedRules::Rule::DailyRollup);
}

} // namespace kai::store
