// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MigrationRunner.h"

#include "store/ChangeLog.h"
#include "store/SchemaInfo.h"
#include "store/SqliteConnection.h"
#include "store/ContentChecksumCache.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace kai::store {

namespace {
// One script per schema version, in order; index 0 is version 1.
const char *const MigrationScripts[] = {
    ":/kai/migrations/001-initial-schema.sql",
    ":/kai/migrations/002-gpu-usage-daily-rollup.sql",
    ":/kai/migrations/003-bilingual-sources-and-planned-date-certainty.sql",
    ":/kai/migrations/004-change-log.sql",
    ":/kai/migrations/005-sealed-results-corrections-and-export-register.sql",
    ":/kai/migrations/006-review-notes.sql",
    ":/kai/migrations/007-date-precision-and-programme-outputs.sql",
    ":/kai/migrations/008-stage-actual-start-precision.sql",
    ":/kai/migrations/009-criterion-score-corrections.sql",
    ":/kai/migrations/010-gpu-count-precision-none-allocated-and-company-claims.sql",
    ":/kai/migrations/011-gpu-usage-month-partitions.sql",
    ":/kai/migrations/012-gpu-usage-month-loading.sql",
    ":/kai/migrations/013-gpu-usage-month-references-at-attach.sql",
    ":/kai/migrations/014-gpu-usage-node-spans.sql",
};
} // namespace

int MigrationRunner::latestVersion()
{
    return int(std::size(MigrationScripts));
}

QString MigrationRunner::script(int version, const QString &engineFolder)
{
    QString path = QString::fromLatin1(MigrationScripts[version - 1]);
    if (!engineFolder.isEmpty())
        path.replace(QLatin1String("/migrations/"), QStringLiteral("/migrations/%1/").arg(engineFolder));
    QFile file(path);
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
        // An upgrade that keeps failing (or is killed) is retried on every start: without this,
        // each attempt would leave another full-size copy.
        pruneBackups(connection.path(), outcome.fromVersion);
    }
    if (outcome.fromVersion == 0) {
        // Only a file without pages takes it (a no-op otherwise). A 10M-row GPU usage import writes
        // each page to the WAL and again into the file at the checkpoint: with 16 KB instead of 4 KB
        // pages its inserting thread took 7.5 s instead of 8.7-9.2 s (bench_gpu_import).
        connection.execute(QStringLiteral("PRAGMA page_size = %1").arg(NewFilePageSize));
    }
    try {
        for (int version = outcome.fromVersion + 1; version <= targetVersion; ++version) {
            SqliteTransaction transaction(connection);
            ContentChecksumCache::freeColumnsForMigration(connection);
            connection.execute(script(version));
            connection.execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
            if (version == 1)
                connection.execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            if (version >= ChangeLogVersion)
                logMigration(connection, version);
            transaction.commit();
            outcome.toVersion = version;
        }
    } catch (const StoreError &error) {
        if (outcome.backupPath.isEmpty())
            throw;
        throw StoreError(tr("%1 (a copy from before the upgrade is at %2)")
                             .arg(error.message(), QDir::toNativeSeparators(outcome.backupPath)),
                         error.sqliteCode());
    }
    return outcome;
}

void MigrationRunner::logMigration(SqliteConnection &connection, int version)
{
    // Stored in the database: one wording whatever the display language.
    ChangeLogWriter log(connection, QStringLiteral("migration"),
                        QStringLiteral("upgrade the database to schema version %1").arg(version));
    log.append(QStringLiteral("schema"), QStringLiteral("user_version"), QStringLiteral("version"),
               QString::number(version - 1), QString::number(version));
}

QStringList MigrationRunner::backupsOf(const QString &databasePath, int fromVersion)
{
    const QFileInfo database(databasePath);
    // NAME.vN-backup-YYYYMMDD-HHMMSS[-K].sqlite, as backupPathFor() names them.
    const QRegularExpression pattern(QStringLiteral("^%1\\.v%2-backup-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$")
                                         .arg(QRegularExpression::escape(database.fileName()), QString::number(fromVersion)));
    QList<std::pair<QString, QString>> found;  // sort key, path
    const QDir folder = database.absoluteDir();
    for (const QString &name : folder.entryList({database.fileName() + QStringLiteral(".v*-backup-*.sqlite")},
                                                QDir::Files | QDir::NoSymLinks)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch()) {
            const QString key = match.captured(1) + QStringLiteral("-%1").arg(match.captured(2).toInt(), 6, 10, QLatin1Char('0'));
            found.append({key, folder.filePath(name)});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList newestFirst;
    for (const auto &[key, path] : found)
        newestFirst << path;
    return newestFirst;
}

void MigrationRunner::pruneBackups(const QString &databasePath, int fromVersion)
{
    const QStringList backups = backupsOf(databasePath, fromVersion);
    for (qsizetype i = KeptBackups; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
}

} // namespace kai::store
