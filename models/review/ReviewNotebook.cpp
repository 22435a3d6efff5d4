// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewNotebook.h"

#include "review/ItemValueReader.h"
#include "review/OsAccount.h"
#include "store/Database.h"
#include "store/NoteSidecarStore.h"
#include "store/ReviewNoteRepository.h"
#include "store/SqlTransaction.h"
#include "store/StoreError.h"

#include <QUuid>

namespace kai::review {

namespace {
// On a server there is no review copy whose sidecar could carry a note to the office: the note
// goes straight into the office's notes, open, as if merged the moment it was written (and every
// connected client is told, as of any other change).
void addNoteToServer(store::Database &database, const ReviewNote &note)
{
    MergedNote merged;
    merged.note = note;
    merged.mergedAt = note.writtenAt;
    merged.itemState = MergedNote::ItemState::Unchanged;
    merged.currentValue = note.seenValue;
    store::SqlTransaction transaction(database.sql());
    store::ReviewNoteRepository(database.sql()).insert(merged);
    transaction.commit();
}
} // namespace

ReviewNotebook::Added ReviewNotebook::add(store::Database &database, const ReviewItemKey &key, NoteKind kind,
                                          const QString &text, const QString &proposedValue)
{
    Added added;
    if (text.trimmed().isEmpty()) {
        added.error = tr("A note needs some text.");
        return added;
    }
    if (kind == NoteKind::Correction && proposedValue.trimmed().isEmpty()) {
        added.error = tr("A correction needs the value you propose.");
        return added;
    }
    try {
        const std::optional<QString> seen = ItemValueReader(database.sql()).valueOf(key);
        if (!seen) {
            added.error = tr("There is no item %1 in this database.").arg(key.toString());
            return added;
        }
        ReviewNote &note = added.note;
        note.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        note.itemKey = key.toString();
        note.kind = kind;
        note.text = text.trimmed();
        note.proposedValue = kind == NoteKind::Correction ? proposedValue.trimmed() : QString();
        note.seenValue = *seen;
        note.reviewer = OsAccount::name();
        note.writtenAt = QDateTime::currentDateTimeUtc();
        if (database.isServer())
            addNoteToServer(database, note);
        else
            store::NoteSidecarStore::open(database.path(), true).add(note);
    } catch (const store::StoreError &error) {
        added.error = error.message();
    }
    return added;
}

QVector<ReviewNote> ReviewNotebook::notes(const QString &databasePath, QString *error)
{
    try {
        return store::NoteSidecarStore::open(databasePath, false).notes();
    } catch (const store::StoreError &failure) {
        if (error)
            *error = failure.message();
        return {};
    }
}

QString ReviewNotebook::remove(const QString &databasePath, const QString &uid)
{
    try {
        store::NoteSidecarStore store = store::NoteSidecarStore::open(databasePath, false);
        if (store.isOpen())
            store.remove(uid);
        return {};
    } catch (const store::StoreError &failure) {
        return failure.message();
    }
}

} // namespace kai::review
