// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kai::store {

class SqliteConnection;

// Keeps gpu_usage_daily in step with gpu_usage. Callers run it inside the transaction that wrote
// the samples, so the rollup can never disagree with them.
class GpuUsageRollup
{
public:
    static void rebuild(SqliteConnection &connection);
    // Recomputes the days [firstDay, lastDay] (days since 1970-01-01 UTC).
    static void rebuildDays(SqliteConnection &connection, long long firstDay, long long lastDay);
};

} // namespace kai::store
