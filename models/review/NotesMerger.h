// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/NotesFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace kai::store {
class Database;
}

namespace kai::review {

// Brings reviewers' notes into the office database as open notes. Each note is matched to its
// item by stable key: if the office's value differs from the one the reviewer saw, the note is
// flagged "changed since your review copy" with both values; if the item is gone, the note is
// kept and listed, never dropped. A note already merged (same uid) is merged once.
class NotesMerger
{
    Q_DECLARE_TR_FUNCTIONS(NotesMerger)

public:
    struct Report
    {
        QString error;  // translated; set when nothing was merged
        int added = 0;
        int alreadyMerged = 0;
        QVector<MergedNote> changed;  // flagged: the item changed since the review copy
        QVector<MergedNote> missing;  // the item no longer exists
        explicit operator bool() const { return error.isEmpty(); }
        // Plain sentences for the command line and the window.
        QStringList lines() const;
    };

    // All files are read and checked first; if any cannot be used, nothing is merged. All notes
    // are written in one transaction.
    static Report merge(store::Database &database, const QStringList &paths);
    static Report merge(store::Database &database, const QVector<NotesFile> &files);

    // Resolves or dismisses an open note; a reason is required. An empty string or the reason it
    // could not be done.
    // The change log gets a row for it in the same transaction (kind review_note, the note's uid).
    static QString close(store::Database &database, qint64 noteId, MergedNote::Status status, const QString &reason);

private:
    static void logClosing(store::Database &database, const MergedNote &note, MergedNote::Status status,
                           const QString &reason);
};

} // namespace kai::review
