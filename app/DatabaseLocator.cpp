// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocator.h"

#include "server/SavedServers.h"
#include "server/ServerKeychain.h"

#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace kai::app {

QString DatabaseLocator::path(const AppOptions &options)
{
    const QString &given = options.databasePath;
    if (given.isEmpty())
        return store::Database::defaultPath();
    // A file of that name wins over a saved connection of that name.
    if (!store::Database::isServerUri(given) && !QFileInfo::exists(given)) {
        if (const std::optional<server::ServerAddress> saved = server::SavedServers::find(given))
            return saved->uri();
    }
    return given;
}

QString DatabaseLocator::rememberedPassword(const QString &uri, QTextStream *notes)
{
    // A password the user gave for this run wins, as it does for libpq.
    if (!server::ServerKeychain::isBuiltIn() || qEnvironmentVariableIsSet("PGPASSWORD"))
        return {};
    const server::ServerKeychain::Outcome stored = server::ServerKeychain::read(uri);
    if (!stored && notes)
        *notes << stored.error << Qt::endl;
    return stored.password;
}

store::Database::OpenResult DatabaseLocator::open(const AppOptions &options,
                                                  const store::Database::OpenOptions &openOptions, QTextStream *notes)
{
    const QString target = path(options);
    store::Database::OpenResult result = options.databasePath.isEmpty()
        ? store::Database::openOrCreateDefault(openOptions)
        : store::Database::isServerUri(target)
        ? store::Database::open(target, openOptions, rememberedPassword(target, notes))
        : store::Database::open(target, openOptions);
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
