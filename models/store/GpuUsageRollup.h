// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace kai::store {

class SqlConnection;

// Keeps gpu_usage_daily in step with gpu_usage. Callers run it inside the transaction that wrote
// the samples, so the rollup can never disagree with them.
class GpuUsageRollup
{
public:
    static void rebuild(SqlConnection &connection);
    // Recomputes the days [firstDay, lastDay] (days since 1970-01-01 UTC).
    static void rebuildDays(SqlConnection &connection, long long firstDay, long long lastDay);

    // A day, consortium and GPU model whose rollup disagrees with the samples.
    struct Difference
    {
        long long day = 0;  // days since 1970-01-01 (UTC)
        QString consortium;  // codes
        QString gpuModel;
        double rollupHours = 0;
        long long rollupSamples = 0;
        double sampleHours = 0;
        long long sampleSamples = 0;
    };
    // Recomputes the rollup from the samples and lists where the stored one differs. Reads the
    // whole gpu_usage table: a check, not something a view may call.
    static QVector<Difference> differences(SqlConnection &connection);
};

} // namespace kai::store
