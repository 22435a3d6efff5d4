// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiffCommand.h"

#include "DatabaseLocator.h"
#include "history/LogicalDatabaseDiff.h"
#include "shell/LanguageManager.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>

namespace kai::app {

std::unique_ptr<store::Database> DiffCommand::open(const AppOptions &options, const QString &path, QTextStream &err)
{
    store::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.migrate = false;
    // Through the locator, as --db: a server's remembered password and saved connections' names work here too.
    AppOptions one = options;
    one.databasePath = path;
    store::Database::OpenResult opened = DatabaseLocator::open(one, openOptions, &err);
    if (!opened) {
        err << tr("kai-dashboard diff: %1").arg(opened.error) << Qt::endl;
        return nullptr;
    }
    return std::move(opened.database);
}

QString DiffCommand::shownName(const store::Database &database, const QString &path, const QString &otherPath)
{
    if (database.isServer())
        return database.serverName();
    // Two files with the same name in different folders are told apart by their full paths.
    const QString name = QFileInfo(path).fileName();
    if (name != QFileInfo(otherPath).fileName() || store::Database::isServerUri(otherPath))
        return name;
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int DiffCommand::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const QString firstPath = options.arguments.value(0);
    const QString secondPath = options.arguments.value(1);
    const std::unique_ptr<store::Database> first = open(options, firstPath, err);
    if (!first)
        return ExitBadArguments;
    const std::unique_ptr<store::Database> second = open(options, secondPath, err);
    if (!second)
        return ExitBadArguments;
    const QString firstName = shownName(*first, firstPath, secondPath);
    const QString secondName = shownName(*second, secondPath, firstPath);
    QVector<history::FactDifference> differences;
    try {
        differences = history::LogicalDatabaseDiff::compare(first->sql(), second->sql());
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
