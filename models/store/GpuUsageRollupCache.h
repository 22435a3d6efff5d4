// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "store/GpuUsageRepository.h"

#include <QDate>
#include <QVector>
#include <optional>
#include <utility>

namespace kai::store {

class SqlConnection;

// The usage rollup (one row per day, consortium, GPU model and provider: a few thousand rows
// whatever the number of samples), read once and kept while the database is unchanged, so that
// moving the as-of date sums it in memory instead of asking the database for the snapshot's two
// sums and the GPU view's buckets on every move. "Unchanged" is SQLite's own word for it: PRAGMA
// data_version (another connection committed) and the connection's total changes (this one
// wrote); on a server, the transaction ids and number of the rows read (see versionOf). A
// connection inside a transaction, which may still be rolled back, asks the database every call.
class GpuUsageRollupCache
{
public:
    // Per consortium with usage in the days [from, asOf) (usage of a day is known once the day is
    // over), ordered by consortium id.
    QVector<domain::GpuUsageTotal> totals(SqlConnection &connection, const QDate &from, const QDate &asOf);
    // The same, asked of the database every time.
    static QVector<domain::GpuUsageTotal> sum(SqlConnection &connection, const QDate &from, const QDate &asOf);
    // GpuUsageRepository::usage from the rows kept; none when the database must be asked.
    std::optional<QVector<GpuUsageRepository::Bucket>> buckets(SqlConnection &connection,
                                                               const GpuUsageRepository::Filter &filter,
                                                               GpuUsageRepository::Granularity granularity);
    // How often the rollup was read (for tests).
    int reads() const { return m_reads; }

private:
    struct Row
    {
        qint64 day;  // days since 1970-01-01
        qint64 consortiumId;
        qint64 gpuModelId;
        qint64 providerId;
        double gpuHours;
        double h100Equivalent;
        double utilizationWeighted;
        double utilizationHours;
        qint64 samples;
        qint64 illustrativeSamples;
    };
    using Version = std::pair<qint64, qint64>;

    static std::optional<Version> versionOf(SqlConnection &connection);
    // False when the database must be asked instead.
    bool ensureRead(SqlConnection &connection);

    std::optional<Version> m_version;
    QVector<Row> m_rows;  // ordered by consortium, then day
    int m_reads = 0;
};

} // namespace kai::store
