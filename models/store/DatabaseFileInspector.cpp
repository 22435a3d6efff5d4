// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseFileInspector.h"

#include "files/MissingPathExplainer.h"
#include "store/MigrationRunner.h"
#include "store/ReviewManifestStore.h"
#include "store/SchemaInfo.h"
#include "store/SqliteConnection.h"
#include "store/SqliteFileHeader.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>

namespace kai::store {

namespace {
bool nonEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0;
}
} // namespace

DatabaseFileInspector::Result DatabaseFileInspector::inspect(const QString &path)
{
    Result result;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const auto refuse = [&](Verdict verdict, const QString &message) {
        result.verdict = verdict;
        result.message = message;
        return result;
    };

    if (!info.exists())
        return refuse(Verdict::Missing, files::MissingPathExplainer::explain(path));
    if (!info.isFile())
        return refuse(Verdict::NotAFile, tr("%1 is not a file.").arg(shown));
    if (!info.isReadable())
        return refuse(Verdict::Unreadable, tr("%1 cannot be read (permission denied).").arg(shown));
    if (info.size() == 0)
        return refuse(Verdict::Empty, tr("%1 is empty: it is not a K-AI Dashboard database.").arg(shown));
    const SqliteFileHeader header = SqliteFileHeader::read(path);
    if (!header.sqlite)
        return refuse(Verdict::NotSqlite, tr("%1 is not an SQLite database.").arg(shown));

    result.walMode = header.walMode;
    result.pendingWal = nonEmptyFile(path + QStringLiteral("-wal"));
    result.folderWritable = QFileInfo(info.absolutePath()).isWritable();
    result.writable = info.isWritable() && result.folderWritable;
    // Changes still in the -wal are invisible to an immutable reader, and a read-only folder
    // gives SQLite nowhere to put the -shm it needs to read them.
    if (result.pendingWal && !result.folderWritable && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        return refuse(Verdict::UnreadableWal,
                      tr("%1 has changes that are not yet merged into the file (in its -wal file), and its folder "
                         "is read-only, so they cannot be read. Copy the database together with its -wal file to a "
                         "writable folder, or make the folder writable; nothing was changed.")
                          .arg(shown));
    }

    quint32 applicationId = 0;
    qint64 tableCount = 0;
    try {
        // Immutable: no locks, no -wal, no -shm. With changes pending in a -wal the side files
        // exist already, and only a normal read-only open sees those changes.
        SqliteConnection connection = SqliteConnection::open(
            path, result.pendingWal ? SqliteConnection::OpenMode::ReadOnly : SqliteConnection::OpenMode::Immutable);
        applicationId = quint32(connection.queryInt(QStringLiteral("PRAGMA application_id")));
        result.schemaVersion = int(connection.queryInt(QStringLiteral("PRAGMA user_version")));
        // Reading the schema touches the first b-tree pages: a damaged file fails here.
        tableCount = connection.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        result.reviewCopy = ReviewManifestStore::existsIn(connection);
    } catch (const StoreError &error) {
        return refuse(Verdict::Corrupt, tr("%1 is damaged or not a database: %2").arg(shown, error.message()));
    }

    if (applicationId != quint32(ApplicationId)) {
        return refuse(Verdict::Foreign,
                      tr("%1 is an SQLite database of another application (application id 0x%2, %3 tables); "
                         "K-AI Dashboard leaves it untouched.")
                          .arg(shown)
                          .arg(applicationId, 8, 16, QLatin1Char('0'))
                          .arg(tableCount));
    }
    if (result.schemaVersion > MigrationRunner::latestVersion()) {
        return refuse(Verdict::TooNew, tooNewMessage(shown, result.schemaVersion));
    }
    result.verdict = Verdict::Usable;
    return result;
}

QString DatabaseFileInspector::tooNewMessage(const QString &shown, int schemaVersion)
{
    return tr("%1 was written by a newer K-AI Dashboard (schema version %2; this version knows up "
              "to %3). Update the application; the file was not modified.")
        .arg(shown)
        .arg(schemaVersion)
        .arg(MigrationRunner::latestVersion());
}

} // namespace kai::store
