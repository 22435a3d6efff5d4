// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocator.h"

#include <spdlog/spdlog.h>

namespace kai::app {

QString DatabaseLocator::path(const AppOptions &options)
{
    return options.databasePath.isEmpty() ? store::Database::defaultPath() : options.databasePath;
}

store::Database::OpenResult DatabaseLocator::open(const AppOptions &options,
                                                  const store::Database::OpenOptions &openOptions, QTextStream *notes)
{
    store::Database::OpenResult result = options.databasePath.isEmpty()
        ? store::Database::openOrCreateDefault(openOptions)
        : store::Database::open(options.databasePath, openOptions);
    if (result)
        spdlog::info("database open: {}", result.database->path().toStdString());
    else
        spdlog::warn("database not opened: {}", result.error.toStdString());
    if (!result.backupPath.isEmpty())
        spdlog::info("backup before migration: {}", result.backupPath.toStdString());
    for (const QString &note : std::as_const(result.notes)) {
        spdlog::info("database note: {}", note.toStdString());
        if (notes)
            *notes << note << Qt::endl;
    }
    return result;
}

} // namespace kai::app
