// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReviewManifestStore.h"

#include "store/SqliteConnection.h"

namespace kai::store {

QString ReviewManifestStore::tableName()
{
    return QStringLiteral("review_manifest");
}

bool ReviewManifestStore::existsIn(SqliteConnection &connection)
{
    SqliteStatement query = connection.prepare(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1"));
    query.bind(1, tableName());
    return query.step() && query.columnInt(0) > 0;
}

void ReviewManifestStore::write(SqliteConnection &connection, const review::ReviewManifest &manifest)
{
    connection.execute(QStringLiteral(
        "CREATE TABLE review_manifest ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " made_on TEXT NOT NULL,"
        " made_by TEXT NOT NULL,"
        " as_of TEXT NOT NULL,"
        " checksum TEXT NOT NULL,"
        " app_version TEXT NOT NULL,"
        " source_name TEXT NOT NULL,"
        " cache_complete INTEGER NOT NULL DEFAULT 0 CHECK (cache_complete IN (0, 1)))"));
    SqliteStatement insert = connection.prepare(QStringLiteral(
        "INSERT INTO review_manifest (id, made_on, made_by, as_of, checksum, app_version, source_name, cache_complete) "
        "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    insert.bindText(1, manifest.madeOn.toUTC().toString(Qt::ISODate))
        .bindText(2, manifest.madeBy)
        .bindText(3, manifest.asOf.toString(Qt::ISODate))
        .bindText(4, manifest.checksum)
        .bindText(5, manifest.appVersion)
        .bindText(6, manifest.sourceName)
        .bind(7, manifest.cacheComplete ? 1 : 0);
    insert.run();
}

std::optional<review::ReviewManifest> ReviewManifestStore::read(SqliteConnection &connection)
{
    if (!existsIn(connection))
        return std::nullopt;
    // Copies made before cache_complete existed lack the column: read them as not complete.
    SqliteStatement columns = connection.prepare(
        QStringLiteral("SELECT count(*) FROM pragma_table_info('review_manifest') WHERE name = 'cache_complete'"));
    const bool hasCacheFlag = columns.step() && columns.columnInt(0) > 0;
    SqliteStatement query = connection.prepare(
        QStringLiteral("SELECT made_on, made_by, as_of, checksum, app_version, source_name, %1 FROM review_manifest "
                       "WHERE id = 1")
            .arg(hasCacheFlag ? QStringLiteral("cache_complete") : QStringLiteral("0")));
    if (!query.step())
        return std::nullopt;
    review::ReviewManifest manifest;
    manifest.madeOn = QDateTime::fromString(query.columnText(0), Qt::ISODate);
    manifest.madeBy = query.columnText(1);
    manifest.asOf = QDate::fromString(query.columnText(2), Qt::ISODate);
    manifest.checksum = query.columnText(3);
    manifest.appVersion = query.columnText(4);
    manifest.sourceName = query.columnText(5);
    manifest.cacheComplete = query.columnInt(6) == 1;
    return manifest;
}

} // namespace kai::store
