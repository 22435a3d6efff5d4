// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the server import tests (tst_postgres_import, tst_postgres_usage_sink) share: the usage
// header, an import as the app runs it, and the month partitions they count before and after.
#include "TestSupport.h"
#include "import/GpuUsageImporter.h"
#include "store/SqlConnection.h"

namespace kai::test {

inline const QByteArray PgUsageHeader =
    "period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n";

// Imports the file as the app does, without writing a report beside it.
inline kai::import::GpuUsageImportResult importWithoutReport(kai::store::SqlConnection &connection, const QString &csv)
{
    kai::import::GpuUsageImporter importer(connection);
    importer.setWriteReport(false);
    return importer.importFile(csv);
}

// How many month partitions gpu_usage has on the server.
inline qint64 usagePartitions(kai::store::SqlConnection &connection)
{
    return queryInt(connection,
                    QStringLiteral("SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'gpu_usage'::regclass"));
}

// Loading tables an import creates for a new month and attaches as a partition at commit: any
// left over means an import stopped half-way without cleaning up.
inline qint64 leftoverLoadingTables(kai::store::SqlConnection &connection)
{
    return queryInt(connection, QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname LIKE 'gpu_usage_2%' "
                                               "AND relkind = 'r' AND NOT relispartition"));
}

} // namespace kai::test
