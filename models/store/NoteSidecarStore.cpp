// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/NoteSidecarStore.h"

#include "store/SqliteTransaction.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>

namespace kai::store {

QString NoteSidecarStore::pathFor(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    return database.absoluteDir().filePath(database.completeBaseName() + QStringLiteral(".notes.sqlite"));
}

NoteSidecarStore NoteSidecarStore::open(const QString &databasePath, bool create)
{
    NoteSidecarStore store;
    store.m_path = pathFor(databasePath);
    const bool exists = QFileInfo::exists(store.m_path);
    if (!exists && !create)
        return store;
    const QString shown = QDir::toNativeSeparators(store.m_path);
    try {
        store.m_connection = SqliteConnection::open(store.m_path, exists ? SqliteConnection::OpenMode::ReadWrite
                                                                         : SqliteConnection::OpenMode::Create);
        store.m_connection.applyConnectionSettings();
        const qint64 id = store.m_connection.queryInt(QStringLiteral("PRAGMA application_id"));
        if (exists && id != ApplicationId)
            throw StoreError(tr("%1 is not a K-AI Dashboard notes file; it was left untouched.").arg(shown));
        if (!exists)
            store.createSchema();
    } catch (const StoreError &error) {
        throw StoreError(tr("The notes file %1 could not be opened: %2").arg(shown, error.message()), error.sqliteCode());
    }
    return store;
}

void NoteSidecarStore::createSchema()
{
    SqliteTransaction transaction(m_connection);
    m_connection.execute(QStringLiteral(
        "CREATE TABLE note ("
        " uid TEXT PRIMARY KEY,"
        " item_key TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('question', 'correction', 'confirmed')),"
        " body TEXT NOT NULL,"
        " proposed_value TEXT NOT NULL DEFAULT '',"
        " seen_value TEXT NOT NULL DEFAULT '',"
        " reviewer TEXT NOT NULL,"
        " written_at TEXT NOT NULL);"
        "PRAGMA user_version = 1;"));
    m_connection.execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    transaction.commit();
}

QVector<review::ReviewNote> NoteSidecarStore::notes()
{
    QVector<review::ReviewNote> notes;
    if (!isOpen())
        return notes;
    SqliteStatement query = m_connection.prepare(QStringLiteral(
        "SELECT uid, item_key, kind, body, proposed_value, seen_value, reviewer, written_at FROM note "
        "ORDER BY written_at, uid"));
    while (query.step()) {
        review::ReviewNote note;
        note.uid = query.columnText(0);
        note.itemKey = query.columnText(1);
        note.kind = review::noteKindFromName(query.columnText(2)).value_or(review::NoteKind::Question);
        note.text = query.columnText(3);
        note.proposedValue = query.columnText(4);
        note.seenValue = query.columnText(5);
        note.reviewer = query.columnText(6);
        note.writtenAt = QDateTime::fromString(query.columnText(7), Qt::ISODateWithMs);
        notes.append(note);
    }
    return notes;
}

void NoteSidecarStore::add(const review::ReviewNote &note)
{
    SqliteStatement insert = m_connection.prepare(QStringLiteral(
        "INSERT INTO note (uid, item_key, kind, body, proposed_value, seen_value, reviewer, written_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    insert.bindText(1, note.uid)
        .bindText(2, note.itemKey)
        .bindText(3, review::noteKindName(note.kind))
        .bindText(4, note.text)
        .bindText(5, note.proposedValue)
        .bindText(6, note.seenValue)
        .bindText(7, note.reviewer)
        .bindText(8, note.writtenAt.toUTC().toString(Qt::ISODateWithMs));
    insert.run();
}

void NoteSidecarStore::remove(const QString &uid)
{
    SqliteStatement statement = m_connection.prepare(QStringLiteral("DELETE FROM note WHERE uid = ?1"));
    statement.bind(1, uid);
    statement.run();
}

} // namespace kai::store
