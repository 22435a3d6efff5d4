// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReviewNoteRepository.h"

#include "store/SqliteConnection.h"

namespace kai::store {

namespace {
QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

bool ReviewNoteRepository::contains(const QString &uid)
{
    SqliteStatement query = m_connection.prepare(QStringLiteral("SELECT 1 FROM review_note WHERE note_uid = ?1"));
    query.bind(1, uid);
    return query.step();
}

void ReviewNoteRepository::insert(const review::MergedNote &merged)
{
    const review::ReviewNote &note = merged.note;
    SqliteStatement insert = m_connection.prepare(QStringLiteral(
        "INSERT INTO review_note (note_uid, item_key, kind, body, proposed_value, seen_value, reviewer, written_at, "
        "copy_checksum, merged_at, item_state, current_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    insert.bindText(1, note.uid)
        .bindText(2, note.itemKey)
        .bindText(3, review::noteKindName(note.kind))
        .bindText(4, note.text)
        .bindText(5, note.proposedValue)
        .bindText(6, note.seenValue)
        .bindText(7, note.reviewer)
        .bindText(8, utc(note.writtenAt))
        .bindText(9, merged.copyChecksum)
        .bindText(10, utc(merged.mergedAt))
        .bindText(11, review::itemStateName(merged.itemState))
        .bindText(12, merged.currentValue);
    insert.run();
}

QVector<review::MergedNote> ReviewNoteRepository::all()
{
    SqliteStatement query = m_connection.prepare(QStringLiteral(
        "SELECT id, note_uid, item_key, kind, body, proposed_value, seen_value, reviewer, written_at, copy_checksum, "
        "merged_at, item_state, current_value, status, reason, closed_by, closed_at FROM review_note ORDER BY id"));
    QVector<review::MergedNote> notes;
    while (query.step()) {
        review::MergedNote merged;
        merged.id = query.columnInt(0);
        review::ReviewNote &note = merged.note;
        note.uid = query.columnText(1);
        note.itemKey = query.columnText(2);
        note.kind = review::noteKindFromName(query.columnText(3)).value_or(review::NoteKind::Question);
        note.text = query.columnText(4);
        note.proposedValue = query.columnText(5);
        note.seenValue = query.columnText(6);
        note.reviewer = query.columnText(7);
        note.writtenAt = fromUtc(query.columnText(8));
        merged.copyChecksum = query.columnText(9);
        merged.mergedAt = fromUtc(query.columnText(10));
        merged.itemState = review::itemStateFromName(query.columnText(11));
        merged.currentValue = query.columnText(12);
        merged.status = review::statusFromName(query.columnText(13));
        merged.reason = query.columnText(14);
        merged.closedBy = query.columnText(15);
        merged.closedAt = fromUtc(query.columnText(16));
        notes.append(merged);
    }
    return notes;
}

bool ReviewNoteRepository::close(qint64 id, review::MergedNote::Status status, const QString &reason,
                                 const QString &by, const QDateTime &at)
{
    SqliteStatement update = m_connection.prepare(QStringLiteral(
        "UPDATE review_note SET status = ?2, reason = ?3, closed_by = ?4, closed_at = ?5 "
        "WHERE id = ?1 AND status = 'open'"));
    update.bind(1, id).bind(2, review::statusName(status)).bind(3, reason).bind(4, by).bind(5, utc(at));
    update.run();
    return m_connection.changes() > 0;
}

} // namespace kai::store
