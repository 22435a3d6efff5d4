// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/GpuUsageImporter.h"

#include "import/CsvReader.h"
#include "import/GpuUsageColumns.h"
#include "import/ImportReportWriter.h"
#include "import/IsoTimestamp.h"
#include "import/TextEncodingSniffer.h"
#include "store/ForeignKeySuspension.h"
#include "store/GpuUsageImportWriter.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <charconv>
#include <cmath>

namespace kai::import {

namespace {
constexpr qint64 ProgressEveryRows = 16384;

std::optional<double> parseNumber(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString columnName(GpuUsageColumns::Column column)
{
    return QString::fromLatin1(GpuUsageColumns::name(column));
}

// The rollup's day of a sample (as SQL computes it: integer division of the Unix time).
qint64 dayOf(qint64 seconds)
{
    return seconds / 86400;
}
} // namespace

GpuUsageImportResult GpuUsageImporter::importFile(const QString &csvPath)
{
    GpuUsageImportResult result;
    m_fileName = QFileInfo(csvPath).fileName();
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(csvPath, file.errorString());
        return result;
    }
    if (result.error = TextEncodingSniffer::refusal(file, m_fileName); !result.error.isEmpty()) return result;
    CsvReader reader(file);
    GpuUsageColumns columns;
    if (!reader.readRecord()) {
        result.error = tr("%1 is empty: it needs a header row and at least one data row.").arg(m_fileName);
        return result;
    }
    if (const QString problem = columns.readHeader(reader); !problem.isEmpty()) {
        result.error = tr("%1, line 1: %2").arg(m_fileName, problem);
        return result;
    }
    result.unknownColumns = columns.unknownColumns();
    for (const QString &unknown : columns.unknownColumns())
        addIssue(result, {m_fileName, 1, unknown, tr("unknown column, ignored")});

    m_connection.setProgressHandler(100000, [this] { return !cancelled(); });
    try {
        // Declared before the transaction so that it is restored after the commit or rollback.
        const store::ForeignKeySuspension foreignKeys(m_connection);
        store::SqliteTransaction transaction(m_connection);
        store::GpuUsageImportWriter writer(m_connection, QStringLiteral("IMPORT:%1").arg(m_fileName),
                                           // Stored in the database: one wording whatever the display language.
                                           QStringLiteral("GPU usage imported from %1").arg(m_fileName));
        writer.tuneForBulkLoad();
        importRecords(reader, columns, writer, file.size(), result);
        if (result.outcome == GpuUsageImportResult::Outcome::Committed) {
            writer.finish();
            if (cancelled())
                throw store::StoreError(QStringLiteral("interrupted"), 9 /* SQLITE_INTERRUPT */);
            transaction.commit();
        }
    } catch (const store::StoreError &error) {
        result.outcome = error.isInterrupted() || cancelled() ? GpuUsageImportResult::Outcome::Cancelled
                                                              : GpuUsageImportResult::Outcome::Failed;
        result.error = result.outcome == GpuUsageImportResult::Outcome::Cancelled
            ? tr("The import was cancelled; the database is unchanged.")
            : tr("The import failed and the database is unchanged: %1").arg(error.message());
    }
    m_connection.setProgressHandler(0, {});
    if (!result.committed()) {
        result.inserted = 0;
        result.duplicates = 0;
    }
    finishReport(csvPath, result);
    return result;
}

void GpuUsageImporter::importRecords(CsvReader &reader, const GpuUsageColumns &columns,
                                     store::GpuUsageImportWriter &writer, qint64 totalBytes,
                                     GpuUsageImportResult &result)
{
    result.outcome = GpuUsageImportResult::Outcome::Committed;
    while (reader.readRecord()) {
        ++result.rowsRead;
        if (result.rowsRead % ProgressEveryRows == 0) {
            if (cancelled()) {
                result.outcome = GpuUsageImportResult::Outcome::Cancelled;
                result.error = tr("The import was cancelled; the database is unchanged.");
                return;
            }
            if (m_progress)
                m_progress(reader.bytesRead(), totalBytes, result.rowsRead);
        }
        std::optional<ImportIssue> issue;
        if (!reader.error().isEmpty())
            issue = ImportIssue{m_fileName, reader.lineNumber(), QString(), reader.error()};
        else if (reader.fieldCount() != columns.headerFieldCount())
            issue = ImportIssue{m_fileName, reader.lineNumber(), QString(),
                                tr("wrong number of fields: expected %1, found %2")
                                    .arg(columns.headerFieldCount())
                                    .arg(reader.fieldCount())};
        else
            issue = importRecord(reader, columns, writer, result);
        if (!issue)
            continue;
        ++result.skipped;
        if (m_strict) {
            result.outcome = GpuUsageImportResult::Outcome::RejectedStrict;
            result.error = tr("Strict mode: %1, line %2: %3. Nothing was imported.")
                               .arg(issue->file)
                               .arg(issue->line)
                               .arg(issue->column.isEmpty() ? issue->reason
                                                            : issue->column + QStringLiteral(": ") + issue->reason);
            addIssue(result, *issue);
            return;
        }
        addIssue(result, *issue);
    }
    if (m_progress)
        m_progress(reader.bytesRead(), totalBytes, result.rowsRead);
}

std::optional<ImportIssue> GpuUsageImporter::importRecord(const CsvReader &reader, const GpuUsageColumns &columns,
                                                          store::GpuUsageImportWriter &writer,
                                                          GpuUsageImportResult &result)
{
    using C = GpuUsageColumns;
    const auto problem = [&](C::Column column, const QString &reason) {
        return ImportIssue{m_fileName, reader.lineNumber(), columnName(column), reason};
    };
    const auto quote = [](std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); };

