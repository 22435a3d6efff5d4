// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kai::store {

class SqliteConnection;

// Brings a database to the latest schema version, one transaction per version, after writing a
// backup copy of any existing non-empty database next to it (keeping the newest KeptBackups
// copies of each version, so an upgrade retried on every start does not fill the disk).
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath;  // empty when no backup was needed
    };

    static int latestVersion();
    // The first version with a change log: from here on, every migration appends to it.
    static constexpr int ChangeLogVersion = 4;
    // Migrates up to targetVersion (default: latest). Throws StoreError; whatever version failed
    // is rolled back, earlier versions stay applied (and the backup is there).
    static Outcome migrate(SqliteConnection &connection, int targetVersion = -1);
    static QString backupPathFor(const QString &databasePath, int fromVersion);
    // Backups of one schema version kept beside a database: the newest KeptBackups, newest first.
    static constexpr int KeptBackups = 3;
    // The page size of a file migrated from nothing; files made before keep theirs.
    static constexpr int NewFilePageSize = 16384;
    static QStringList backupsOf(const QString &databasePath, int fromVersion);
    // The script of one version; another engine's scripts carry the same names in a folder of
    // their own (engineFolder "postgres"), so both engines always know the same versions.
    static QString script(int version, const QString &engineFolder = {});

private:
    static void logMigration(SqliteConnection &connection, int version);
    static void pruneBackups(const QString &databasePath, int fromVersion);
};

} // namespace kai::store
