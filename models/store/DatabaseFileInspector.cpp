// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseFileInspector.h"

#include "store/MigrationRunner.h"
#include "store/SchemaInfo.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kai::store {

namespace {
constexpr qint64 SqliteHeaderSize = 100;

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
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
        return refuse(Verdict::Missing, tr("%1 does not exist.").arg(shown));
    if (!info.isFile())
        return refuse(Verdict::NotAFile, tr("%1 is not a file.").arg(shown));
    if (!info.isReadable())
        return refuse(Verdict::Unreadable, tr("%1 cannot be read (permission denied).").arg(shown));
    if (info.size() == 0)
        return refuse(Verdict::Empty, tr("%1 is empty: it is not a K-AI Dashboard database.").arg(shown));
    if (info.size() < SqliteHeaderSize || !hasSqliteHeader(path))
        return refuse(Verdict::NotSqlite, tr("%1 is not an SQLite database.").arg(shown));

    qint64 applicationId = 0;
    qint64 tableCount = 0;
    try {
        SqliteConnection connection = SqliteConnection::open(path, SqliteConnection::OpenMode::ReadOnly);
        applicationId = connection.queryInt(QStringLiteral("PRAGMA application_id"));
        result.schemaVersion = int(connection.queryInt(QStringLiteral("PRAGMA user_version")));
        // Reading the schema touches the first b-tree pages: a damaged file fails here.
        tableCount = connection.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    } catch (const StoreError &error) {
        return refuse(Verdict::Corrupt, tr("%1 is damaged or not a database: %2").arg(shown, error.message()));
    }

    if (applicationId != ApplicationId) {
        return refuse(Verdict::Foreign,
                      tr("%1 is an SQLite database of another application (application id 0x%2, %3 tables); "
                         "K-AI Dashboard leaves it untouched.")
                          .arg(shown)
                          .arg(quint32(applicationId), 8, 16, QLatin1Char('0'))
                          .arg(tableCount));
    }
    if (result.schemaVersion > MigrationRunner::latestVersion()) {
        return refuse(Verdict::TooNew,
                      tr("%1 was written by a newer K-AI Dashboard (schema version %2; this version knows up "
                         "to %3). Update the application; the file was not modified.")
                          .arg(shown)
                          .arg(result.schemaVersion)
                          .arg(MigrationRunner::latestVersion()));
    }
    // WAL needs to create -wal and -shm files beside the database, so the folder must be writable too.
    result.writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    result.verdict = Verdict::Usable;
    return result;
}

} // namespace kai::store
