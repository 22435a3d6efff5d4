// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCommands.h"

#include "DashboardState.h"
#include "DatabaseLocator.h"
#include "ReviewArguments.h"
#include "items/DisplayFormat.h"
#include "review/NotesMerger.h"
#include "review/ReviewCopyMaker.h"
#include "shell/LanguageManager.h"
#include "store/Database.h"

#include <QDir>
#include <algorithm>

namespace kai::app {

bool ReviewCommands::handles(const QString &command)
{
    return ReviewArguments::handles(command);
}

int ReviewCommands::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const bool writes = options.command == QLatin1String("merge-notes");
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = !writes;
    openOptions.migrate = writes;
    store::Database::OpenResult opened = DatabaseLocator::open(options, openOptions, &err);
    if (!opened) {
        err << QStringLiteral("kai-dashboard %1: %2").arg(options.command, opened.error) << Qt::endl;
        return ExitBadArguments;
    }
    if (options.command == QLatin1String("make-review-copy"))
        return makeReviewCopy(*opened.database, options, out, err);
    if (options.command == QLatin1String("export-notes"))
        return exportNotes(*opened.database, options, out, err);
    return mergeNotes(*opened.database, options, out, err);
}

int ReviewCommands::makeReviewCopy(store::Database &database, const AppOptions &options, QTextStream &out,
                                   QTextStream &err)
{
    const QDate asOf = options.reviewAsOf.isValid()
        ? options.reviewAsOf
        : std::clamp(QDate::currentDate(), DashboardState::earliestAsOf(), DashboardState::latestAsOf());
    const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(database, options.reviewOutPath, asOf);
    if (!made) {
        err << tr("kai-dashboard make-review-copy: %1").arg(made.error) << Qt::endl;
        return ExitBadArguments;
    }
    const DisplayFormat format(options.language.value_or(ui::LanguageManager::initialLanguage()));
    out << tr("Review copy of %1 written to %2 (as of %3, data checksum %4); it opens read-only.")
               .arg(QDir::toNativeSeparators(database.path()), QDir::toNativeSeparators(options.reviewOutPath),
                    format.date(asOf), made.manifest.checksum.left(8))
        << Qt::endl;
    return ExitOk;
}

int ReviewCommands::exportNotes(store::Database &database, const AppOptions &options, QTextStream &out,
                                QTextStream &err)
{
    int count = 0;
    if (const QString error = review::NotesFile::exportNotes(database, options.reviewOutPath, &count); !error.isEmpty()) {
        err << tr("kai-dashboard export-notes: %1").arg(error) << Qt::endl;
        return ExitBadArguments;
    }
    out << tr("%n notes written to %1.", nullptr, count).arg(QDir::toNativeSeparators(options.reviewOutPath))
        << Qt::endl;
    return ExitOk;
}

int ReviewCommands::mergeNotes(store::Database &database, const AppOptions &options, QTextStream &out,
                               QTextStream &err)
{
    const review::NotesMerger::Report report = review::NotesMerger::merge(database, options.arguments);
    if (!report) {
        err << tr("kai-dashboard merge-notes: %1").arg(report.error) << Qt::endl;
        return ExitBadArguments;
    }
    for (const QString &line : report.lines())
        out << line << Qt::endl;
    return ExitOk;
}

} // namespace kai::app
