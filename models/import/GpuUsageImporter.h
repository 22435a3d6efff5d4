// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/GpuUsageImportResult.h"
#include "import/UsageRowParser.h"
#include "store/GpuUsageImportWriter.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace kai::store {
class SqlConnection;
}

namespace kai::import {

class RecordSource;
class GpuUsageRowValidator;

// Imports one usage CSV (format: README, "GPU usage CSV") or a sheet of an .xlsx workbook with the
// same columns (TabularFile) into an SQLite file or a server, in one transaction: either every valid
// row is committed, or - on cancel, strict-mode rejection or any error - nothing is. Invalid rows
// are skipped and reported with file, line, column and reason; re-importing a file adds nothing.
class GpuUsageImporter
{
    Q_DECLARE_TR_FUNCTIONS(GpuUsageImporter)

public:
    // bytesDone of bytesTotal, and the records read so far. Called on the importing thread.
    using ProgressHandler = std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 rows)>;

    explicit GpuUsageImporter(store::SqlConnection &connection) : m_connection(connection) {}

    void setStrict(bool strict) { m_strict = strict; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // Set the flag from any thread to cancel; the importer also interrupts SQLite while it waits
    // (a server's import stops at its next batch of rows).
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Whether to write FILE.import-report.csv when there are issues (the default).
    void setWriteReport(bool write) { m_writeReport = write; }
    // The sheet of an .xlsx workbook to read; empty: the first.
    void setSheet(const QString &sheet) { m_sheet = sheet; }

    GpuUsageImportResult importFile(const QString &csvPath);
    // Copies a committed import from a file's write-ahead log into the database file. importFile()
    // leaves this out of its commit so that its result can be shown first; without this call
    // SQLite does it at its next automatic checkpoint. Nothing to do on a server.
    void checkpoint();

    static constexpr int MaxListedIssues = 10000;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // A row whose key is stored with other values; its issue is at issueIndex in the result.
    struct Conflict
    {
        qsizetype issueIndex = 0;
        qint64 line = 0;
        store::GpuUsageImportWriter::Sample sample;
    };

    void importRecords(RecordSource &reader, const GpuUsageRowValidator &validator, store::GpuUsageImportWriter &writer,
                       qint64 totalBytes, GpuUsageImportResult &result);
    // Writes one valid row; returns the issue when the rows already stored or earlier refuse it.
    std::optional<ImportIssue> importRow(const UsageRowParser::Row &row, store::GpuUsageImportWriter &writer,
                                         GpuUsageImportResult &result);
    // Names the earlier line of this file that holds the key of each conflict, when there is one.
    void nameEarlierLines(const QString &csvPath, const GpuUsageRowValidator &validator,
                          const store::GpuUsageImportWriter &writer, GpuUsageImportResult &result);
    static QString strictRejection(const ImportIssue &issue);
    void addIssue(GpuUsageImportResult &result, ImportIssue issue) const;
    void finishReport(const QString &csvPath, GpuUsageImportResult &result) const;
    // One change-log entry per import, in the import's own transaction.
    void logImport(const GpuUsageImportResult &result);
    // The transaction's work, the same on both engines.
    void importInTransaction(const QString &csvPath, RecordSource &reader, const GpuUsageColumns &columns,
                             qint64 totalBytes, GpuUsageImportResult &result);

    store::SqlConnection &m_connection;
    bool m_strict = false;
    bool m_writeReport = true;
    bool m_checkpointDue = false;
    ProgressHandler m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    QString m_fileName;
    QString m_sheet;
    std::vector<Conflict> m_conflicts;
};

} // namespace kai::import
