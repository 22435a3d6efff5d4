// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/GpuNodeDirectory.h"
#include "store/GpuNodeSpanCache.h"
#include "store/GpuUsageRowSink.h"
#include "store/RowHash.h"

#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace kai::store {

class SqlConnection;
class SqliteConnection;

// The SQL side of a GPU usage import, on either engine: resolves codes and names to ids, interns
// nodes, refuses rows that collide with stored ones, hands the rest to the engine's row sink
// (GpuUsageRowSink) and keeps gpu_usage_daily in step. Runs inside the caller's transaction; holds
// no transaction of its own so that a cancel or an error rolls back everything at once.
class GpuUsageImportWriter
{
public:
    using Sample = GpuUsageSample;

    // sourceCode/sourceTitle name the source row every imported sample cites (created if missing).
    GpuUsageImportWriter(SqlConnection &connection, const QString &sourceCode, const QString &sourceTitle);

    // Consortium by code, by its lead organisation's Korean or English name, or by its own name;
    // English is matched case-insensitively, Korean in either Unicode form (composed or decomposed).
    std::optional<qint64> consortiumId(std::string_view text) const;
    std::optional<qint64> gpuModelId(std::string_view code) const;
    // Provider by code or name; an empty text is the 'undisclosed' provider.
    std::optional<qint64> providerId(std::string_view text) const;
    // The nodes stored so far, for a parsing thread to intern names with (GpuNodeDirectory).
    const GpuNodeDirectory &nodes() const { return m_nodes; }
    // Stores a node that a copy of nodes() handed out.
    void addNode(const GpuNodeDirectory::NewNode &node);
    // The source every inserted sample cites, as its row hash includes it.
    qint64 sourceId() const { return m_sourceId; }
    // Whether insert() needs each row's hash: false when finish() rescans gpu_usage anyway.
    bool keepsChecksum() const { return m_usageChecksum.has_value(); }

    // What insert() did. The periods of one node (consortium, node, GPU model) may not overlap:
    // a row whose key is stored with other values, or whose period overlaps a stored one, is
    // refused, whether the other row came from the database or from earlier in the same file.
    enum class Insertion { Inserted, AlreadyPresent, SameKeyOtherValues, Overlaps };
    struct Outcome
    {
        Insertion insertion = Insertion::Inserted;
        qint64 otherStart = 0;  // the stored row in the way (SameKeyOtherValues, Overlaps)
        qint64 otherEnd = 0;
    };
    // rowHash: rowHash(sample, sourceId()), computed by the caller (on its parsing thread) when
    // keepsChecksum(); ignored otherwise.
    Outcome insert(const Sample &sample, quint64 rowHash);
    // The id of a node already interned, without adding it.
    std::optional<qint64> existingNodeId(std::string_view name) const;
    // Adds the inserted samples to gpu_usage_daily and brings the content checksums up to date
    // (ContentChecksumCache). Call once, after the last insert.
    void finish();
    // The sample's row hash as DatabaseFingerprint computes it from the stored row.
    static quint64 rowHash(const Sample &sample, qint64 sourceId);

    // Speeds up one bulk import of at most expectedRows into a file (page cache, and stored rows in
    // the import's way set aside: GpuUsageRowSink::beginImportFrom); restored by the destructor.
    void tuneForBulkLoad(qint64 expectedRows);
    ~GpuUsageImportWriter();

private:
    struct TransparentHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using Lookup = std::unordered_map<std::string, qint64, TransparentHash, std::equal_to<>>;
    struct DailyTotals
    {
        double gpuHours = 0;
        double utilizationWeighted = 0;
        double utilizationHours = 0;
        qint64 samples = 0;
    };
    using DailyKey = std::tuple<qint64, qint64, qint64, qint64>;  // day, consortium, model, provider
    // Both per-row look-ups below run on the inserting thread, the import's busier one: hashed,
    // not ordered (a std::map walk of thousands of 4-tuple keys was a tenth of that thread's own work).
    struct IdsHash
    {
        template <typename... Ids>
        size_t operator()(const std::tuple<Ids...> &ids) const
        {
            quint64 hash = 0;
            std::apply([&hash](auto... id) { ((hash = (hash ^ quint64(id)) * 0x9E3779B97F4A7C15ull), ...); }, ids);
            return size_t(hash ^ (hash >> 29));
        }
    };

    static std::optional<qint64> find(const Lookup &lookup, std::string_view key);
    void loadLookups();
    void loadNodeSpans();
    Outcome collision(const Sample &sample, const GpuNodeSpan &span);
    void addToDaily(const Sample &sample);
    // Adds the accumulated day totals to gpu_usage_daily.
    void writeDailyTotals();
    // An SQLite file's bookkeeping after the import: checksums and rules that still hold.
    void recordFileState();
    void indexNodeSpans();
    void loadUsageChecksum();

    SqlConnection &m_connection;
    SqliteConnection *m_file = nullptr;  // null on a server
    qint64 m_sourceId = 0;
    Lookup m_consortia;
    Lookup m_gpuModels;
    Lookup m_providers;
    GpuNodeDirectory m_nodes;
    qint64 m_defaultProviderId = 0;
    std::unique_ptr<GpuUsageRowSink> m_rows;
    // A period past either end of its node's span cannot collide with a stored one, which keeps the usual
    // time-ordered import free of extra queries.
    GpuNodeSpans m_nodeSpans;  // ordered: GpuNodeSpanCache digests them in key order
    std::unordered_map<GpuNodeKey, GpuNodeSpan *, IdsHash> m_nodeSpanIndex;  // into m_nodeSpans
    std::unordered_map<DailyKey, DailyTotals, IdsHash> m_daily;
    // Consecutive samples mostly fall on the same day, consortium, model and provider.
    DailyKey m_lastDailyKey{-1, -1, -1, -1};
    DailyTotals *m_lastDaily = nullptr;
    std::optional<qint64> m_previousCacheSize;
    qint64 m_expectedRows = 0;
    bool m_begun = false;  // the sink was told where the import begins
    bool m_usageColumnsKnown = false;  // gpu_usage has UsageColumns, in that order (a file only)
    // gpu_usage's share of a file's fingerprint, kept up to date row by row when it was trusted at
    // the start; otherwise finish() rescans the table. A server keeps no checksums: it is scanned.
    std::optional<TableChecksum> m_usageChecksum;
    // gpu_usage's INSERT guard is dropped for this transaction (ContentChecksumCache).
    bool m_insertGuardSuspended = false;
    // VerifiedRules that held before the import; finish() records them for the new state.
    bool m_foreignKeysHeld = false;
    bool m_rollupHeld = false;
};

} // namespace kai::store
