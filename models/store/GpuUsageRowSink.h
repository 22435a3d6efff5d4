// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <string_view>

namespace kai::store {

// One GPU usage sample as gpu_usage stores it.
struct GpuUsageSample
{
    qint64 periodStart = 0;  // Unix seconds, UTC
    qint64 periodEnd = 0;
    qint64 consortiumId = 0;
    qint64 nodeId = 0;
    qint64 gpuModelId = 0;
    qint64 providerId = 0;
    double gpuHours = 0;
    std::optional<double> utilizationPct;
};

// gpu_usage's columns in the table's order, which writeUsageColumns() follows: "period_start, ...".
inline QString gpuUsageColumnNames()
{
    return QStringLiteral("period_start, consortium_id, node_id, gpu_model_id, period_end, provider_id, gpu_hours, "
                          "utilization_pct, source_id");
}

// Hands a gpu_usage row's columns, in the table's order, to a writer with addInteger(qint64),
// addReal(double) and addNull(): the checksum's row hash and a server's COPY rows read them alike.
template<typename Writer>
void writeUsageColumns(const GpuUsageSample &sample, qint64 sourceId, Writer &writer)
{
    writer.addInteger(sample.periodStart);
    writer.addInteger(sample.consortiumId);
    writer.addInteger(sample.nodeId);
    writer.addInteger(sample.gpuModelId);
    writer.addInteger(sample.periodEnd);
    writer.addInteger(sample.providerId);
    writer.addReal(sample.gpuHours);
    if (sample.utilizationPct)
        writer.addReal(*sample.utilizationPct);
    else
        writer.addNull();
    writer.addInteger(sourceId);
}

// Where an import's rows go, per engine: GpuUsageImportWriter decides which rows to keep and keeps
// the rollup; this writes them (SQLite: batched INSERTs; a server: COPY into the month partitions)
// and answers the two look-ups the writer needs when a row may collide with a stored one. Runs
// inside the caller's transaction.
class GpuUsageRowSink
{
public:
    // The stored row with a sample's key.
    struct StoredRow
    {
        qint64 periodEnd = 0;
        qint64 providerId = 0;
        double gpuHours = 0;
        std::optional<double> utilizationPct;
    };
    struct Period
    {
        qint64 start = 0;
        qint64 end = 0;
    };

    virtual ~GpuUsageRowSink() = default;

    // May hold the row back; a look-up below sees it all the same.
    virtual void add(const GpuUsageSample &sample, qint64 sourceId) = 0;
    virtual void addNode(qint64 id, std::string_view name) = 0;
    // Writes every row held back.
    virtual void flush() = 0;
    // Called once, before the import's first sample, with that sample's period and the rows the
    // import expects at most. Rows stored at or after that period put every insert inside the
    // table's tree rather than at its end; a sink may set them aside until endImport(), as long as
    // its look-ups below still see them. Only called when the table has the columns
    // writeUsageColumns() writes (moving rows copies those).
    virtual void beginImportFrom(qint64 periodStart, qint64 expectedRows)
    {
        Q_UNUSED(periodStart);
        Q_UNUSED(expectedRows);
    }
    // Writes back what beginImportFrom() set aside; called after the last flush() of an import
    // that commits (a rolled-back one takes everything back anyway).
    virtual void endImport() {}
    virtual std::optional<StoredRow> findKey(const GpuUsageSample &sample) = 0;
    // A stored period of the sample's node that starts after earliestStart, before the sample ends
    // and ends after it starts.
    virtual std::optional<Period> findOverlap(const GpuUsageSample &sample, qint64 earliestStart) = 0;

protected:
    GpuUsageRowSink() = default;
    GpuUsageRowSink(const GpuUsageRowSink &) = delete;
    GpuUsageRowSink &operator=(const GpuUsageRowSink &) = delete;
};

} // namespace kai::store
