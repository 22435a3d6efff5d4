// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewItemKey.h"
#include "review/ReviewNote.h"

#include <QObject>
#include <QSet>
#include <QVector>

namespace kai {
class DashboardState;
}

namespace kai::review {

// The notes on the open database, for the window and for exports: the reviewer's own notes from
// the sidecar file beside it, and the notes merged into it at the office. A local note is a
// MergedNote with id 0 (never merged). One book per DashboardState, made on first use and owned
// by the state, so views, the Notes panel and exports share it without DashboardState knowing.
class NotesBook : public QObject
{
    Q_OBJECT

public:
    static NotesBook &of(const DashboardState &state);

    const QVector<MergedNote> &notes() const { return m_notes; }
    bool hasNotes(const QString &itemKey) const { return m_keys.contains(itemKey); }
    QString lastError() const { return m_lastError; }

    // Each returns an empty string or a translated reason, and reloads on success.
    QString add(const ReviewItemKey &key, NoteKind kind, const QString &text, const QString &proposedValue = {});
    QString removeLocal(const QString &uid);
    QString close(qint64 noteId, MergedNote::Status status, const QString &reason);
    void reload();

signals:
    void notesChanged();

private:
    explicit NotesBook(const DashboardState &state);

    const DashboardState &m_state;
    QVector<MergedNote> m_notes;
    QSet<QString> m_keys;
    QString m_lastError;
};

} // namespace kai::review
