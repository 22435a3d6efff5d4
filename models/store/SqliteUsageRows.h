// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/GpuUsageRowSink.h"
#include "store/SqliteStatement.h"

#include <vector>

namespace kai::store {

class SqliteConnection;

// gpu_usage rows of an import into an SQLite file: INSERTs of many rows at once.
class SqliteUsageRows final : public GpuUsageRowSink
{
public:
    explicit SqliteUsageRows(SqliteConnection &connection);

    void add(const GpuUsageSample &sample, qint64 sourceId) override;
    void addNode(qint64 id, std::string_view name) override;
    void flush() override;
    std::optional<StoredRow> findKey(const GpuUsageSample &sample) override;
    std::optional<Period> findOverlap(const GpuUsageSample &sample, qint64 earliestStart) override;
    void beginImportFrom(qint64 periodStart, qint64 expectedRows) override;
    void endImport() override;

    // beginImportFrom() sets aside the rows in the import's way when they are at most this share
    // of the rows expected: moving them out and back costs about two inserts each.
    static constexpr qint64 SetAsideShare = 8;
    // ... and at most this many: they wait in SQLite's temporary store (a file in the temp folder,
    // about 50 bytes a row).
    static constexpr qint64 MostRowsSetAside = 1000000;

private:
    void bindSample(SqliteStatement &statement, int first, const GpuUsageSample &sample) const;
    void prepareLookups(bool withSetAside);

    qint64 m_sourceId = 0;
    SqliteStatement m_insertSample;
    SqliteStatement m_insertSamples;  // a batch of rows at once
    // Accepted samples not yet inserted (at most one batch).
    std::vector<GpuUsageSample> m_pending;
    SqliteStatement m_insertNode;
    SqliteStatement m_findKey;
    SqliteStatement m_findOverlap;
    SqliteConnection &m_connection;
    bool m_setAside = false;  // rows wait in a temporary table until endImport()
};

} // namespace kai::store
