// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MigrationRunner.h"

#include "store/SchemaInfo.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace kai::store {

namespace {
// One script per schema version, in order; index 0 is version 1.
const char *const MigrationScripts[] = {
    ":/kai/migrations/001-initial-schema.sql",
    ":/kai/migrations/002-gpu-usage-daily-rollup.sql",
    ":/kai/migrations/003-bilingual-sources-and-planned-date-certainty.sql",
};
} // namespace

int MigrationRunner::latestVersion()
{
    return int(std::size(MigrationScripts));
}

QString MigrationRunner::script(int version)
{
    QFile file(QString::fromLatin1(MigrationScripts[version - 1]));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(tr("The migration script for schema version %1 is missing from the application.").arg(version));
    return QString::fromUtf8(file.readAll());
}

QString MigrationRunner::backupPathFor(const QString &databasePath, int fromVersion)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.v%2-backup-%3.sqlite").arg(databasePath).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1.v%2-backup-%3-%4.sqlite").arg(databasePath).arg(fromVersion).arg(stamp).arg(n);
    return candidate;
}

MigrationRunner::Outcome MigrationRunner::migrate(SqliteConnection &connection, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    Outcome outcome;
    outcome.fromVersion = int(connection.queryInt(QStringLiteral("PRAGMA user_version")));
    outcome.toVersion = outcome.fromVersion;
    if (outcome.fromVersion > latestVersion())
        throw StoreError(tr("Schema version %1 is newer than this application supports.").arg(outcome.fromVersion));
    if (outcome.fromVersion >= targetVersion)
        return outcome;

    if (outcome.fromVersion > 0) {
        outcome.backupPath = backupPathFor(connection.path(), outcome.fromVersion);
        connection.backupTo(outcome.backupPath);
    }
    for (int version = outcome.fromVersion + 1; version <= targetVersion; ++version) {
        SqliteTransaction transaction(connection);
        connection.execute(script(version));
        connection.execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (version == 1)
            connection.execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        transaction.commit();
        outcome.toVersion = version;
    }
    return outcome;
}

} // namespace kai::store
