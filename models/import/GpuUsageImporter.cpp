// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/GpuUsageImporter.h"

#include "import/RecordSource.h"
#include "import/TabularFile.h"
#include "import/GpuUsageColumns.h"
#include "import/GpuUsageRowValidator.h"
#include "import/ImportReportWriter.h"
#include "import/UsageRowParser.h"
#include "store/ChangeLog.h"
#include "store/AutoCheckpointSuspension.h"
#include "store/ConstraintCheckSuspension.h"
#include "store/GpuUsageImportWriter.h"
#include "store/SqlTransaction.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <map>

namespace kai::import {

namespace {
constexpr qint64 ProgressEveryRows = 16384;

// The rollup's day of a sample (as SQL computes it: integer division of the Unix time).
qint64 dayOf(qint64 seconds)
{
    return seconds / 86400;
}

QString utcText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

class WriterNameResolver : public GpuUsageNameResolver
{
public:
    explicit WriterNameResolver(const store::GpuUsageImportWriter &writer) : m_writer(writer) {}
    std::optional<qint64> consortiumId(std::string_view text) const override { return m_writer.consortiumId(text); }
    std::optional<qint64> gpuModelId(std::string_view text) const override { return m_writer.gpuModelId(text); }
    std::optional<qint64> providerId(std::string_view text) const override { return m_writer.providerId(text); }

private:
    const store::GpuUsageImportWriter &m_writer;
};
} // namespace

void GpuUsageImporter::logImport(const GpuUsageImportResult &result)
{
    // A database the importer's own tests build by hand may predate the change log.
    if (!store::ChangeLogRepository(m_connection).exists())
        return;
    // Stored in the database: one wording whatever the display language.
    store::ChangeLogWriter log(m_connection, QStringLiteral("import"),
                               QStringLiteral("import GPU usage from %1").arg(m_fileName));
    const QString source = QStringLiteral("IMPORT:%1").arg(m_fileName);
    log.append(QStringLiteral("gpu_usage"), m_fileName, QStringLiteral("rows_added"), {},
               QString::number(result.inserted), source);
    if (result.inserted > 0) {
        const QDate epoch(1970, 1, 1);
        log.append(QStringLiteral("gpu_usage"), m_fileName, QStringLiteral("days"), {},
                   QStringLiteral("%1..%2").arg(epoch.addDays(result.firstDay).toString(Qt::ISODate),
                                                epoch.addDays(result.lastDay).toString(Qt::ISODate)),
                   source);
    }
}

GpuUsageImportResult GpuUsageImporter::importFile(const QString &csvPath)
{
    GpuUsageImportResult result;
    m_fileName = QFileInfo(csvPath).fileName();
    const std::unique_ptr<TabularFile> table = TabularFile::open(csvPath, m_sheet, result.error);
    if (!table)
        return result;
    RecordSource &reader = table->records();
    GpuUsageColumns columns;
    if (!reader.readRecord()) {
        result.error = reader.stoppedEarly().isEmpty()
            ? tr("%1 is empty: it needs a header row and at least one data row.").arg(m_fileName)
            : tr("%1 cannot be read: %2").arg(m_fileName, reader.stoppedEarly());
        return result;
    }
    if (const QString problem = columns.readHeader(reader); !problem.isEmpty()) {
        result.error = tr("%1, line 1: %2").arg(m_fileName, problem);
        return result;
    }
    result.unknownColumns = columns.unknownColumns();
    for (const QString &unknown : columns.unknownColumns())
        addIssue(result, {m_fileName, 1, unknown, tr("unknown column, ignored")});

    store::SqliteConnection *file = m_connection.sqlite();
    if (file)
        file->setProgressHandler(100000, [this] { return !cancelled(); });
    try {
        if (file) {
            // Declared before the transaction so that they are restored after the commit or rollback.
            const store::ConstraintCheckSuspension checks(*file);
            const store::AutoCheckpointSuspension checkpoints(*file);
            store::SqliteTransaction transaction(*file);
            importInTransaction(csvPath, reader, columns, table->bytesTotal(), result);
            if (result.outcome == GpuUsageImportResult::Outcome::Committed) {
                transaction.commit();
                m_checkpointDue = true;
            }
        } else {
            // A server takes the writers' lock and tells the other clients at the commit.
            store::SqlTransaction transaction(m_connection);
            importInTransaction(csvPath, reader, columns, table->bytesTotal(), result);
            if (result.outcome == GpuUsageImportResult::Outcome::Committed)
                transaction.commit();
        }
    } catch (const store::StoreError &error) {
        result.outcome = error.isInterrupted() || cancelled() ? GpuUsageImportResult::Outcome::Cancelled
                                                              : GpuUsageImportResult::Outcome::Failed;
        result.error = result.outcome == GpuUsageImportResult::Outcome::Cancelled
            ? tr("The import was cancelled; the database is unchanged.")
            : tr("The import failed and the database is unchanged: %1").arg(error.message());
    }
    if (file)
        file->setProgressHandler(0, {});
    if (!result.committed()) {
        result.inserted = 0;
        result.duplicates = 0;
    }
    finishReport(csvPath, result);
    return result;
}

void GpuUsageImporter::checkpoint()
{
    store::SqliteConnection *file = m_connection.sqlite();
    if (file && std::exchange(m_checkpointDue, false))
        store::AutoCheckpointSuspension::checkpoint(*file);
}

void GpuUsageImporter::importInTransaction(const QString &csvPath, RecordSource &reader,
                                           const GpuUsageColumns &columns, qint64 totalBytes,
                                           GpuUsageImportResult &result)
{
    store::GpuUsageImportWriter writer(m_connection, QStringLiteral("IMPORT:%1").arg(m_fileName),
                                       // Stored in the database: one wording whatever the display language.
                                       QStringLiteral("GPU usage imported from %1").arg(m_fileName));
    // No row of a usable file is shorter (a date, four short names, a number, separators): an
    // upper bound of the rows to come.
    constexpr qint64 ShortestRowBytes = 24;
    writer.tuneForBulkLoad(totalBytes / ShortestRowBytes);
    const WriterNameResolver resolver(writer);
    const GpuUsageRowValidator validator(columns, resolver, m_fileName);
    m_conflicts.clear();
    importRecords(reader, validator, writer, totalBytes, result);
    if (result.outcome != GpuUsageImportResult::Outcome::Cancelled)
        nameEarlierLines(csvPath, validator, writer, result);
    if (result.outcome != GpuUsageImportResult::Outcome::Committed)
        return;
    writer.finish();
    logImport(result);
    if (cancelled())
        throw store::StoreError(QStringLiteral("interrupted"), 9 /* SQLITE_INTERRUPT */);
}

void GpuUsageImporter::importRecords(RecordSource &reader, const GpuUsageRowValidator &validator,
                                     store::GpuUsageImportWriter &writer, qint64 totalBytes,
                                     GpuUsageImportResult &result)
{
    result.outcome = GpuUsageImportResult::Outcome::Committed;
    const auto cancel = [&] {
        result.outcome = GpuUsageImportResult::Outcome::Cancelled;
        result.error = tr("The import was cancelled; the database is unchanged.");
    };
    {
        // Reads and validates on its own thread while this one inserts; joined when it goes out of scope.
        UsageRowParser parser(reader, validator, writer.nodes(),
                              writer.keepsChecksum() ? std::optional<qint64>(writer.sourceId()) : std::nullopt, m_cancel);
        while (UsageRowParser::Batch *batch = parser.next()) {
            for (const store::GpuNodeDirectory::NewNode &node : batch->newNodes)
                writer.addNode(node);
            for (const UsageRowParser::Row &row : batch->rows) {
                ++result.rowsRead;
                if (result.rowsRead % ProgressEveryRows == 0) {
                    if (cancelled())
                        return cancel();
                    if (m_progress)
                        m_progress(batch->bytesRead, totalBytes, result.rowsRead);
                }
                std::optional<ImportIssue> issue = row.issue;
                if (!issue && row.fieldCount != validator.columns().headerFieldCount())
                    issue = ImportIssue{m_fileName, row.line, QString(),
                                        tr("wrong number of fields: expected %1, found %2")
                                            .arg(validator.columns().headerFieldCount())
                                            .arg(row.fieldCount)};
                else if (!issue)
                    issue = importRow(row, writer, result);
                if (!issue)
                    continue;
                ++result.skipped;
                if (m_strict) {
                    result.outcome = GpuUsageImportResult::Outcome::RejectedStrict;
                    result.error = strictRejection(*issue);
                    addIssue(result, *issue);
                    return;
                }
                addIssue(result, *issue);
            }
            parser.recycle(batch);
        }
    }
    // The parser stops early only when cancelled: never take a partly read file for a whole one.
    if (cancelled())
        return cancel();
    if (!reader.stoppedEarly().isEmpty()) {
        result.outcome = GpuUsageImportResult::Outcome::Failed;
        result.error = tr("%1 cannot be read to its end: %2. Nothing was imported.").arg(m_fileName, reader.stoppedEarly());
        return;
    }
    for (const RecordSource::Notice &notice : reader.notices())
        addIssue(result, {m_fileName, notice.line, QString(), notice.text});
    if (m_progress)
        m_progress(reader.bytesRead(), totalBytes, result.rowsRead);
}

QString GpuUsageImporter::strictRejection(const ImportIssue &issue)
{
    return tr("Strict mode: %1, line %2: %3. Nothing was imported.")
        .arg(issue.file)
        .arg(issue.line)
        .arg(issue.column.isEmpty() ? issue.reason : issue.column + QStringLiteral(": ") + issue.reason);
}

std::optional<ImportIssue> GpuUsageImporter::importRow(const UsageRowParser::Row &row,
                                                       store::GpuUsageImportWriter &writer,
                                                       GpuUsageImportResult &result)
{
    using Insertion = store::GpuUsageImportWriter::Insertion;
    const store::GpuUsageImportWriter::Outcome outcome = writer.insert(row.sample, row.hash);
    switch (outcome.insertion) {
    case Insertion::Inserted: {
        const qint64 day = dayOf(row.sample.periodStart);
        result.firstDay = result.inserted == 0 ? day : std::min(result.firstDay, day);
        result.lastDay = result.inserted == 0 ? day : std::max(result.lastDay, day);
        ++result.inserted;
        return std::nullopt;
    }
    case Insertion::AlreadyPresent:
        ++result.duplicates;
        return std::nullopt;
    case Insertion::SameKeyOtherValues:
        // Named after the whole file is read (nameEarlierLines): the row holding the key may
        // come from an earlier line of this file. The caller lists this issue next.
        if (result.issues.size() < MaxListedIssues)
            m_conflicts.push_back({result.issues.size(), row.line, row.sample});
        return ImportIssue{m_fileName, row.line, QString(),
                           tr("same period_start, consortium, node and GPU model as a row already stored "
                              "(%1 to %2), with different values")
                               .arg(utcText(outcome.otherStart), utcText(outcome.otherEnd))};
    case Insertion::Overlaps:
        return ImportIssue{m_fileName, row.line, QStringLiteral("period_start"),
                           tr("the period overlaps %1 to %2 of the same node (consortium, node and GPU model), "
                              "stored or earlier in this file; the periods of one node may not overlap")
                               .arg(utcText(outcome.otherStart), utcText(outcome.otherEnd))};
    }
    return std::nullopt;
}

void GpuUsageImporter::nameEarlierLines(const QString &csvPath, const GpuUsageRowValidator &validator,
                                        const store::GpuUsageImportWriter &writer, GpuUsageImportResult &result)
{
    if (m_conflicts.empty())
        return;
    // A second pass, only when needed, instead of remembering the line of every row inserted:
    // that would cost memory in proportion to the file.
    using Key = std::tuple<qint64, qint64, qint64, qint64>;
    std::multimap<Key, const Conflict *> wanted;
    qint64 lastLine = 0;
    for (const Conflict &conflict : m_conflicts) {
        const auto &s = conflict.sample;
        wanted.emplace(Key{s.periodStart, s.consortiumId, s.nodeId, s.gpuModelId}, &conflict);
        lastLine = std::max(lastLine, conflict.line);
    }
    QString unreadable;
    const std::unique_ptr<TabularFile> table = TabularFile::open(csvPath, m_sheet, unreadable);
    if (!table)
        return;
    RecordSource &reader = table->records();
    reader.readRecord();  // the header
    while (!wanted.empty() && reader.readRecord() && reader.lineNumber() < lastLine) {
        GpuUsageRowValidator::Row row;
        if (!reader.error().isEmpty() || reader.fieldCount() != validator.columns().headerFieldCount()
            || validator.validate(reader, row))
            continue;
        const std::optional<qint64> node = writer.existingNodeId(row.node);
        if (!node)
            continue;
        const auto [first, last] =
            wanted.equal_range(Key{row.sample.periodStart, row.sample.consortiumId, *node, row.sample.gpuModelId});
        for (auto it = first; it != last;) {
            if (it->second->line <= reader.lineNumber()) {
                ++it;
                continue;
            }
            result.issues[it->second->issueIndex].reason =
                tr("same period_start, consortium, node and GPU model as line %1, with different values")
                    .arg(reader.lineNumber());
            it = wanted.erase(it);
        }
    }
    if (result.outcome == GpuUsageImportResult::Outcome::RejectedStrict && !result.issues.isEmpty())
        result.error = strictRejection(result.issues.last());
}

void GpuUsageImporter::addIssue(GpuUsageImportResult &result, ImportIssue issue) const
{
    if (result.issues.size() < MaxListedIssues)
        result.issues.append(std::move(issue));
    else
        ++result.issuesNotListed;
}

void GpuUsageImporter::finishReport(const QString &csvPath, GpuUsageImportResult &result) const
{
    if (!m_writeReport || result.issues.isEmpty())
        return;
    const QString path = ImportReportWriter::reportPathFor(csvPath);
    result.reportError = ImportReportWriter::write(path, result.issues, result.issuesNotListed);
    if (result.reportError.isEmpty())
        result.reportPath = path;
}

} // namespace kai::import
