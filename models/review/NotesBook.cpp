// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/NotesBook.h"

#include "DashboardState.h"
#include "review/NotesMerger.h"
#include "review/ReviewNotebook.h"
#include "store/Database.h"
#include "store/ReviewNoteRepository.h"
#include "store/StoreError.h"

namespace kai::review {

NotesBook &NotesBook::of(const DashboardState &state)
{
    if (auto *book = state.findChild<NotesBook *>(QString(), Qt::FindDirectChildrenOnly))
        return *book;
    // Owned by the state (a QObject child): it lives exactly as long as the database it reads.
    return *new NotesBook(state);
}

NotesBook::NotesBook(const DashboardState &state) : QObject(const_cast<DashboardState *>(&state)), m_state(state)
{
    connect(&m_state, &DashboardState::databaseChanged, this, &NotesBook::reload);
    // A note written or closed on a server by someone else shows up as their other changes do.
    connect(&m_state, &DashboardState::changedElsewhere, this, &NotesBook::reload);
    reload();
}

void NotesBook::reload()
{
    m_notes.clear();
    m_keys.clear();
    m_lastError.clear();
    if (store::Database *database = m_state.database()) {
        try {
            m_notes = store::ReviewNoteRepository(database->sql()).all();
        } catch (const store::StoreError &error) {
            m_lastError = error.message();
        }
        // A server keeps every note itself (ReviewNotebook::add); only a file has a sidecar.
        const QVector<ReviewNote> sidecarNotes =
            database->isServer() ? QVector<ReviewNote>() : ReviewNotebook::notes(database->path(), &m_lastError);
        for (const ReviewNote &note : sidecarNotes) {
            MergedNote local;
            local.note = note;
            m_notes.append(local);
        }
    }
    for (const MergedNote &note : std::as_const(m_notes))
        m_keys.insert(note.note.itemKey);
    emit notesChanged();
}

QString NotesBook::add(const ReviewItemKey &key, NoteKind kind, const QString &text, const QString &proposedValue)
{
    store::Database *database = m_state.database();
    if (!database)
        return tr("No database is open.");
    const ReviewNotebook::Added added = ReviewNotebook::add(*database, key, kind, text, proposedValue);
    if (added)
        reload();
    return added.error;
}

QString NotesBook::removeLocal(const QString &uid)
{
    const QString error = ReviewNotebook::remove(m_state.databasePath(), uid);
    if (error.isEmpty())
        reload();
    return error;
}

QString NotesBook::close(qint64 noteId, MergedNote::Status status, const QString &reason)
{
    store::Database *database = m_state.database();
    if (!database)
        return tr("No database is open.");
    const QString error = NotesMerger::close(*database, noteId, status, reason);
    if (error.isEmpty())
        reload();
    return error;
}

} // namespace kai::review
