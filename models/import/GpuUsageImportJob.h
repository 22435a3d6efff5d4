// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/GpuUsageImportResult.h"

#include <QString>
#include <atomic>
#include <functional>

namespace kai::import {

// One GPU usage import as a window runs it on a worker thread: opens its own connection to the
// database file (a SQLite handle must not be shared across threads while the window keeps reading
// through its own), waits for another writer's lock, and runs the importer. Views hand it a path
// and read the result; none of them opens a Database.
class GpuUsageImportJob
{
public:
    using ProgressHandler = std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 rows)>;
    using LockWaitHandler = std::function<void(int waitedMs, bool givingUp)>;
    using ResultHandler = std::function<void(const GpuUsageImportResult &result)>;

    GpuUsageImportJob(const QString &databasePath, const QString &csvPath, bool strict);

    // An XLSX workbook's sheet; empty: the first.
    void setSheet(const QString &sheet) { m_sheet = sheet; }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setLockWaitHandler(LockWaitHandler handler) { m_lockWait = std::move(handler); }
    // Called on the importing thread with the result as soon as it is known: committed (and
    // durable) or not. run() goes on to copy the import into the database file before it returns.
    void setResultHandler(ResultHandler handler) { m_resultReady = std::move(handler); }

    // Runs on the calling thread; the result says what was imported or why nothing was.
    GpuUsageImportResult run();

private:
    QString m_databasePath;
    QString m_csvPath;
    bool m_strict = false;
    QString m_sheet;
    const std::atomic<bool> *m_cancel = nullptr;
    ProgressHandler m_progress;
    LockWaitHandler m_lockWait;
    ResultHandler m_resultReady;
};

} // namespace kai::import
