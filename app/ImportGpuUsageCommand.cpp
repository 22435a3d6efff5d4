// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportGpuUsageCommand.h"

#include "DatabaseLocator.h"
#include "files/MissingPathExplainer.h"
#include "import/GpuUsageImporter.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace kai::app {

namespace {
void printSummary(const import::GpuUsageImportResult &result, QTextStream &out)
{
    out << ImportGpuUsageCommand::tr("Rows read: %1, imported: %2, already present: %3, skipped: %4")
               .arg(result.rowsRead)
               .arg(result.inserted)
               .arg(result.duplicates)
               .arg(result.skipped)
        << Qt::endl;
    for (const import::ImportIssue &issue : result.issues) {
        out << QStringLiteral("  %1:%2: %3%4")
                   .arg(issue.file)
                   .arg(issue.line)
                   .arg(issue.column.isEmpty() ? QString() : issue.column + QStringLiteral(": "), issue.reason)
            << Qt::endl;
    }
    if (result.issuesNotListed > 0)
        out << ImportGpuUsageCommand::tr("  ... and %1 more").arg(result.issuesNotListed) << Qt::endl;
    if (!result.reportPath.isEmpty())
        out << ImportGpuUsageCommand::tr("Report written to %1").arg(QDir::toNativeSeparators(result.reportPath))
            << Qt::endl;
}
} // namespace

int ImportGpuUsageCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const QString csvPath = options.arguments.value(0);
    if (!QFileInfo::exists(csvPath)) {
        err << tr("kai-dashboard import-gpu-usage: %1").arg(files::MissingPathExplainer::explain(csvPath)) << Qt::endl;
        return ExitBadArguments;
    }
    if (!QFileInfo(csvPath).isFile()) {
        err << tr("kai-dashboard import-gpu-usage: %1 is not a readable file.").arg(csvPath) << Qt::endl;
        return ExitBadArguments;
    }
    store::Database::OpenOptions openOptions;
    store::Database::OpenResult opened = DatabaseLocator::open(options, openOptions, &err);
    if (!opened) {
        err << tr("kai-dashboard import-gpu-usage: %1").arg(opened.error) << Qt::endl;
        return ExitBadArguments;
    }
    if (opened.database->isReadOnly()) {
        err << tr("kai-dashboard import-gpu-usage: %1 cannot be written (the file or its folder is read-only); "
                  "nothing was imported.")
                   .arg(QDir::toNativeSeparators(opened.database->path()))
            << Qt::endl;
        return ExitBadArguments;
    }

    // A second import into a file waits for the first instead of failing after a few seconds, and
    // says so (a server's writers take turns by themselves).
    if (!opened.database->isServer()) {
        opened.database->connection().setBusyWait(
            store::SqliteConnection::WriterWaitMs, [&err, &opened](int waitedMs, bool givingUp) {
                const QString shown = QDir::toNativeSeparators(opened.database->path());
                if (givingUp) {
                    err << tr("Another program kept %1 locked for %2 s; giving up.").arg(shown).arg(waitedMs / 1000) << Qt::endl;
                    return;
                }
                err << tr("Another program is writing to %1; waiting for it to finish (%2 s of %3 s)…")
                           .arg(shown)
                           .arg(waitedMs / 1000)
                           .arg(store::SqliteConnection::WriterWaitMs / 1000)
                    << Qt::endl;
            });
    }
    import::GpuUsageImporter importer(opened.database->sql());
    importer.setStrict(options.strict);
    importer.setSheet(options.sheet);
    QElapsedTimer sinceLastReport;
    sinceLastReport.start();
    importer.setProgressHandler([&err, &sinceLastReport](qint64 done, qint64 total, qint64 rows) {
        if (sinceLastReport.elapsed() < 1000 && done < total)
            return;
        sinceLastReport.restart();
        err << tr("%1 % (%2 rows)").arg(total > 0 ? done * 100 / total : 100).arg(rows) << Qt::endl;
    });
    const import::GpuUsageImportResult result = importer.importFile(csvPath);
    printSummary(result, out);
    if (!result.error.isEmpty())
        err << tr("kai-dashboard import-gpu-usage: %1").arg(result.error) << Qt::endl;
    if (!result.reportError.isEmpty())
        err << tr("kai-dashboard import-gpu-usage: %1").arg(result.reportError) << Qt::endl;
    out.flush();
    err.flush();
    // After the summary: the rows are committed; what remains is copying them into the database file.
    importer.checkpoint();
    switch (result.outcome) {
    case import::GpuUsageImportResult::Outcome::Committed:
        return result.skipped > 0 || !result.reportError.isEmpty() ? ExitProblemsFound : ExitOk;
    case import::GpuUsageImportResult::Outcome::RejectedStrict:
        return ExitProblemsFound;
    case import::GpuUsageImportResult::Outcome::Cancelled:
    case import::GpuUsageImportResult::Outcome::Failed:
        break;
    }
    return ExitBadArguments;
}

} // namespace kai::app
