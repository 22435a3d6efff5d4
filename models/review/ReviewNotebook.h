// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewItemKey.h"
#include "review/ReviewNote.h"

#include <QCoreApplication>
#include <QVector>

namespace kai::store {
class Database;
}

namespace kai::review {

// A reviewer's notes on one database, kept in its sidecar file (store::NoteSidecarStore): the
// reviewed database itself is only read, so a review copy stays byte-identical. On a server a note
// is written into the server's own notes instead (there is no file beside it).
class ReviewNotebook
{
    Q_DECLARE_TR_FUNCTIONS(ReviewNotebook)

public:
    struct Added
    {
        QString error;  // translated; empty on success
        ReviewNote note;
        explicit operator bool() const { return error.isEmpty(); }
    };

    // Writes a note on `key`, recording the item's value in `database` as the value seen.
    static Added add(store::Database &database, const ReviewItemKey &key, NoteKind kind, const QString &text,
                     const QString &proposedValue = {});
    // The notes beside the database (none when there is no notes file). Error set on failure.
    static QVector<ReviewNote> notes(const QString &databasePath, QString *error = nullptr);
    static QString remove(const QString &databasePath, const QString &uid);
};

} // namespace kai::review
