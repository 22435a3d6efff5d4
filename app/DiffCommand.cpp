// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiffCommand.h"

#include "history/LogicalDatabaseDiff.h"
#include "shell/LanguageManager.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>

namespace kai::app {

std::unique_ptr<store::Database> DiffCommand::open(const QString &path, QTextStream &err)
{
    store::Database::OpenOptions options;
    options.readOnly = true;
    options.migrate = false;
    store::Database::OpenResult opened = store::Database::open(path, options);
    if (!opened) {
        err << tr("kai-dashboard diff: %1").arg(opened.error) << Qt::endl;
        return nullptr;
    }
    for (const QString &note : std::as_const(opened.notes))
        err << note << Qt::endl;
    return std::move(opened.database);
}

int DiffCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const QString firstPath = options.arguments.value(0);
    const QString secondPath = options.arguments.value(1);
    for (const QString &path : {firstPath, secondPath}) {
        if (store::Database::isServerUri(path)) {
            err << tr("kai-dashboard diff compares two database files; for a server database, compare a review copy of "
                      "it (kai-dashboard make-review-copy --db URI --out FILE), which holds the same data.")
                << Qt::endl;
            return ExitBadArguments;
        }
    }
    const std::unique_ptr<store::Database> first = open(firstPath, err);
    if (!first)
        return ExitBadArguments;
    const std::unique_ptr<store::Database> second = open(secondPath, err);
    if (!second)
        return ExitBadArguments;
    // Two files with the same name in different folders are told apart by their full paths.
    QString firstName = QFileInfo(firstPath).fileName();
    QString secondName = QFileInfo(secondPath).fileName();
    if (firstName == secondName) {
        firstName = QDir::toNativeSeparators(QFileInfo(firstPath).absoluteFilePath());
        secondName = QDir::toNativeSeparators(QFileInfo(secondPath).absoluteFilePath());
    }
    QVector<history::FactDifference> differences;
    try {
        differences = history::LogicalDatabaseDiff::compare(first->connection(), second->connection());
    } catch (const store::StoreError &error) {
        err << tr("kai-dashboard diff: %1 and %2 could not be compared: %3").arg(firstName, secondName, error.message())
            << Qt::endl;
        return ExitBadArguments;
    }
    if (differences.isEmpty()) {
        out << tr("%1 and %2 hold the same data.").arg(firstName, secondName) << Qt::endl;
        return ExitOk;
    }
    const history::DiffSentences sentences(options.language.value_or(ui::LanguageManager::initialLanguage()),
                                           firstName, secondName);
    out << tr("%1 and %2 differ in %n fact(s):", nullptr, int(differences.size())).arg(firstName, secondName)
        << Qt::endl;
    for (const history::FactDifference &difference : std::as_const(differences))
        out << QStringLiteral("  ") << sentences.sentence(difference) << Qt::endl;
    return ExitProblemsFound;
}

} // namespace kai::app