    store::GpuUsageImportWriter::Sample sample;
    const std::string_view startText = columns.value(reader, C::PeriodStart);
    const std::optional<IsoTimestamp> start = IsoTimestamp::parse(startText);
    if (!start)
        return problem(C::PeriodStart, tr("'%1' is not an ISO 8601 date or date-time").arg(quote(startText)));
    sample.periodStart = start->secondsSinceEpoch;
    const std::string_view endText = columns.value(reader, C::PeriodEnd);
    if (endText.empty()) {
        sample.periodEnd = sample.periodStart + (start->dateOnly ? 86400 : 3600);
    } else {
        const std::optional<IsoTimestamp> end = IsoTimestamp::parse(endText);
        if (!end)
            return problem(C::PeriodEnd, tr("'%1' is not an ISO 8601 date or date-time").arg(quote(endText)));
        sample.periodEnd = end->secondsSinceEpoch;
        if (sample.periodEnd <= sample.periodStart)
            return problem(C::PeriodEnd, tr("the period ends before it starts"));
    }

    const std::string_view consortium = columns.value(reader, C::Consortium);
    const std::optional<qint64> consortiumId = writer.consortiumId(consortium);
    if (!consortiumId)
        return problem(C::Consortium, consortium.empty() ? tr("no consortium given")
                                                         : tr("unknown consortium '%1'").arg(quote(consortium)));
    sample.consortiumId = *consortiumId;

    const std::string_view model = columns.value(reader, C::GpuModel);
    const std::optional<qint64> modelId = writer.gpuModelId(model);
    if (!modelId)
        return problem(C::GpuModel, tr("unknown GPU model '%1'").arg(quote(model)));
    sample.gpuModelId = *modelId;

    const std::string_view provider = columns.value(reader, C::Provider);
    const std::optional<qint64> providerId = writer.providerId(provider);
    if (!providerId)
        return problem(C::Provider, tr("unknown provider '%1'").arg(quote(provider)));
    sample.providerId = *providerId;

    const std::string_view hoursText = columns.value(reader, C::GpuHoursUsed);
    const std::optional<double> hours = parseNumber(hoursText);
    if (!hours)
        return problem(C::GpuHoursUsed, tr("'%1' is not a number").arg(quote(hoursText)));
    if (*hours < 0)
        return problem(C::GpuHoursUsed, tr("GPU-hours cannot be negative (%1)").arg(quote(hoursText)));
    sample.gpuHours = *hours;

    const std::string_view utilText = columns.value(reader, C::UtilizationPct);
    if (!utilText.empty()) {
        const std::optional<double> util = parseNumber(utilText);
        if (!util)
            return problem(C::UtilizationPct, tr("'%1' is not a number").arg(quote(utilText)));
        if (*util < 0 || *util > 100)
            return problem(C::UtilizationPct, tr("utilisation must be between 0 and 100 (%1)").arg(quote(utilText)));
        sample.utilizationPct = *util;
    }

    const std::string_view node = columns.value(reader, C::Node);
    if (!QUtf8StringView(node.data(), qsizetype(node.size())).isValidUtf8())
        return problem(C::Node, tr("the node name is not valid UTF-8"));
    sample.nodeId = writer.nodeId(node);

    if (writer.insert(sample)) {
        const qint64 day = dayOf(sample.periodStart);
        result.firstDay = result.inserted == 0 ? day : std::min(result.firstDay, day);
        result.lastDay = result.inserted == 0 ? day : std::max(result.lastDay, day);
        ++result.inserted;
    } else {
        ++result.duplicates;
    }
    return std::nullopt;
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
