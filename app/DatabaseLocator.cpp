// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocator.h"

#include <spdlog/spdlog.h>

namespace kai::app {

store::Database::OpenResult DatabaseLocator::open(const AppOptions &options,
                                                  const store::Database::OpenOptions &openOptions)
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
    return result;
}

} // namespace kai::app
