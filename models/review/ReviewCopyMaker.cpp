// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewCopyMaker.h"

#include "files/OutputFileGuard.h"
#include "files/ShownPath.h"
#include "review/OsAccount.h"
#include "review/ReviewCopyStatus.h"
#include "store/ContentChecksumCache.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/ReviewManifestStore.h"
#include "store/SqliteTableCopy.h"
#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <system_error>

namespace kai::review {

ReviewCopyMaker::Result ReviewCopyMaker::make(store::Database &source, const QString &outPath, const QDate &asOf)
{
    Result result;
    if (const QString refusal = files::OutputFileGuard::refusal(outPath); !refusal.isEmpty()) {
        result.error = refusal;
        return result;
    }
    const QFileInfo target(outPath);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open()) {
        result.error = tr("The review copy could not be written in %1: %2")
                           .arg(QDir::toNativeSeparators(target.absolutePath()), temp.errorString());
        return result;
    }
    temp.close();  // SQLite writes it; an empty file is a valid empty database
    result.manifest.asOf = asOf;
    // A server is named by host, port and database (never its URI, which may carry options).
    result.manifest.sourceName = source.isServer() ? source.serverName() : QFileInfo(source.path()).fileName();
    try {
        buildInto(source, temp.fileName(), result.manifest);
    } catch (const store::StoreError &error) {
        result.error = tr("The review copy %1 could not be made: %2").arg(files::shownPath(outPath), error.message());
        return result;
    }
    result.error = replace(temp.fileName(), outPath);
    return result;
}

void ReviewCopyMaker::buildInto(store::Database &source, const QString &tempPath, ReviewManifest &manifest)
{
    if (source.isServer())
        store::SqliteTableCopy::copyInto(source.sql(), tempPath);
    else
        source.connection().backupTo(tempPath);
    store::SqliteConnection copy = store::SqliteConnection::open(tempPath, store::SqliteConnection::OpenMode::ReadWrite);
    // One self-contained file: a reviewer's laptop gets no -wal to lose.
    copy.execute(QStringLiteral("PRAGMA journal_mode = DELETE"));
    store::SqliteTransaction transaction(copy);
    if (store::ReviewManifestStore::existsIn(copy))  // a copy of a copy gets a manifest of its own
        copy.execute(QStringLiteral("DROP TABLE %1").arg(store::ReviewManifestStore::tableName()));
    // The copy carries every content table's share of the checksum (computed here if the office's
    // cache lacked one), so opening it verifies without reading its rows, and a later write to it
    // shows at once: the table's trigger drops its share.
    store::ContentChecksumCache::install(copy);
    store::ContentChecksumCache::refresh(copy);
    manifest.cacheComplete = ReviewCopyStatus::allContentCached(copy);
    manifest.madeOn = QDateTime::currentDateTimeUtc();
    manifest.madeBy = OsAccount::name();
    manifest.appVersion = QCoreApplication::applicationVersion();
    manifest.checksum = QString::fromLatin1(store::DatabaseFingerprint(copy).sha256().toHex());
    store::ReviewManifestStore::write(copy, manifest);
    transaction.commit();
}

QString ReviewCopyMaker::replace(const QString &tempPath, const QString &outPath)
{
    // std::filesystem::rename replaces an existing target in one step on every platform
    // (rename(2) on POSIX, MoveFileExW with MOVEFILE_REPLACE_EXISTING on Windows).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(tempPath.toStdU16String()),
                            std::filesystem::path(outPath.toStdU16String()), error);
    if (!error)
        return {};
    return tr("The review copy could not be saved as %1: %2")
        .arg(files::shownPath(outPath), QString::fromLocal8Bit(error.message().c_str()));
}

} // namespace kai::review
