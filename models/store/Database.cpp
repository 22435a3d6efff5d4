// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "AppDataFolder.h"

#include "store/SampleDatabaseBuilder.h"
#include "store/DatabaseFileInspector.h"
#include "store/MigrationRunner.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>

namespace kai::store {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

int Database::schemaVersion()
{
    return int(m_connection.queryInt(QStringLiteral("PRAGMA user_version")));
}

Database::OpenResult Database::open(const QString &path, const OpenOptions &options)
{
    OpenResult result;
    const DatabaseFileInspector::Result inspection = DatabaseFileInspector::inspect(path);
    if (!inspection.isUsable()) {
        result.error = inspection.message;
        result.unusableFile = true;
        return result;
    }
    const bool readOnly = options.readOnly || !inspection.writable;
    result.fellBackToReadOnly = !options.readOnly && !inspection.writable;
    const bool needsMigration = inspection.schemaVersion < MigrationRunner::latestVersion();
    if (needsMigration && (readOnly || !options.migrate)) {
        result.error = tr("%1 uses schema version %2 and must be upgraded to version %3, which needs write access. "
                          "It was not modified.")
                           .arg(shown(path))
                           .arg(inspection.schemaVersion)
                           .arg(MigrationRunner::latestVersion());
        result.unusableFile = true;
        return result;
    }
    try {
        SqliteConnection connection = SqliteConnection::open(
            path, readOnly ? SqliteConnection::OpenMode::ReadOnly : SqliteConnection::OpenMode::ReadWrite);
        connection.applyConnectionSettings();
        if (!readOnly) {
            result.backupPath = MigrationRunner::migrate(connection).backupPath;
            connection.execute(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
        result.database.reset(new Database(std::move(connection)));
    } catch (const StoreError &error) {
        result.error = tr("%1 could not be opened: %2").arg(shown(path), error.message());
        result.unusableFile = true;
    }
    return result;
}

Database::OpenResult Database::createSample(const QString &path)
{
    OpenResult result;
    if (QFileInfo::exists(path)) {
        result.error = tr("%1 already exists; the sample database is only created in a new file.").arg(shown(path));
        result.unusableFile = true;
        return result;
    }
    const QString buildError = SampleDatabaseBuilder::build(path);
    if (!buildError.isEmpty()) {
        result.error = tr("The sample database could not be created at %1: %2").arg(shown(path), buildError);
        result.unusableFile = true;
        return result;
    }
    return open(path, OpenOptions{});
}

QString Database::defaultPath()
{
    return AppDataFolder::filePath(QStringLiteral("kai-dashboard.sqlite"));
}

Database::OpenResult Database::openOrCreateDefault(const OpenOptions &options)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, options);
    QDir().mkpath(QFileInfo(path).absolutePath());
    OpenResult created = createSample(path);
    if (!created || !options.readOnly)
        return created;
    created.database.reset();
    return open(path, options);
}

} // namespace kai::store
