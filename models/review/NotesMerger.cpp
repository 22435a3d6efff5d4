// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/NotesMerger.h"

#include "review/ItemValueReader.h"
#include "review/OsAccount.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/ReviewNoteRepository.h"
#include "store/SqlTransaction.h"
#include "store/StoreError.h"

#include <QSet>
#include <algorithm>

namespace kai::review {

QStringList NotesMerger::Report::lines() const
{
    QStringList lines;
    lines << tr("%n notes merged as open notes", nullptr, added)
                 + tr("; %n already merged before", nullptr, alreadyMerged) + QLatin1Char('.');
    for (const MergedNote &note : changed) {
        lines << tr("%1 (%2, %3): changed since your review copy: the reviewer saw \"%4\", the office now has \"%5\".")
                     .arg(note.note.itemKey, note.note.reviewer, noteKindName(note.note.kind), note.note.seenValue,
                          note.currentValue);
    }
    for (const MergedNote &note : missing) {
        lines << tr("%1 (%2, %3): the item no longer exists; the note is kept: \"%4\".")
                     .arg(note.note.itemKey, note.note.reviewer, noteKindName(note.note.kind), note.note.text);
    }
    return lines;
}

NotesMerger::Report NotesMerger::merge(store::Database &database, const QStringList &paths)
{
    QVector<NotesFile> files;
    for (const QString &path : paths) {
        QString error;
        NotesFile file = NotesFile::read(path, &error);
        if (!error.isEmpty()) {
            Report report;
            report.error = tr("%1 Nothing was merged.").arg(error);
            return report;
        }
        files.append(file);
    }
    return merge(database, files);
}

NotesMerger::Report NotesMerger::merge(store::Database &database, const QVector<NotesFile> &files)
{
    Report report;
    if (database.isReadOnly()) {
        report.error = tr("The database is open read-only; notes can only be merged into a writable database.");
        return report;
    }
    try {
        const ItemValueReader values(database.sql());
        store::ReviewNoteRepository repository(database.sql());
        store::SqlTransaction transaction(database.sql());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSet<QString> seen;
        for (const NotesFile &file : files) {
            for (const ReviewNote &note : file.notes) {
                if (seen.contains(note.uid) || repository.contains(note.uid)) {
                    ++report.alreadyMerged;
                    continue;
                }
                seen.insert(note.uid);
                MergedNote merged;
                merged.note = note;
                merged.copyChecksum = file.copyChecksum;
                merged.mergedAt = now;
                const std::optional<QString> current = values.valueOf(*ReviewItemKey::parse(note.itemKey));
                merged.currentValue = current.value_or(QString());
                merged.itemState = !current                    ? MergedNote::ItemState::Missing
                    : *current != note.seenValue ? MergedNote::ItemState::Changed
                                                 : MergedNote::ItemState::Unchanged;
                repository.insert(merged);
                ++report.added;
                if (merged.itemState == MergedNote::ItemState::Changed)
                    report.changed.append(merged);
                else if (merged.itemState == MergedNote::ItemState::Missing)
                    report.missing.append(merged);
            }
        }
        transaction.commit();
    } catch (const store::StoreError &error) {
        report = {};
        report.error = tr("The notes could not be merged into %1; nothing was changed: %2")
                           .arg(database.path(), error.message());
    }
    return report;
}

// The change log is the office's one record of who did what: closing a note is written there, in
// the same transaction, under the note's uid, with the reviewer and the item in the summary.
void NotesMerger::logClosing(store::Database &database, const MergedNote &note, MergedNote::Status status,
                             const QString &reason)
{
    const QString summary = status == MergedNote::Status::Resolved
        ? tr("Resolve review note by %1 on %2").arg(note.note.reviewer, note.note.itemKey)
        : tr("Dismiss review note by %1 on %2").arg(note.note.reviewer, note.note.itemKey);
    store::ChangeLogWriter log(database.sql(), QStringLiteral("edit"), summary, reason);
    log.append(QStringLiteral("review_note"), note.note.uid, QStringLiteral("status"), statusName(MergedNote::Status::Open),
               statusName(status));
}

QString NotesMerger::close(store::Database &database, qint64 noteId, MergedNote::Status status, const QString &reason)
{
    if (status == MergedNote::Status::Open)
        return tr("A note is closed as resolved or dismissed.");
    if (reason.trimmed().isEmpty())
        return tr("Give a reason for resolving or dismissing the note.");
    if (database.isReadOnly())
        return tr("The database is open read-only.");
    try {
        store::SqlTransaction transaction(database.sql());
        store::ReviewNoteRepository notes(database.sql());
        const QVector<MergedNote> all = notes.all();
        const auto note = std::find_if(all.cbegin(), all.cend(), [noteId](const MergedNote &n) { return n.id == noteId; });
        const bool closed = note != all.cend()
            && notes.close(noteId, status, reason.trimmed(), OsAccount::name(), QDateTime::currentDateTimeUtc());
        if (!closed)
            return tr("There is no open note %1.").arg(noteId);
        logClosing(database, *note, status, reason.trimmed());
        transaction.commit();
        return {};
    } catch (const store::StoreError &error) {
        return error.message();
    }
}

} // namespace kai::review
