// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReviewNoteRepository.h"

#include "store/SqlConnection.h"

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

// The note's columns are NOT NULL with '' for "none", and SqlQuery binds a null QString as NULL.
QString reviewNoteText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

bool ReviewNoteRepository::contains(const QString &uid)
{
    SqlQuery query = m_connection.query(QStringLiteral("SELECT 1 FROM review_note WHERE note_uid = ?1"));
    query.bind(1, uid);
    return query.step();
}

void ReviewNoteRepository::insert(const review::MergedNote &merged)
{
    const review::ReviewNote &note = merged.note;
    SqlQuery insert = m_connection.query(QStringLiteral(
        "INSERT INTO review_note (note_uid, item_key, kind, body, proposed_value, seen_value, reviewer, written_at, "
        "copy_checksum, merged_at, item_state, current_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    insert.bind(1, reviewNoteText(note.uid))
        .bind(2, reviewNoteText(note.itemKey))
        .bind(3, reviewNoteText(review::noteKindName(note.kind)))
        .bind(4, reviewNoteText(note.text))
        .bind(5, reviewNoteText(note.proposedValue))
        .bind(6, reviewNoteText(note.seenValue))
        .bind(7, reviewNoteText(note.reviewer))
        .bind(8, reviewNoteText(utc(note.writtenAt)))
        .bind(9, reviewNoteText(merged.copyChecksum))
        .bind(10, reviewNoteText(utc(merged.mergedAt)))
        .bind(11, reviewNoteText(review::itemStateName(merged.itemState)))
        .bind(12, reviewNoteText(merged.currentValue));
    insert.run();
}

QVector<review::MergedNote> ReviewNoteRepository::all()
{
    SqlQuery query = m_connection.query(QStringLiteral(
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
    SqlQuery update = m_connection.query(QStringLiteral(
        "UPDATE review_note SET status = ?2, reason = ?3, closed_by = ?4, closed_at = ?5 "
        "WHERE id = ?1 AND status = 'open' RETURNING id"));
    update.bind(1, id).bind(2, review::statusName(status)).bind(3, reviewNoteText(reason)).bind(4, reviewNoteText(by)).bind(5, utc(at));
    return update.step();
}

} // namespace kai::store
