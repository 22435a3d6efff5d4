// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/GpuUsageImportJob.h"

#include "import/GpuUsageImporter.h"
#include "store/Database.h"

namespace kai::import {

GpuUsageImportJob::GpuUsageImportJob(const QString &databasePath, const QString &csvPath, bool strict)
    : m_databasePath(databasePath), m_csvPath(csvPath), m_strict(strict)
{
}

GpuUsageImportResult GpuUsageImportJob::run()
{
    GpuUsageImportResult result;
    store::Database::OpenResult opened = store::Database::open(m_databasePath, {});
    if (!opened) {
        result.error = opened.error;
        if (m_resultReady)
            m_resultReady(result);
        return result;
    }
    if (!opened.database->isServer())
        opened.database->connection().setBusyWait(store::SqliteConnection::WriterWaitMs, m_lockWait);
    GpuUsageImporter importer(opened.database->sql());
    importer.setStrict(m_strict);
    importer.setSheet(m_sheet);
    importer.setCancelFlag(m_cancel);
    if (m_progress)
        importer.setProgressHandler(m_progress);
    result = importer.importFile(m_csvPath);
    if (m_resultReady)
        m_resultReady(result);
    importer.checkpoint();
    return result;
}

} // namespace kai::import
